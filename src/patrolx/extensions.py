"""Every `Doc._` and `Span._` extension patrolx uses, declared in one place.

Names are prefixed so we never overwrite another package's extension.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

# Spans found by each component live in doc.spans[<key>]; their records are kept beside them in doc.user_data, a
# list in the same order, written by `set_spans` and read by `facts_of`. spaCy's own `span._` store costs an object per
# read and per write, which for some forty facts an article came to a tenth of the run.
FACTS_KEY = "patrolx_facts"
SPAN_KEYS = {
    "boilerplate": "patrolx_boilerplate",
    "dates": "patrolx_dates",
    "durations": "patrolx_durations",
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
    """The record of a span a component stored (what `span._.patrolx_fact` gives), or None.

    Looked for among the stored spans: the hot paths read whole families with `facts_of` instead."""
    doc, key = span.doc, _key(span)
    for family, spans_key in SPAN_KEYS.items():
        records = doc.user_data.get((FACTS_KEY, family))
        if records is not None and spans_key in doc.spans:
            for stored, record in zip(doc.spans[spans_key], records, strict=False):
                if _key(stored) == key:
                    return record
    return None


def _key(span: Span) -> tuple[int, int, int, int]:
    return span.start, span.end, span.label, span.id


register_extensions()


def set_spans(doc: Doc, family: str, spans: list[Span], records: list[Any]) -> None:
    """Store a component's spans in `doc.spans`, and their records beside them in the same order (reading them
    back through the span group would make every Span anew)."""
    if len(records) != len(spans):
        raise ValueError(f"{family}: {len(spans)} spans but {len(records)} records")
    doc.spans[SPAN_KEYS[family]] = spans
    doc.user_data[FACTS_KEY, family] = records


def facts_of(doc: Doc, family: str) -> list[Any]:
    """The records of a family's spans, in span order."""
    return doc.user_data.get((FACTS_KEY, family), [])
