"""The shapes of a reporting verb's group between its subject and the cue word, besides the
auxiliaries, adverbs and times `phrases.py` skips:

- a contracted auxiliary after a pronoun: "he's said", "she'd told", "who've argued" ('s is no
  possessive there);
- a verb or adjective and "to" before the cue: "went on to say", "was quick to add", "continued to
  insist" (the subject's own statement; not "declined to say", nor "plans to say", an intention);
- a passive past adverbs: "were also told", "is often asked" (no statement of the subject's); a
  progressive is no passive: "is telling reporters that ...";
- after "told", a listener's name joined by a hyphen or "of": "told The Star-Ledger", "told the Times
  of London"; a possessed listener: "told the admiral's staff that ...".
"""

from __future__ import annotations

from ...text.matching import Match
from .state import ArticleState
from .wordlists import (
    AUXILIARIES,
    CATENATIVES,
    FINITE_AUXILIARIES,
    GOING_ON_VERBS,
    PASSIVE_AUXILIARIES,
    PRONOUNS,
    RELATIVE_PRONOUNS,
)

CONTRACTED_AUXILIARIES = {"'s", "’s", "'d", "’d", "'ve", "’ve"}  # 'has' or 'is', 'had' or 'would', 'have'
CONTRACTING_SUBJECTS = PRONOUNS | RELATIVE_PRONOUNS


class VerbShapes(ArticleState):
    """The words of a reporting verb's group before its cue word."""

    def _contracted_auxiliary(self, i: int) -> bool:
        """Whether token i is an auxiliary contracted onto the pronoun before it: "he's said"."""
        return self.lowers[i] in CONTRACTED_AUXILIARIES and i > 0 and self.lowers[i - 1] in CONTRACTING_SUBJECTS

    def _catenative_start(self, cue_start: int, sentence_start: int) -> int | None:
        """Where 'went on' or 'was quick' starts before 'to' and the cue ('went on to say', 'was quick to
        add'), or None when the words before the cue are no such verb."""
        to = cue_start - 1
        if to - 1 <= sentence_start or self.lowers[to] != "to":
            return None
        before = to - 1
        if self.lowers[before] == "on" and before - 1 > sentence_start and self.lowers[before - 1] in GOING_ON_VERBS:
            return before - 1
        return before if self.lowers[before] in CATENATIVES else None

    def _joins_listener_name(self, i: int, end: int) -> bool:
        """Whether token i joins the words of a listener's name after 'told': a hyphen ('The Star-Ledger')
        or 'of' before a capitalised word ('the Times of London')."""
        if i + 1 >= end or not self.texts[i + 1][:1].isupper():
            return False
        if self.texts[i] == "-":
            return not (self.words.whitespace[i - 1] or self.words.whitespace[i])
        return self.lowers[i] == "of"

    def _possessed_head(self, i: int) -> bool:
        """Whether token i is a listener's head after a possessive: "told the admiral's staff that"."""
        return i > 0 and self.texts[i - 1] in {"’s", "'s"} and self.words.is_alpha(i) and self.words.is_lower(i)

    def _passive_verb(self, cue: Match, sentence_start: int) -> bool:
        """'the crew was told to ...', 'they were also told': a passive (not 'X is telling reporters ...',
        a progressive, X speaking)."""
        if cue.end - cue.start != 1 or self.lowers[cue.start].endswith("ing"):
            return False
        i = cue.start - 1
        while i > sentence_start and self.lowers[i] in AUXILIARIES and self.lowers[i] not in FINITE_AUXILIARIES:
            i -= 1  # 'also', 'often'
        return i >= sentence_start and self.lowers[i] in PASSIVE_AUXILIARIES
