"""Statements nested in other clauses, and clauses that are no statements of their own.

- a relative clause of speech whose relative word is its subject: "a result that he said defied
  expectations" (the relative word is the content's first part);
- a subordinate clause before the attribution and its main clause after it: "If the talks fail,
  he said, Congress can act" (one statement in two parts);
- "I think" without "that" inside someone's quoted words: a hedge in the quote, no position;
- a quote attributed inside a reported clause: "Lindqvist said she called to praise what she called
  'an extraordinary patrol'" (the clause is her statement, the quote one of its own).
"""

from __future__ import annotations

from ...text.matching import Match
from .clauses import CLAUSE_OPENERS
from .marks import QUOTE_MARKS
from .mentions import SpeakerMention
from .questions import Questions
from .wordlists import ADJUNCT_PREPOSITIONS, CLAUSE_SUBJECT_STARTERS


class NestedStatements(Questions):
    """Statements inside relative and subordinate clauses, and hedges inside quotes."""

    def _relative_word(self, i: int, content_start: int) -> int | None:
        """The relative word at i when it stands for the subject of the statement, whose clause then opens
        with its verb ('a finish that he said defied expectations', 'the bill, which she said would cut
        taxes'); None for 'in which he said that ...', 'a route that he said a jet had flown', or a 'that'
        opening the clause of a cue ('said that he said ...')."""
        if i == 0 or self.lowers[i - 1] in ADJUNCT_PREPOSITIONS or self.lowers[i - 1] in {"of", "with", "for"}:
            return None
        if self.lowers[i] == "that" and (not self.words.is_alpha(i - 1) or self._cue_ending_at(i)):
            return None
        first = self.lowers[content_start]
        if not self.words.is_lower(content_start) or first == "that" or first in CLAUSE_SUBJECT_STARTERS:
            return None
        return i

    def _quoted_aside(self, cue: Match, subject: SpeakerMention) -> bool:
        """'"... because I think she can lead the fleet."': a hedge inside someone's quoted words, not a position
        stated on its own ('"I believe that ..."', with 'that', is one)."""
        if subject.kind != "pronoun" or subject.head not in {"i", "we"}:
            return False
        if cue.end < len(self.lowers) and self.lowers[cue.end] == "that":
            return False
        return any(
            region.open < cue.start < (region.close if region.close is not None else region.content_end)
            for region in self.layout.regions
        )

    def _main_clause_after(self, content_start: int, after: int, end: int) -> bool:
        """'If the talks fail, he said, Congress can still act.': a subordinate clause before the
        attribution, its main clause after it; one statement in two parts."""
        if self.lowers[content_start] not in CLAUSE_OPENERS or after + 2 >= end or self.texts[after] != ",":
            return False
        following = after + 1
        return (
            self.words.is_alpha(following)
            and following not in self.cue_at
            and not self.lowers[following].endswith("ing")
        )

    def _holds_attributed_quotes(self, start: int, end: int) -> bool:
        """Whether the words already taken in [start, end) are only quotes found before, each led by its cue
        and speaker inside the span: a clause holding quotes of its own, not a clause reported twice."""
        nested: set[int] = set()
        for found in self.found:
            if found.cue is None or found.kind != "direct" or not start <= found.cue.start < end:
                continue
            if found.cue.label == "ACCORDING" or found.cue.end > found.parts[0][0]:
                return False  # a quote attributed after it ('"...," he claimed'): its own statement
            if all(start <= s and e <= end + 1 for s, e in found.parts):
                nested.update(i for s, e in found.parts for i in range(s, e))
                nested.update(range(found.cue.start, found.cue.end))
                if found.speaker is not None and start <= found.speaker.start:
                    nested.update(range(found.speaker.start, found.speaker.end))
        return bool(nested) and all(
            i in nested for i in range(start, end) if self.used[i] and self.texts[i] not in QUOTE_MARKS
        )
