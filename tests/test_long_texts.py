"""Long texts are processed in parts; their facts must read as if the text had been processed whole."""

from __future__ import annotations

import pytest

import patrolx
from patrolx.api import split_text
from patrolx.records import QuoteFact, Speaker, shifted
from patrolx.serialize import FACT_LISTS, facts_to_dict

from .conftest import SAMPLES

SEPARATOR = "\n\n"


def sample_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]


def assert_offsets_index(text: str, facts: dict) -> None:
    for name in FACT_LISTS:
        for fact in facts[name]:
            if name == "quotes":
                assert fact["text"] == " ".join(text[start:end] for start, end in fact["parts"])
                speaker = fact["speaker"]
                if speaker is not None:
                    assert text[speaker["start"] : speaker["end"]] == speaker["text"]
            else:
                assert text[fact["start"] : fact["end"]] == fact["text"], fact


def test_a_long_text_in_parts_gives_the_facts_of_the_whole_text():
    text = SEPARATOR.join(sample_texts() * 2)
    whole = facts_to_dict(patrolx.extract(text, reference_date="2022-05-24"))
    # Parts of about a paragraph or two: no speaker is named only in an earlier part.
    in_parts = facts_to_dict(patrolx.extract(text, reference_date="2022-05-24", part_chars=1000))
    assert len(split_text(text, 1000)) > 6
    assert in_parts == whole
    assert_offsets_index(text, in_parts)


def test_the_facts_are_those_of_each_part_shifted_to_where_the_part_starts():
    # The joint patrol ends in a related-coverage list, clutter to the end of the text: it comes last.
    names = ("arctic-intercept", "taiwan-adiz", "joint-bomber-patrol")
    text = SEPARATOR.join((SAMPLES / f"{name}.txt").read_text(encoding="utf-8") for name in names)
    in_parts = patrolx.extract(text, reference_date="2022-05-24", part_chars=900)
    expected = {name: [] for name in FACT_LISTS}
    for start, end in split_text(text, 900):
        facts = patrolx.extract(text[start:end], reference_date="2022-05-24")
        for name in FACT_LISTS:
            expected[name] += [shifted(record, start) for record in getattr(facts, name)]
    for name in FACT_LISTS:
        assert getattr(in_parts, name) == expected[name], name
    assert in_parts.countries[-1].start > len(text) // 2
    assert_offsets_index(text, facts_to_dict(in_parts))


def test_a_date_stamp_in_a_later_part_resolves_the_parts_before_it():
    paragraph = "Russian bombers flew over the Sea of Japan on Tuesday, the ministry said.\n\n"
    text = paragraph * 3 + "Published: March 3, 2021\n\n" + paragraph * 3
    facts = patrolx.extract(text, part_chars=100)
    assert (facts.reference_date, facts.reference_date_source) == ("2021-03-03", "inferred")
    assert [date.value for date in facts.dates if date.text == "Tuesday"] == ["2021-03-02"] * 6
    assert facts_to_dict(facts) == facts_to_dict(patrolx.extract(text))


def test_parts_after_a_clutter_heading_are_left_out_like_the_clutter_of_a_whole_text():
    story = "Chinese bombers crossed the East China Sea on Monday.\n\n" * 4
    clutter = "Related coverage\n\n" + "Japan scrambled fighters over Okinawa.\n\n" * 10
    text = story + clutter
    whole = facts_to_dict(patrolx.extract(text, reference_date="2022-05-24"))
    assert facts_to_dict(patrolx.extract(text, reference_date="2022-05-24", part_chars=120)) == whole
    assert [country["iso3"] for country in whole["countries"]] == ["CHN"] * 4


def test_split_text_cuts_after_paragraph_breaks_and_keeps_words_whole():
    text = "One short paragraph here.\n\nAnother paragraph follows it.\n\nA third one ends the text."
    parts = split_text(text, 40)
    assert [text[start:end] for start, end in parts] == [
        "One short paragraph here.\n\n",
        "Another paragraph follows it.\n\n",
        "A third one ends the text.",
    ]


def test_split_text_falls_back_to_sentence_ends_then_spaces():
    sentences = "Jets flew north. Ships sailed south. Drones stayed home."
    assert [sentences[s:e] for s, e in split_text(sentences, 30)] == [
        "Jets flew north. ",
        "Ships sailed south. ",
        "Drones stayed home.",
    ]
    words = "alpha bravo charlie delta echo foxtrot"
    parts = split_text(words, 12)
    assert "".join(words[s:e] for s, e in parts) == words
    assert all(words[s:e].strip() in words.split() or " " in words[s:e] for s, e in parts)
    assert all(end == len(words) or words[end - 1] == " " for _, end in parts)


def test_split_text_covers_the_text_without_gaps():
    text = ("word " * 50 + "\n") * 40
    parts = split_text(text, 500)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(end == next_start for (_, end), (next_start, _) in zip(parts, parts[1:], strict=False))
    assert all(end - start <= 500 for start, end in parts)


def test_shifted_moves_every_offset_of_a_quote():
    speaker = Speaker(text="the minister", start=30, end=42, name=None)
    quote = QuoteFact(text="We flew", start=2, end=9, parts=[(2, 9)], kind="direct", cue="said", speaker=speaker)
    moved = shifted(quote, 100)
    assert (moved.start, moved.end, moved.parts) == (102, 109, [(102, 109)])
    assert (moved.speaker.start, moved.speaker.end) == (130, 142)
    assert (quote.start, quote.speaker.start) == (2, 30)


def test_a_part_size_below_one_is_refused():
    with pytest.raises(ValueError, match="part_chars"):
        patrolx.extract("Russian bombers flew.", part_chars=0)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_cycle_collector_is_left_as_it_was_after_a_long_text(enabled):
    import gc

    text = SEPARATOR.join(sample_texts())
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        patrolx.extract(text, part_chars=len(text) // 3)
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError):
            patrolx.extract(text, part_chars=0)
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
