"""Every `Doc._` and `Span._` extension patrolx uses, declared in one place.

Names are prefixed so we never overwrite another package's extension.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

# Spans found by each component live in doc.spans[<key>]; each span carries its record.
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
        # The typed record (see records.py) a component made for this span.
        Span.set_extension("patrolx_fact", default=None)


register_extensions()
