"""The comparative a share of people may open with: 'more than 4 in 10 said', 'fewer than half say'.

'than' ends a noun phrase everywhere else ('more popular than the senator'), so the phrase scan stops
at it; a second statement's share subject starts before the comparative instead."""

from __future__ import annotations

from collections.abc import Sequence

from .wordlists import SHARE_COMPARATIVES


def comparative_share_start(lowers: Sequence[str], phrase_start: int, start: int, share: bool) -> int:
    """Where a phrase found starting at `phrase_start` really starts when it is a `share` of people:
    before 'more than', 'fewer than', 'less than' (never before `start`)."""
    comparative = phrase_start - 2 > start and lowers[phrase_start - 1] == "than"
    if share and comparative and lowers[phrase_start - 2] in SHARE_COMPARATIVES:
        return phrase_start - 2
    return phrase_start
