"""Coreference: resolving "he", "the ministry" or a bare surname to a fuller speaker mention.

Coreference runs over all mentions in text order; each one that is not
complete by itself takes the fields of the most recent compatible mention
before it: "he"/"she" a person whose mention does not say the other sex (a
title such as "Mrs.", a noun such as "spokeswoman"), "it" an organization or a country,
"they" a group, organization or country, "the official"/"the ministry"/"the
Center" a mention with the same head word ("the person" any person), and a
bare surname ("Price") the person whose full name contains it, wherever in the
article that name is given.
"""

from __future__ import annotations

from .mentions import SpeakerMention, strip_possessive
from .wordlists import FEMALE_WORDS, MALE_WORDS, PERSON_PRONOUNS, THING_PRONOUNS, UNSPECIFIC_HEADS


def stated_sex(words: list[str]) -> str | None:
    """'female' or 'male' when a word says so ("Mrs.", "spokesman", "she"), else None."""
    for word in words:
        if word in FEMALE_WORDS:
            return "female"
        if word in MALE_WORDS:
            return "male"
    return None


def _sex_of(mention: SpeakerMention) -> str | None:
    """What the words of a mention say of its sex ("Mrs. Jane Holt", "the spokesman", "she")."""
    return stated_sex(mention.text.lower().replace("’", "'").split())


class Resolver:
    """Fills each mention from the most recent compatible fuller mention before it."""

    def __init__(self, people: list[SpeakerMention]) -> None:
        self.history: list[SpeakerMention] = []
        self.named_people = [m for m in people if m.name and m.kind == "person"]

    def resolve_all(self, mentions: list[SpeakerMention]) -> None:
        """Resolve `mentions` (any order) in text order, each seeing those before it."""
        for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
            self.resolve(mention)
            self.history.append(mention)

    def resolve(self, mention: SpeakerMention) -> None:
        antecedent = self._antecedent(mention)
        if antecedent is None:
            if mention.kind == "org" and mention.affiliation is None:
                mention.affiliation = strip_possessive(mention.core)
            return
        if antecedent.name and (not mention.name or mention.name in antecedent.name.split()):
            mention.name = antecedent.name
        if mention.title is None or mention.title.lower() == mention.head or mention.head in UNSPECIFIC_HEADS:
            mention.title = antecedent.title or mention.title
        mention.affiliation = mention.affiliation or antecedent.affiliation
        mention.country = mention.country or antecedent.country
        if mention.kind in {"pronoun", "surname"}:
            mention.kind = antecedent.kind

    @staticmethod
    def needs_antecedent(mention: SpeakerMention) -> bool:
        """Whether resolving `mention` looks at the mentions before it (those `_antecedent` searches for);
        the others are complete by themselves."""
        if mention.kind in {"pronoun", "surname"}:
            return True
        if mention.kind == "person" and mention.name and " " not in mention.name:
            return True
        return mention.definite and not mention.name

    def _antecedent(self, mention: SpeakerMention) -> SpeakerMention | None:
        if not self.needs_antecedent(mention):
            return None
        head = mention.head
        if mention.kind == "pronoun":
            if head in PERSON_PRONOUNS:
                sex = stated_sex([head])
                return self._latest(lambda m: m.kind in {"person", "surname"} and _sex_of(m) in {None, sex})
            if head in THING_PRONOUNS:
                return self._latest(lambda m: m.kind in {"org", "country"})
            return self._latest(lambda m: m.kind in {"group", "org", "country"})
        if mention.kind == "surname":
            return self._person_named(mention.text)
        if mention.kind == "person" and mention.name and " " not in mention.name:
            return self._person_named(mention.name)
        # A definite description without a name: "the ministry", "the spokesman".
        if mention.org is not None:
            same = self._latest(lambda m: m.org == mention.org and m.text != mention.text)
            if same is not None:
                return same
        if head in UNSPECIFIC_HEADS:
            return self._latest(lambda m: m.kind == "person" and m.title is not None)
        return self._latest(lambda m: m.kind == mention.kind and head in m.text.lower().replace("’", "'").split()) or (
            self._latest(lambda m: m.kind == mention.kind and head in m.text.lower())
        )

    def _latest(self, accept) -> SpeakerMention | None:
        for candidate in reversed(self.history):
            if accept(candidate):
                return candidate
        return None

    def _person_named(self, surname: str) -> SpeakerMention | None:
        def has_name(m: SpeakerMention) -> bool:
            return bool(m.name) and " " in m.name and surname in m.name.split()

        return self._latest(has_name) or next((m for m in self.named_people if has_name(m)), None)
