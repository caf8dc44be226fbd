"""The quote cues generated from VerbNet's verbs of speech and judgment (scripts/build_quote_cues.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import patrolx

from .test_quotes import assert_offsets, only

ROOT = Path(__file__).resolve().parent.parent


def load_builder():
    spec = importlib.util.spec_from_file_location("build_quote_cues", ROOT / "scripts" / "build_quote_cues.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def quotes(text):
    return patrolx.extract(text, families=["quotes"]).quotes


def test_quote_cues_file_is_up_to_date():
    assert (ROOT / "patterns" / "quote_cues.jsonl").read_text(encoding="utf-8") == load_builder().build()


def test_curated_cues_come_first_and_win():
    curated = (ROOT / "data" / "quote_cues_supplement.jsonl").read_text(encoding="utf-8").splitlines()
    shipped = (ROOT / "patterns" / "quote_cues.jsonl").read_text(encoding="utf-8").splitlines()
    assert shipped[: len(curated)] == curated
    taken = {str(json.loads(line)["pattern"]).lower() for line in curated}
    generated = [json.loads(line)["pattern"] for line in shipped[len(curated) :]]
    assert generated and taken.isdisjoint(generated)  # a word the curated cues read is not generated again
    assert len(generated) == len(set(generated))


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("tout", ["touted", "touting"]),
        ("decry", ["decried", "decrying"]),
        ("chat", ["chatted", "chatting"]),
        ("extol", ["extolled", "extolling"]),
        ("chide", ["chided", "chiding"]),
        ("assail", ["assailed", "assailing"]),
        ("sum_up", ["summed up", "summing up"]),
        ("signal", ["signaled", "signaling", "signalled", "signalling"]),
    ],
)
def test_inflections_are_the_past_and_ing_forms(verb, forms):
    builder = load_builder()
    config = builder.read_classes()
    assert builder.inflections(verb, set(config["doubled"]), config["irregular"]) == forms


def test_ize_verbs_also_have_their_british_spelling():
    shipped = {str(json.loads(line)["pattern"]) for line in load_builder().build().splitlines()}
    assert {"characterized", "characterised", "characterizing", "characterising"} <= shipped


def test_left_out_members_and_unused_classes_give_no_cue():
    builder = load_builder()
    config = builder.read_classes()
    shipped = {str(json.loads(line)["pattern"]) for line in builder.build().splitlines()}
    assert "celebrated" not in shipped  # judgment-33.1-1, left out: an act more often than speech
    assert "faxed" not in shipped  # instr_communication-37.4.1, left out: the device more often than a message
    assert "christened" not in shipped  # dub-29.3.2 is not used
    assert "states" not in shipped and "attacks" not in shipped  # -s forms that are nouns as often
    assert "assails" not in shipped  # base forms left out: an act more often
    assert "dub-29.3.2" in config["not_used"] and "dub-29.3.2" not in config["classes"]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (
            "Senator Jane Holt assailed the defence ministry's handling of the drone program on Tuesday.",
            "the defence ministry's handling of the drone program on Tuesday",
            "Senator Jane Holt",
            "assailed",
        ),
        (
            "Admiral Mark Chen lauded the crews for their calm response to the incursion.",
            "the crews for their calm response to the incursion",
            "Admiral Mark Chen",
            "lauded",
        ),
        (
            "The foreign minister chided Beijing for sending bombers near the islands.",
            "Beijing for sending bombers near the islands",
            "The foreign minister",
            "chided",
        ),
        (
            "Defence Minister Ana Ruiz reminded reporters that the exercise had been planned for months.",
            "the exercise had been planned for months",
            "Defence Minister Ana Ruiz",
            "reminded",
        ),
        (
            "Gen. Tom Reyes touted the new radar's range during a visit to the base on Monday.",
            "the new radar's range",
            "Gen. Tom Reyes",
            "touted",
        ),
        (
            "The admiral characterised the intercept as unsafe and unprofessional.",
            "the intercept as unsafe and unprofessional",
            "The admiral",
            "characterised",
        ),
        (
            "Governor Ann Park implored Washington to send more air defence systems.",
            "Washington to send more air defence systems",
            "Governor Ann Park",
            "implored",
        ),
        (
            "The Navy emailed reporters that the destroyer had left port on Sunday.",
            "the destroyer had left port on Sunday",
            "The Navy",
            "emailed",
        ),
        (
            "Senator Jane Holt encouraged the ministry to publish the radar data.",
            "the ministry to publish the radar data",
            "Senator Jane Holt",
            "encouraged",
        ),
        (
            "\u201cWe will not be intimidated by these flights,\u201d the defence minister muttered.",
            "We will not be intimidated by these flights",
            "the defence minister",
            "muttered",
        ),
    ],
)
def test_verbs_of_speech_and_judgment_from_verbnet_are_cues(text, content, speaker, cue):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text, quote.cue) == (content, speaker, cue)
    assert_offsets(text, quote)


def test_a_later_statement_with_a_generated_cue_keeps_its_speaker():
    found = quotes("Senator Jane Holt blasted the deal. She later testified that the radar had failed twice.")
    testified = [quote for quote in found if quote.cue == "testified"]
    assert [quote.text for quote in testified] == ["the radar had failed twice"]
    assert testified[0].speaker.name == "Jane Holt"


@pytest.mark.parametrize(
    "text",
    [
        "Protesters chanted outside the embassy on Sunday.",  # a verb of speech with no statement after it
        "The attacks on the convoy continued through the night.",  # a noun, not the verb "attack"
        "Veterans celebrated the anniversary of the landing in Normandy.",  # left out: an act
        "The bank advised the ministry on its purchase of the frigates.",  # left out: a bank's work
        "The states that border the sea held talks on fishing rights.",  # no -s forms
        "Two officials requested anonymity to discuss the intercept.",  # left out: an act as often
    ],
)
def test_acts_and_nouns_are_no_quotes(text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("agree", ["agreed", "agreeing"]),
        ("quip", ["quipped", "quipping"]),
        ("refer_to", ["referred to", "referring to"]),
        ("speak_out", ["spoke out", "spoken out", "speaking out"]),
        ("make_it_clear", ["made it clear", "making it clear"]),
    ],
)
def test_inflections_of_spelling_exceptions(verb, forms):
    builder = load_builder()
    config = builder.read_classes()
    assert builder.inflections(verb, set(config["doubled"]), config["irregular"]) == forms


def test_base_and_s_forms():
    builder = load_builder()
    assert builder.base_forms("tout") == ["tout", "touts"]
    assert builder.base_forms("point_out") == ["point out", "points out"]
    assert builder.base_forms("testify") == ["testify", "testifies"]
    assert builder.base_forms("stress") == ["stress", "stresses"]


def test_curated_verbs_get_their_missing_forms():
    shipped = {str(json.loads(line)["pattern"]) for line in load_builder().build().splitlines()}
    assert {"pointing out", "concluding", "contending", "making it clear"} <= shipped
    assert {"concludes", "contends", "agrees"} <= shipped  # seldom where a noun stands
    assert "quoted" not in shipped  # 'quote' is curated only as 'quoted as saying': no bare form
    assert {"written", "continuing", "ask"}.isdisjoint(shipped)  # left out: adjectives, requests


def test_base_forms_are_cues_only_where_seldom_nouns():
    builder = load_builder()
    counts = builder.read_noun_contexts()
    usable = builder.rarely_nouns(builder.read_classes())
    for form in usable:
        occurrences, as_noun = counts[form]
        assert occurrences >= 3 and as_noun <= 0.05 * occurrences
    assert "touts" in usable and "states" not in usable and "report" not in usable


def test_noun_contexts_are_counted_after_determiners_and_prepositions(tmp_path):
    (tmp_path / "one.txt").write_text(
        "The minister touts the radar. His touts were loud. Critics attack the plan. In Attack mode they waited.",
        encoding="utf-8",
    )
    (tmp_path / "two.json").write_text(json.dumps({"text": "She touts the deal."}), encoding="utf-8")
    table = load_builder().count_noun_contexts([tmp_path], ["attack", "touts"])
    assert table.splitlines() == ["form\toccurrences\tas_noun", "attack\t2\t1", "touts\t3\t1"]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (
            "The defence minister concludes that the drones were launched from the coast.",
            "the drones were launched from the coast",
            "The defence minister",
            "concludes",
        ),
        (
            "Senator Jane Holt made it clear that the base would not close.",
            "the base would not close",
            "Senator Jane Holt",
            "made it clear",
        ),
        (
            "The navy chief has made clear that patrols will continue in the strait.",
            "patrols will continue in the strait",
            "The navy chief",
            "made clear",
        ),
        (
            "Officials agree that the radar failed during the second test.",
            "the radar failed during the second test",
            "Officials",
            "agree",
        ),
        (
            "General Tom Reyes contends that the bombers never entered the zone.",
            "the bombers never entered the zone",
            "General Tom Reyes",
            "contends",
        ),
    ],
)
def test_new_forms_of_curated_verbs_are_cues(text, content, speaker, cue):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text, quote.cue) == (content, speaker, cue)
    assert_offsets(text, quote)


def test_pointing_out_continues_a_statement():
    found = quotes("The admiral praised the crews, pointing out that no aircraft had been lost.")
    assert "no aircraft had been lost" in [quote.text for quote in found]


@pytest.mark.parametrize(
    "text",
    [
        "The states bordering the gulf agreed to share radar data.",  # a decision, and 'states' is a noun
        "Fighting continues along the border despite the ceasefire.",  # 'continues': going on, not speech
        "The ministry will defend the islands against any attack.",  # 'defend': an act, no base form cue
        "The report's conclusions were published on Monday.",  # nouns
    ],
)
def test_nouns_and_acts_stay_no_quotes(text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Senator Jane Holt boasted of the new radar's range.", "the new radar's range", "boasted of"),
        ("The governor railed against the base closures on Tuesday.", "the base closures on Tuesday", "railed against"),
        (
            "The foreign minister weighed in on the dispute over the islands.",
            "the dispute over the islands",
            "weighed in on",
        ),
        ("The admiral warned of a growing threat from drones.", "a growing threat from drones", "warned of"),
        (
            "Pilots complained about the long patrols over the strait.",
            "the long patrols over the strait",
            "complained about",
        ),
    ],
)
def test_a_verb_of_speech_states_what_follows_its_preposition(text, content, cue):
    quote = only(quotes(text))
    assert (quote.text, quote.cue) == (content, cue)
    assert_offsets(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "The rail line against the river was closed after the storm.",  # 'rail' the noun
        "A comment on the dispute was posted below the article.",  # 'comment' the noun: no speaker
        "The boasts of the pilots were not heard at the base.",  # 'boasts' the noun
    ],
)
def test_nouns_before_a_preposition_are_no_quotes(text):
    assert quotes(text) == []
