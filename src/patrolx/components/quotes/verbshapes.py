"""The shapes of a reporting verb's group between its subject and the cue word, besides the
auxiliaries, adverbs and times `phrases.py` skips:

- a contracted auxiliary after a pronoun: "he's said", "she'd told", "who've argued" ('s is no
  possessive there);
- a verb or adjective and "to" before the cue: "went on to say", "was quick to add", "continued to
  insist" (the subject's own statement; not "declined to say", nor "plans to say", an intention);
- a passive with adverbs before its verb: "were also told", "is often asked" (no statement of the subject's); a
  progressive is no passive: "is telling reporters that ...";
- a reported clause whose subject holds a prepositional phrase, after a cue taking objects: "conceded the
  situation in the province is grave" (its verb shows later than `clauses.py` looks for it);
- after a trailing attribution, a clause of time opened by "as", "while" or "when" and a pronoun is the
  circumstance of speaking, not the statement: "The base stays, the admiral told aides as he left";
- after "told", a listener's name joined by a hyphen or "of": "told The Star-Ledger", "told the Times
  of London"; a possessed listener: "told the admiral's staff that ...";
- a capitalised modal right before a finite cue is a name, not a modal: "Will believes ...", "George
  Will wrote ..." (a modal takes a bare verb: "Will the ministry say ...?");
- "that" opening a restrictive relative clause in the subject, a verb right after it: "The officers that
  flew the mission said ...", "Groups that have backed him say ...".
"""

from __future__ import annotations

from ...text.matching import Match
from .state import ArticleState
from .wordlists import (
    AUXILIARIES,
    CATENATIVES,
    CLAUSE_SUBJECT_STARTERS,
    CLAUSE_WORDS,
    FINITE_AUXILIARIES,
    GOING_ON_VERBS,
    IRREGULAR_PASTS,
    MODALS,
    PASSIVE_AUXILIARIES,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
)

CONTRACTED_AUXILIARIES = {"'s", "’s", "'d", "’d", "'ve", "’ve"}  # 'has' or 'is', 'had' or 'would', 'have'
CONTRACTING_SUBJECTS = PRONOUNS | RELATIVE_PRONOUNS
CIRCUMSTANCE_OPENERS = {"as", "while", "when"}  # '..., she told aides as she left': how it was said
MAX_LONG_SUBJECT = 9  # tokens of a subject with a prepositional phrase: 'the number of troops on the border'


class VerbShapes(ArticleState):
    """The words of a reporting verb's group before its cue word."""

    def _modal_name(self, i: int, cue_start: int) -> bool:
        """Whether the capitalised modal at `i`, right before the cue, is a name ('Will said', 'Will
        believes'): a modal takes a bare verb, never a past or a verb in -s."""
        if i != cue_start - 1 or self.lowers[i] not in MODALS or self.words.is_lower(i):
            return False
        cue = self.lowers[cue_start]
        return cue in IRREGULAR_PASTS or cue.endswith(("ed", "s"))

    def _relative_that(self, i: int, end: int) -> bool:
        """Whether 'that' at `i`, inside the subject ending at `end`, is a relative pronoun: a noun before
        it and a finite verb or auxiliary after it ('groups that have backed him', 'officers that flew')."""
        if self.lowers[i] != "that" or i + 2 >= end or not self.words.is_alpha(i - 1) or not self.words.is_lower(i + 1):
            return False
        after = self.lowers[i + 1]
        return after in FINITE_AUXILIARIES or after in IRREGULAR_PASTS or after.endswith("ed")

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

    def _subject_with_preposition(self, start: int, end: int) -> bool:
        """Whether a clause follows at start whose subject holds a prepositional phrase before its finite verb:
        'the situation in the province is grave' (not 'the patrol in the area', an object)."""
        if start >= end or self.lowers[start] not in CLAUSE_SUBJECT_STARTERS or self.lowers[start] in PRONOUNS:
            return False
        preposition = False
        for i in range(start + 1, min(end, start + MAX_LONG_SUBJECT + 1)):
            word = self.lowers[i]
            if word in FINITE_AUXILIARIES:
                return preposition and self.words.is_alpha(i - 1) and self.lowers[i - 1] not in PREPOSITIONS
            if self.words.is_punct[i] or self.words.is_mark(i) or word in CLAUSE_WORDS or word in {"to", "and", "or"}:
                return False  # 'the plan to keep ... is': an infinitive, no subject of its own
            preposition = preposition or word in PREPOSITIONS
        return False

    def _circumstance_after(self, after: int, end: int) -> bool:
        """Whether a clause of time follows a trailing attribution's cue and listener: 'as he drafted the
        speech', 'while she toured the base'."""
        if not (after + 1 < end and self.lowers[after] in CIRCUMSTANCE_OPENERS and self.lowers[after + 1] in PRONOUNS):
            return False
        # running to the sentence's end: not 'At day's end, X said as he rose, "..."', whose quote follows
        return not any(self.texts[i] == "," or self.words.is_mark(i) for i in range(after + 2, end))
