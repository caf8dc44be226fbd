"""Whatever text a user feeds it, patrolx returns facts whose offsets index that text, and never raises."""

from __future__ import annotations

import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import patrolx
from patrolx.serialize import facts_to_dict

from .test_long_texts import assert_offsets_index

# Characters that str.isdigit() accepts but int() refuses (superscripts, circled and Ethiopic digits...), and
# decimal digits of other scripts, which int() reads.
DIGITS_INT_REFUSES = "".join(chr(c) for c in range(sys.maxunicode) if chr(c).isdigit() and not chr(c).isdecimal())
OTHER_DECIMAL_DIGITS = "٣٤৫๖१२０１２𝟗"

NEWS_WORDS = (
    "Russian Chinese Tu-95 H-6K bombers flew over the Sea of Japan on Tuesday May 24 2022 for 13 hours said "
    "Defence Minister Nobuo Kishi told reporters last week according to the ministry two four J-20 jets "
    "Taiwan's ADIZ at 10:50 a.m. local time every year early 2023 the past three years U.S. Gen. "
).split()
PIECES = st.one_of(
    st.sampled_from(NEWS_WORDS),
    st.sampled_from(['"', "“", "”", "'", "‘", "’", "«", "»", "(", ")", "[", "]", "{", "}", "—", "–", "-", ":", ","]),
    st.text(alphabet=DIGITS_INT_REFUSES + OTHER_DECIMAL_DIGITS + "0123456789", min_size=1, max_size=4),
    st.text(alphabet="\x00\x01\x07\x0b\x0c\x1b\x7f\u200b\u200e\u2028\ufeff\ud7ff", min_size=1, max_size=2),
    st.sampled_from([" ", " ", " ", "\n", "\n\n", "\t", "\u00a0"]),
)
NEWS_LIKE_TEXTS = st.lists(PIECES, max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=NEWS_LIKE_TEXTS, with_reference=st.booleans())
def test_any_text_gives_facts_whose_offsets_index_it(text, with_reference):
    facts = patrolx.extract(text, reference_date="2022-05-24" if with_reference else None)
    assert_offsets_index(text, facts_to_dict(facts))


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=300))
def test_any_unicode_text_is_processed(text):
    assert_offsets_index(text, facts_to_dict(patrolx.extract(text)))


@pytest.mark.parametrize("digit", ["³", "⓻", "₄", "❸", "፭", "²⁰²²"])
@pytest.mark.parametrize(
    "template",
    [
        "They flew for {} hours.",
        "{} Tu-95 bombers flew over the Sea of Japan.",
        "The patrol took place on May {}, 2022.",
        "The patrol took place in {}.",
        "In May {} the jets returned.",
    ],
)
def test_digits_that_int_refuses_are_not_numbers(template, digit):
    text = template.format(digit)
    facts = facts_to_dict(patrolx.extract(text, reference_date="2022-05-24"))
    assert_offsets_index(text, facts)
    assert all(digit not in fact["text"] for name in ("durations", "dates") for fact in facts[name])
    assert all(fact["count"] is None for fact in facts["aircraft"])


def test_digits_of_other_scripts_still_count():
    # int() reads them: "٣" is 3.
    facts = patrolx.extract("They flew for ٣ hours.")
    assert [(d.text, d.value) for d in facts.durations] == [("٣ hours", "PT3H")]
