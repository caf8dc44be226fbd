"""The library API: `extract` one article, `extract_many` over a stream of them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from . import collector
from .errors import PatrolxError
from .events.infer import infer_event
from .events.words import ArticleWords
from .extensions import SOURCE, facts_of
from .families import FACT_LISTS, Facts
from .pipeline import build_pipeline
from .records import shifted
from .text.tokens import remember_text

DateLike = dt.date | str | None
# A date given as text starts with an ISO date; a time and zone may follow ("2022-05-24T08:00:00Z").
ISO_DATE_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}(?=$|[T ])")

# Longer texts are processed in parts of at most this many characters, cut at paragraph breaks: spaCy's
# tokenizer slows down more than linearly on huge texts, and every part stays small in memory.
PART_CHARS = 50_000


@dataclass(slots=True)
class Article:
    """One article to process: its text, where it came from, and its publication date if known."""

    text: str
    source: str | None = None
    reference_date: DateLike = None


def get_pipeline(
    model: str | None = None, pattern_dirs: Iterable[str | Path] = (), families: Iterable[str] | None = None
) -> Language:
    """The pipeline for these settings, built once per process."""
    return _cached_pipeline(model, tuple(str(d) for d in pattern_dirs), fact_families(families))


@lru_cache(maxsize=8)  # a process uses one; tests and benchmarks build several (--only, --patterns)
def _cached_pipeline(model: str | None, pattern_dirs: tuple[str, ...], families: tuple[str, ...] | None) -> Language:
    return build_pipeline(model, pattern_dirs, families)


def fact_families(families: Iterable[str] | None) -> tuple[str, ...] | None:
    """`families` checked and in the contract's order, or None for every family."""
    if families is None:
        return None
    chosen = set(families)
    unknown = sorted(chosen - set(FACT_LISTS))
    if not chosen:
        raise PatrolxError(f"no fact family named; choose from {', '.join(FACT_LISTS)}")
    if unknown:
        raise PatrolxError(f"unknown fact family {', '.join(unknown)}; choose from {', '.join(FACT_LISTS)}")
    return tuple(name for name in FACT_LISTS if name in chosen)


def extract(
    text: str,
    *,
    reference_date: DateLike = None,
    source: str | None = None,
    model: str | None = None,
    pattern_dirs: Iterable[str | Path] = (),
    part_chars: int = PART_CHARS,
    families: Iterable[str] | None = None,
) -> Facts:
    """Every fact in one article.

    `reference_date` (a date or "YYYY-MM-DD") is what relative expressions
    such as "Tuesday" resolve against; usually the publication date.
    A text longer than `part_chars` is processed in parts (see `extract_many`).
    `families` names the fact lists to find (see `extract_many`).
    """
    article = Article(text, source, reference_date)
    facts = extract_many([article], model=model, pattern_dirs=pattern_dirs, part_chars=part_chars, families=families)
    return next(facts)


def extract_many(
    items: Iterable[str | Article],
    *,
    reference_date: DateLike = None,
    model: str | None = None,
    pattern_dirs: Iterable[str | Path] = (),
    batch_size: int = 32,
    part_chars: int = PART_CHARS,
    families: Iterable[str] | None = None,
) -> Iterator[Facts]:
    """Facts for each article, in input order, streamed through `nlp.pipe`.

    `reference_date` applies to every article that does not carry its own.
    An article longer than `part_chars` characters is cut at paragraph breaks
    (else line breaks, sentence ends, spaces) into parts processed one after
    the other, and their facts are merged with offsets into the whole text.
    The first part that states the article's date gives the reference date of
    the parts after it. What spans two parts is not seen: a quote across the
    cut, a speaker named only in an earlier part.

    `families` names the fact lists to find ("aircraft", "regions"; default:
    all): only the components they need run, and the other lists stay empty.
    The `event` is read only when every family is found (the default).
    """
    if part_chars < 1:
        raise ValueError(f"part_chars must be at least 1, not {part_chars}")
    chosen = fact_families(families)
    nlp = get_pipeline(model, pattern_dirs, chosen)
    for facts in _extract_all(nlp, items, reference_date, batch_size, part_chars, chosen is None):
        if chosen is not None:
            for name in FACT_LISTS:
                if name not in chosen:
                    getattr(facts, name).clear()  # what ran for another's sake (regions for countries)
        yield facts


def _extract_all(
    nlp: Language,
    items: Iterable[str | Article],
    reference_date: DateLike,
    batch_size: int,
    part_chars: int,
    with_event: bool,
) -> Iterator[Facts]:
    short: list[Article] = []
    for item in items:
        article = item if isinstance(item, Article) else Article(item)
        if len(article.text) > part_chars:
            yield from _extract_short(nlp, short, reference_date, batch_size, with_event)
            short = []
            yield _extract_long(nlp, article, reference_date, part_chars, with_event)
            continue
        short.append(article)
        if len(short) >= batch_size:
            yield from _extract_short(nlp, short, reference_date, batch_size, with_event)
            short = []
    yield from _extract_short(nlp, short, reference_date, batch_size, with_event)


