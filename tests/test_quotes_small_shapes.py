"""patrolx_quotes: small shapes of reported speech in poll and campaign news (issue 15)."""

from __future__ import annotations

import pytest

from .test_quotes import assert_offsets


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Half of the reservists said they were worried about the deployment, and more than 4 in 10 said "
            "the general would handle a crisis best.",
            "they were worried about the deployment",
            "the general would handle a crisis best",
        ),
        (
            "Most voters said the base should stay open, and fewer than 30 percent said it should close.",
            "the base should stay open",
            "it should close",
        ),
    ],
)
def test_a_comparative_share_opens_a_second_statement(quotes, text, first, second):
    found = quotes(text)
    assert [q.text for q in found] == [first, second]
    for quote in found:
        assert_offsets(text, quote)


def test_more_than_in_a_statement_does_not_open_a_second_one(quotes):
    text = "The minister said the patrols were more frequent than the admiral said they were."
    assert [q.text for q in quotes(text)] == ["the patrols were more frequent than the admiral said they were"]
