"""The tense a date mention is read in: whether "Tuesday" or "in August" looks back or ahead.

The nearest tense cue before the mention in its sentence decides ("will",
"said", a past form), else the first one after it ("On March 31, it did so
..."); a NEAREST_CUE ("said talks would resume on April 20") leaves no tense,
so that the nearest such day is taken.
"""

from __future__ import annotations

from ...text.tokens import TokenColumns
from .values import DateMention
from .vocabulary import DateVocabulary

TENSE_WINDOW = 12  # tokens looked back (then ahead) for "will", "said"...
BE_FORMS = {"be", "been", "being", "is", "are"}  # "will be held", "is heard" are not past
WILL = {"will", "'ll", "’ll", "shall", "won't", "won’t"}  # "will be named": the future of a passive
TENSE_STOPS = {".", "!", "?"}  # where the look for a tense cue stops: the sentence ends
WHEN_SAID = {"in", "on", "at"}  # "said in December": the date tells when it was said
DETERMINERS = {"the", "a", "an", "'s", "’s", "its", "their", "his", "her", "our", "this", "that"}
POSSESSIVES = {"'s", "’s"}
DEADLINE_BEFORE = {"until", "till"}  # not "through": "the year through March 31" is a period past
DEADLINE_REACH = 4  # tokens looked back for one: "until 9 a.m. EST Tuesday"
NO_TENSE = ""  # a cue that leaves the tense open (a reporting verb), told apart from finding no cue at all (None)


def tense(vocab: DateVocabulary, columns: TokenColumns, mention: DateMention) -> str | None:
    """ "future", "past" or "nearest" from the nearest tense cue before the mention in its sentence, else from the
    first one after it, else None."""
    if mention.shift is not None:
        return {"next": "future", "last": "past"}.get(mention.shift)
    lowers = columns.lowers
    modifier = mention.start >= 1 and lowers[mention.start - 1] in DETERMINERS
    possessive = mention.weekday is not None and mention.end < len(lowers) and lowers[mention.end] in POSSESSIVES
    found = _tense_before(vocab, columns, mention.start)
    if modifier or possessive:
        # "the June 5 vote was postponed", "to influence the Nov. 8 election": a past verb is not the date's, but
        # "will become an issue in the November election" still looks ahead; "before Monday's caucus": the nearest.
        return found if found in ("future", "nearest") else ("nearest" if possessive else None)
    if found is None:
        found = _tense_after(vocab, columns, mention.end)
    if found in ("past", None) and not DEADLINE_BEFORE.isdisjoint(
        lowers[max(mention.start - DEADLINE_REACH, 0) : mention.start]
    ):
        return "nearest"  # "gave them until mid-November", "until 9 a.m. Tuesday": a deadline, maybe ahead
    return found or None


def _tense_before(vocab: DateVocabulary, columns: TokenColumns, start: int) -> str | None:
    """The tense of the nearest cue before token `start` in its sentence, NO_TENSE for a NEAREST_CUE, or None."""
    texts, lowers = columns.texts, columns.lowers
    cue_ends = vocab.tense_cue_ends
    # The walk stops at a sentence end: ".", "!" or "?". A line break, a whitespace token of its own (a token's
    # trailing whitespace is at most one space), is no cue and does not stop it.
    for k in range(start - 1, max(start - 1 - TENSE_WINDOW, -1), -1):
        if texts[k] in TENSE_STOPS:
            break
        # Where no cue phrase ends and no past form stands, none of the tests below can hold (a past form
        # ends in "ed": testing that first spares most words a call).
        word = lowers[k]
        if word in cue_ends and _not_a_cue(vocab, lowers, k):
            continue  # "next to the embassy", "due to the attack"
        if word in cue_ends or (word.endswith("ed") and _looks_past(vocab, columns, k)):
            nearest = vocab.phrase_ending_at(lowers, k + 1, "NEAREST_CUE")
            if nearest and nearest[1] == "said" and (k + 1 == start or k + 2 == start and lowers[k + 1] in WHEN_SAID):
                return "past"  # "she said in December": when it was said
            if nearest:
                return _nearest(nearest[1])
            if vocab.phrase_ending_at(lowers, k + 1, "FUTURE_CUE"):
                return "future"
            if vocab.phrase_ending_at(lowers, k + 1, "PAST_CUE") or _looks_past(vocab, columns, k):
                if k < 1 or lowers[k - 1] not in BE_FORMS:  # "will be held" is not past
                    return "past"
                if k >= 2 and lowers[k - 2] in WILL:
                    return "future"  # "will be named ... for a mission in December", "will" out of the window
    return None


def _tense_after(vocab: DateVocabulary, columns: TokenColumns, end: int) -> str | None:
    """The tense of the first cue from token `end` to the sentence's end, NO_TENSE for a NEAREST_CUE, or None."""
    texts, lowers = columns.texts, columns.lowers
    cue_starts = vocab.tense_cue_starts
    for j in range(end, min(end + TENSE_WINDOW, len(lowers))):
        if texts[j] in TENSE_STOPS:
            return None
        word = lowers[j]
        if word not in cue_starts and not (word.endswith("ed") and _looks_past(vocab, columns, j)):
            continue  # no cue phrase starts here, nor a past form
        if vocab.phrase_at(lowers, j, "NOT_A_CUE"):
            continue  # "next to the embassy", "due to the attack"
        nearest = vocab.phrase_at(lowers, j, "NEAREST_CUE")
        if nearest:
            return _nearest(nearest[1])
        if vocab.phrase_at(lowers, j, "FUTURE_CUE"):
            return "future"
        if (vocab.phrase_at(lowers, j, "PAST_CUE") or _looks_past(vocab, columns, j)) and lowers[j - 1] not in BE_FORMS:
            return "past"
    return None


def _not_a_cue(vocab: DateVocabulary, lowers: list[str], k: int) -> bool:
    """Whether the cue word at token k is part of a NOT_A_CUE phrase starting there or just before it."""
    for start in (k - 1, k):
        found = vocab.phrase_at(lowers, start, "NOT_A_CUE") if start >= 0 else None
        if found and found[0] > k:
            return True
    return False


def _nearest(cue: str) -> str:
    """ "nearest" after "would", "is": the nearest such day, a weekday too; after a reporting verb ("said": id
    `said`), no tense: the nearest month and day, but a weekday looks back ("the ministry said Tuesday")."""
    return "nearest" if cue == "nearest" else NO_TENSE


def _looks_past(vocab: DateVocabulary, columns: TokenColumns, i: int) -> bool:
    """A past form ("flew", "intercepted"), not an adjective after a determiner ("the reduced dividend") nor a
    word that only ends like one ("succeed", "hundred")."""
    text = columns.lowers[i]
    # `Token.is_alpha` is `str.isalpha` of the token's text.
    if not (len(text) > 4 and text.endswith("ed") and columns.texts[i].isalpha()):
        return False
    if text in vocab.words["NOT_PAST_FORM"]:
        return False
    return i == 0 or columns.lowers[i - 1] not in DETERMINERS