def _extract_short(
    nlp: Language, articles: list[Article], reference_date: DateLike, batch_size: int, with_event: bool
) -> Iterator[Facts]:
    docs = [_make_doc(nlp, article, reference_date) for article in articles]
    if len(docs) == 1:
        # `nlp.pipe` sets up a generator per component on every call: one article goes through `nlp` directly.
        yield facts_from_doc(nlp(docs[0]), with_event)
        return
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield facts_from_doc(doc, with_event)


def _extract_long(
    nlp: Language, article: Article, default_reference: DateLike, part_chars: int, with_event: bool
) -> Facts:
    with collector.paused():  # its records pile up by the hundred thousand
        return _extract_parts(nlp, article, default_reference, part_chars, with_event)


def _extract_parts(
    nlp: Language, article: Article, default_reference: DateLike, part_chars: int, with_event: bool
) -> Facts:
    text = article.text
    reference = parse_reference_date(article.reference_date or default_reference)
    reference_source = "given" if reference else None
    parts = split_text(text, part_chars, stop=_clutter_start(nlp, text))
    found: list[Facts] = []
    words: list[tuple[int, ArticleWords]] = []  # each part's, for the event of the whole text
    for start, end in parts:
        doc = nlp(_make_doc(nlp, Article(text[start:end], article.source, reference), None))
        found.append(facts_from_doc(doc, with_event=False))
        if with_event:
            words.append((start, ArticleWords.of_doc(doc)))
        if reference is None and doc._.patrolx_reference_date is not None:
            reference, reference_source = doc._.patrolx_reference_date, doc._.patrolx_reference_date_source
            # The parts before had no date to resolve "Tuesday" against: do them again with this one.
            earlier = [Article(text[s:e], article.source, reference) for s, e in parts[: len(found) - 1]]
            found[: len(earlier)] = _extract_short(nlp, earlier, None, 8, with_event=False)
    facts = Facts(
        source=article.source,
        reference_date=reference.isoformat() if reference else None,
        reference_date_source=reference_source,
    )
    for (start, _), part in zip(parts, found, strict=True):
        for name in FACT_LISTS:
            getattr(facts, name).extend(shifted(record, start) for record in getattr(part, name))
    if with_event:
        facts.event = infer_event(ArticleWords.joined(text, words), facts)
    return facts


def _clutter_start(nlp: Language, text: str) -> int | None:
    """Where site clutter starts that runs to the end of the text: the parts after it hold no facts."""
    if "patrolx_boilerplate" not in nlp.pipe_names:
        return None
    return nlp.get_pipe("patrolx_boilerplate").block_start(text)


def split_text(text: str, part_chars: int, stop: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of consecutive parts of `text`, each at most about `part_chars` long.

    A part ends after a paragraph break if there is one in its second half,
    else after a line break, a sentence end or a space (with the whitespace
    that follows, so that every token stays whole); else at `part_chars`.
    Parts that would start after `stop` are left out.
    """
    parts = []
    start = 0
    while len(text) - start > part_chars and (stop is None or start <= stop):
        end = _cut(text, start + part_chars // 2, start + part_chars)
        parts.append((start, end))
        start = end
    if start < len(text) and (stop is None or start <= stop):
        parts.append((start, len(text)))
    return parts


def _cut(text: str, earliest: int, latest: int) -> int:
    for separator in ("\n\n", "\n", ". ", " "):
        at = text.rfind(separator, earliest, latest)
        if at != -1:
            end = at + len(separator)
            while end < len(text) and text[end].isspace():
                end += 1
            return end
    return latest


def facts_from_doc(doc: Doc, with_event: bool = True) -> Facts:
    """Collect the records the components attached to `doc`, and unless `with_event` is False the event they
    tell (which reads every family: with fewer, leave it out)."""
    reference = doc._.patrolx_reference_date
    facts = Facts(
        source=SOURCE.get(doc),
        reference_date=reference.isoformat() if reference else None,
        reference_date_source=doc._.patrolx_reference_date_source,
    )
    for name in FACT_LISTS:
        getattr(facts, name).extend(facts_of(doc, name))
    if with_event:
        facts.event = infer_event(ArticleWords.of_doc(doc), facts)
    return facts


def parse_reference_date(value: DateLike) -> dt.date | None:
    """A date from a date, "YYYY-MM-DD", or an ISO date-time such as a feed's "2022-05-24T08:00:00Z" (its date)."""
    if value is None or isinstance(value, dt.date):
        return value
    match = ISO_DATE_PREFIX.match(value.strip())
    try:
        return dt.date.fromisoformat(match.group() if match else value.strip())
    except ValueError as error:
        raise PatrolxError(
            f"reference date {value!r} is not a date in the form YYYY-MM-DD (a time may follow: YYYY-MM-DDTHH:MM)"
        ) from error


def _make_doc(nlp: Language, item: str | Article, default_reference: DateLike) -> Doc:
    article = item if isinstance(item, Article) else Article(item)
    doc = nlp.make_doc(article.text)
    remember_text(doc, article.text)
    reference = parse_reference_date(article.reference_date or default_reference)
    doc._.patrolx_reference_date = reference
    doc._.patrolx_reference_date_source = "given" if reference else None
    SOURCE.set(doc, article.source)
    return doc
