"""The shared pattern matcher: phrases split as the tokenizer splits them, matched like spaCy's PhraseMatcher."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from patrolx.resources import read_shipped, shipped_pattern_names
from patrolx.text.matching import Match, PatternMatcher, PhraseSplitter, longest

TRICKY_PHRASES = [
    "South China Sea",
    "U.S.",
    "Lt. Gen.",
    "Asia-Pacific",
    "People's Republic",
    "cannot",  # a special case: "can", "not"
    "Im",  # a special case without its apostrophe
    "A400M",
    "Tu-22M",
    "read more:",
    "Gulf of Anadyr'",
    "two  spaces",
    " leading space",
    "trailing space ",
    "tab\tinside",
    "no\u00a0break",
    "Ελληνικά",
    "ΑΣ",
    "naïve café",
    "",
]


def _tokenizer_split(nlp, text):
    doc = nlp.tokenizer(text)
    return tuple(t.text for t in doc), tuple(t.lower_ for t in doc)


@pytest.mark.parametrize("text", TRICKY_PHRASES)
def test_phrases_split_as_the_tokenizer_splits_them(text):
    nlp = spacy.blank("en")
    assert PhraseSplitter(nlp).split(text) == _tokenizer_split(nlp, text)


def test_every_shipped_phrase_splits_as_the_tokenizer_splits_it():
    nlp = spacy.blank("en")
    splitter = PhraseSplitter(nlp)
    for name in shipped_pattern_names():
        for line in read_shipped(name).splitlines():
            pattern = json.loads(line)["pattern"] if line.strip() else None
            if isinstance(pattern, str):
                assert splitter.split(pattern) == _tokenizer_split(nlp, pattern), (name, pattern)


def test_a_special_case_that_joins_plain_words_makes_every_phrase_go_through_the_tokenizer():
    nlp = spacy.blank("en")
    nlp.tokenizer.add_special_case("Sea Dragon", [{"ORTH": "Sea Dragon"}])
    splitter = PhraseSplitter(nlp)
    assert splitter.split("the Sea Dragon") == _tokenizer_split(nlp, "the Sea Dragon")
    assert splitter.split("the Sea Dragon")[0] == ("the", "Sea Dragon")


def test_matches_are_those_of_spacys_phrase_matcher():
    nlp = spacy.blank("en")
    phrases = ["Sea of Japan", "Japan", "sea", "U.S.", "F-16", "east china sea", "China Sea", "Lt. Gen."]
    matcher = PatternMatcher(nlp)
    matcher.add({"label": "X", "pattern": text, "id": text} for text in phrases)
    reference = PhraseMatcher(nlp.vocab, attr="LOWER")
    for text in phrases:
        reference.add(text, [nlp.tokenizer(text)])
    doc = nlp(
        "The SEA OF JAPAN and the East China Sea. U.S. jets (F-16s, an F - 16) and Lt. Gen. Smith; a sea of "
        "japan sea east china sea"
    )
    expected = sorted((start, end, nlp.vocab.strings[key]) for key, start, end in reference(doc))
    assert sorted((s.start, s.end, s.id_) for s in matcher(doc)) == expected
    assert ("Sea of Japan" in [s.id_ for s in matcher(doc)]) and len(expected) > 8


def test_exact_case_keeps_the_patterns_capitalisation_or_capitals():
    nlp = spacy.blank("en")
    matcher = PatternMatcher(nlp, exact_case=True)
    matcher.add(
        [{"label": "COUNTRY", "pattern": "China", "id": "CHN"}, {"label": "COUNTRY", "pattern": "US", "id": "USA"}]
    )
    doc = nlp("China and the US told us about CHINA plates and china cups.")
    assert [s.text for s in matcher(doc)] == ["China", "US", "CHINA"]


TOKEN_PATTERNS = [
    [{"LOWER": "quoted"}, {"IS_PUNCT": False, "OP": "{1,3}"}, {"LOWER": "as"}, {"LOWER": "saying"}],
    [{"LOWER": {"IN": ["was", "were"]}}, {"LOWER": "quoted"}, {"LOWER": {"IN": ["by", "in"]}}],
    [{"LOWER": "said"}, {"LOWER": "that", "OP": "?"}],
]
TOKEN_TEXTS = [
    "He was quoted by state media as saying the drill had ended.",
    "quoted as saying",
    "Quoted Tuesday as saying nothing, he said that he was quoted in full; they were quoted by name. said",
    "Nothing here matches at all.",
    "said said said that said",
    "",
]


@pytest.mark.parametrize("text", TOKEN_TEXTS)
def test_token_patterns_looked_for_near_their_anchors_match_as_spacys_matcher(text):
    from spacy.matcher import Matcher

    nlp = spacy.blank("en")
    ours = PatternMatcher(nlp)
    ours.add({"label": "CUE", "pattern": pattern, "id": str(number)} for number, pattern in enumerate(TOKEN_PATTERNS))
    theirs = Matcher(nlp.vocab)
    for number, pattern in enumerate(TOKEN_PATTERNS):
        theirs.add(str(number), [pattern])
    doc = nlp(text)
    expected = sorted((start, end, nlp.vocab.strings[key]) for key, start, end in theirs(doc))
    assert sorted((m.start, m.end, m.id) for m in ours.matches(doc)) == expected


def test_a_token_pattern_without_anchor_is_looked_for_everywhere():
    nlp = spacy.blank("en")
    matcher = PatternMatcher(nlp)
    matcher.add([{"label": "NUM", "pattern": [{"LIKE_NUM": True}, {"LOWER": "jets", "OP": "?"}], "id": "n"}])
    assert [(m.start, m.end) for m in matcher.matches(nlp("Two jets and 3 jets"))] == [(0, 1), (0, 2), (3, 4), (3, 5)]


def test_exact_case_holds_for_every_token_of_a_longer_phrase():
    nlp = spacy.blank("en")
    matcher = PatternMatcher(nlp, exact_case=True)
    matcher.add(
        [
            {"label": "COUNTRY", "pattern": "South Korea", "id": "KOR"},
            {"label": "COUNTRY", "pattern": "Oman", "id": "OMN"},
            {"label": "COUNTRY", "pattern": "Ula", "id": "ULA"},
        ]
    )
    doc = nlp("South Korea, SOUTH KOREA, south korea, South korea; Oman, OMAN, oman; Ula, ULA.")
    # Capitals count only past three letters: "ULA" could be any acronym.
    assert [s.text for s in matcher(doc)] == ["South Korea", "SOUTH KOREA", "Oman", "OMAN", "Ula"]


def test_a_key_with_phrases_added_in_several_calls_matches_each_once():
    nlp = spacy.blank("en")
    matcher = PatternMatcher(nlp)
    matcher.add([{"label": "REGION", "pattern": "Black Sea", "id": "Black Sea"}])
    matcher.add(
        [
            {"label": "REGION", "pattern": "black sea", "id": "Black Sea"},
            {"label": "REGION", "pattern": "Euxine", "id": "Black Sea"},
            {"label": "REGION", "pattern": "Black Sea region", "id": "Black Sea region"},
        ]
    )
    doc = nlp("The Black Sea region, once the Euxine, borders the black sea.")
    assert [(m.start, m.end, m.id) for m in matcher.matches(doc)] == [
        (1, 3, "Black Sea"),
        (1, 4, "Black Sea region"),
        (7, 8, "Black Sea"),
        (11, 13, "Black Sea"),
    ]


@pytest.mark.parametrize(
    "ranges",
    [
        [(0, 1), (2, 4), (4, 5)],  # already in order, nothing overlaps
        [(2, 4), (0, 1)],  # out of order
        [(0, 2), (1, 4), (3, 5), (5, 6)],  # chained overlaps
        [(1, 3), (1, 3), (0, 2)],  # the same tokens twice
        [(0, 2), (1, 3), (4, 5), (5, 7), (5, 6), (6, 7)],  # separate runs of overlaps, and a match alone
        [],
    ],
)
def test_longest_resolves_overlaps_as_spacys_filter_spans(ranges):
    nlp = spacy.blank("en")
    doc = nlp("one two three four five six seven")
    matches = [Match(start, end, "X", str(number)) for number, (start, end) in enumerate(ranges)]
    spans = [spacy.tokens.Span(doc, m.start, m.end, label=m.label, span_id=m.id) for m in matches]
    expected = sorted((s.start, s.end, s.id_) for s in filter_spans(spans))
    assert [(m.start, m.end, m.id) for m in longest(matches)] == expected
