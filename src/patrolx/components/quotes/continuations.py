"""Where a statement goes on, or stops, past a joiner or a closing mark: the speaker's own next verb after
'and' ends an object's statement ('denied the charges and refused to resign'), while an auxiliary after
', but' is the reported clause going on ('said he was once part of it, but is now its worst enemy'); a
reported clause ending in quoted words ends before the attribution after them, keeping their closing mark
('said the bill "would fund two frigates," the paper reported'), and one ending in a name before the
writer's description of that name ('praised Mr. Kerry, the chief negotiator in the talks').

Plain functions over a sentence's lower-case words, so that `clauses.py` and `reported.py` (which read
the clause and the object) each call them through one short hook.
"""

from __future__ import annotations

from collections.abc import Sequence

from .layout import Layout
from .wordlists import CLAUSE_WORDS, FINITE_AUXILIARIES, MODALS, NEGATIONS, RELATIVE_PRONOUNS


def auxiliary_goes_on(lowers: Sequence[str], i: int) -> bool:
    """Whether the word at i, after ', but', is an auxiliary of the reported clause going on ('said the
    strike was planned, but is now on hold', '..., but would grant them permits'), rather than the speaker's
    refusal ('but would not say', 'but did not elaborate') or a verb of the speaker's ('but gave no details')."""
    return lowers[i] in FINITE_AUXILIARIES and i + 1 < len(lowers) and lowers[i + 1] not in NEGATIONS


def speakers_next_verb(lowers: Sequence[str], start: int, joiner: int) -> bool:
    """Whether 'and' at `joiner`, before a verb without a subject of its own, ends the object of a cue
    starting at `start` with the speaker's next act ('denied the charges and refused to resign', 'praised
    the plan, and has backed it since', 'denied the claims, and would not resign'). Without a comma, not
    after an object holding a clause of its own, whose subject the verb may share ('a deal that weakened
    oversight and cost billions'), nor before a modal ('the plan gives too much power to the staff and
    could lead to ...')."""
    if lowers[joiner] != "and" or joiner + 1 >= len(lowers):
        return False
    if lowers[joiner - 1] == ",":
        return True
    return lowers[joiner + 1] not in MODALS and not any(
        word in CLAUSE_WORDS or word in FINITE_AUXILIARIES or word in RELATIVE_PRONOUNS for word in lowers[start:joiner]
    )


def before_closing_marks(layout: Layout, i: int, start: int) -> int:
    """The token before the quotation marks at i that close quoted words after a comma ('..., "in peril,"
    the minister said': the comma), or i."""
    j = i
    while j > start and layout.words.is_mark(j):
        j -= 1
    return j if j < i and layout.words.texts[j] == "," else i


def after_closing_mark(layout: Layout, start: int, end: int) -> int:
    """The end of a clause from `start` stopping at `end`, with the closing mark after the comma at `end`
    of quoted words it opened ('could be termed "influence peddling,"'), not leaving that mark out."""
    words = layout.words
    if end + 1 < len(words.texts) and words.texts[end] == "," and words.is_mark(end + 1):
        if layout.double_marks_in(start, end) % 2:
            return end + 2
    return end


def apposition_runs_to(layout: Layout, start: int, end: int) -> bool:
    """Whether the words from `start` (after ', the' following a name) run to `end` as one description of
    that name, the writer's ('his support for Mr. Halvorsen, the presumptive nominee'): no comma, no list
    ('on Israel, the nuclear deal and the court') and no quoted words in them."""
    words = layout.words
    return not any(
        words.texts[i] == "," or words.lowers[i] in {"and", "or"} or words.is_mark(i) for i in range(start, end)
    )
