"""Every `Doc._` and `Span._` extension patrolx uses, declared in one place.

Names are prefixed so we never overwrite another package's extension.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

# Spans found by each component live in doc.spans[<key>]; their records are kept beside them in doc.user_data (see
# `set_spans`). spaCy's own `span._` store costs an object per read and per write, which for some forty facts an
# article came to a tenth of the run.
FACTS_KEY = "patrolx_facts"
SPAN_KEYS = {
    "boilerplate": "patrolx_boilerplate",
    "dates": "patrolx_dates",
    "durations": "patrolx_durations",
    "frequencies": "patrolx_frequencies",
    "aircraft": "patrolx_aircraft",
    "countries": "patrolx_countries",
    "regions": "patrolx_regions",
    "quotes": "patrolx_quotes",
}


def register_extensions() -> None:
    """Declare the extensions; safe to call any number of times."""
    if not Doc.has_extension("patrolx_reference_date"):
        # A datetime.date relative expressions resolve against, or None.
        Doc.set_extension("patrolx_reference_date", default=None)
    if not Doc.has_extension("patrolx_reference_date_source"):
        # "given", "inferred" or None.
        Doc.set_extension("patrolx_reference_date_source", default=None)
    if not Span.has_extension("patrolx_fact"):
        # The typed record (see records.py) a component stored with this span, or None.
        Span.set_extension("patrolx_fact", getter=fact_of)


def fact_of(span: Span) -> Any:
    """The record stored with a span (what `span._.patrolx_fact` gives), or None."""
    facts = span.doc.user_data.get(FACTS_KEY)
    return None if facts is None else facts.get((span.start, span.end, span.label, span.id))


register_extensions()


def set_spans(doc: Doc, family: str, spans: list[Span], records: list[Any]) -> None:
    """Store a component's spans in `doc.spans`, and their records beside them: in the same order, for
    `facts_of` (reading them back through the span group would make every Span anew), and by span, for
    `span._.patrolx_fact`."""
    if len(records) != len(spans):
        raise ValueError(f"{family}: {len(spans)} spans but {len(records)} records")
    doc.spans[SPAN_KEYS[family]] = spans
    doc.user_data[FACTS_KEY, family] = records
    by_span = doc.user_data.setdefault(FACTS_KEY, {})
    if spans:
        by_span.update(zip([(span.start, span.end, span.label, span.id) for span in spans], records, strict=True))


def facts_of(doc: Doc, family: str) -> list[Any]:
    """The records of a family's spans, in span order."""
    return doc.user_data.get((FACTS_KEY, family), [])
