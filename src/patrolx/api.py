"""The library API: `extract` one article, `extract_many` over a stream of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .errors import PatrolxError
from .extensions import SPAN_KEYS
from .pipeline import build_pipeline
from .records import Facts

DateLike = dt.date | str | None


@dataclass(slots=True)
class Article:
    """One article to process: its text, where it came from, and its publication date if known."""

    text: str
    source: str | None = None
    reference_date: DateLike = None


def get_pipeline(model: str | None = None, pattern_dirs: Iterable[str | Path] = ()) -> Language:
    """The pipeline for these settings, built once per process."""
    return _cached_pipeline(model, tuple(str(d) for d in pattern_dirs))


@lru_cache(maxsize=4)
def _cached_pipeline(model: str | None, pattern_dirs: tuple[str, ...]) -> Language:
    return build_pipeline(model, pattern_dirs)


def extract(
    text: str,
    *,
    reference_date: DateLike = None,
    source: str | None = None,
    model: str | None = None,
    pattern_dirs: Iterable[str | Path] = (),
) -> Facts:
    """Every fact in one article.

    `reference_date` (a date or "YYYY-MM-DD") is what relative expressions
    such as "Tuesday" resolve against; usually the publication date.
    """
    article = Article(text, source, reference_date)
    return next(extract_many([article], model=model, pattern_dirs=pattern_dirs))


def extract_many(
    items: Iterable[str | Article],
    *,
    reference_date: DateLike = None,
    model: str | None = None,
    pattern_dirs: Iterable[str | Path] = (),
    batch_size: int = 32,
) -> Iterator[Facts]:
    """Facts for each article, in input order, streamed through `nlp.pipe`.

    `reference_date` applies to every article that does not carry its own.
    """
    nlp = get_pipeline(model, pattern_dirs)
    docs = (_make_doc(nlp, item, reference_date) for item in items)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield facts_from_doc(doc)


def facts_from_doc(doc: Doc) -> Facts:
    """Collect the records the components attached to `doc`."""
    reference = doc._.patrolx_reference_date
    facts = Facts(
        source=doc.user_data.get("patrolx_source"),
        reference_date=reference.isoformat() if reference else None,
        reference_date_source=doc._.patrolx_reference_date_source,
    )
    for field_name, key in SPAN_KEYS.items():
        if key in doc.spans and hasattr(facts, field_name):
            getattr(facts, field_name).extend(span._.patrolx_fact for span in doc.spans[key])
    return facts


def parse_reference_date(value: DateLike) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as error:
        raise PatrolxError(f"reference date {value!r} is not a date in the form YYYY-MM-DD") from error


def _make_doc(nlp: Language, item: str | Article, default_reference: DateLike) -> Doc:
    article = item if isinstance(item, Article) else Article(item)
    doc = nlp.make_doc(article.text)
    reference = parse_reference_date(article.reference_date or default_reference)
    doc._.patrolx_reference_date = reference
    doc._.patrolx_reference_date_source = "given" if reference else None
    doc.user_data["patrolx_source"] = article.source
    return doc
