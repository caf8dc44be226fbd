"""Everything patrolx keeps on a Doc besides spaCy's own attributes, declared in one place: the `Doc._` and
`Span._` extensions, and the side channels in `doc.user_data` through which components share what they read
or found.

Names are prefixed so we never overwrite another package's extension or data.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from spacy.tokens import Doc, Span, SpanGroup

from .families import FAMILIES, SPAN_KEYS

if TYPE_CHECKING:
    from .text.tokens import TokenColumns

T = TypeVar("T")


class Channel(Generic[T]):
    """A value kept in `doc.user_data` for the components that run later, and the one rule that says whether it
    holds: it is kept with its `basis`, what the value was made from, and holds while the doc gives the same basis
    (`==`; an object without its own `==`, such as a span group, is the same object). A value that does not
    `fit` the doc is not kept at all."""

    def __init__(
        self, key: str, basis: Callable[[Doc], Any] | None = None, fits: Callable[[Doc, T], bool] | None = None
    ) -> None:
        self.key = key
        self.basis = basis or _always
        self.fits = fits

    def get(self, doc: Doc) -> T | None:
        """The value, or None when it was never kept or no longer holds."""
        kept = doc.user_data.get(self.key)
        if kept is None:
            return None
        basis, value = kept
        return value if basis == self.basis(doc) else None

    def set(self, doc: Doc, value: T) -> None:
        if self.fits is not None and not self.fits(doc, value):
            doc.user_data.pop(self.key, None)
            return
        doc.user_data[self.key] = (self.basis(doc), value)


def _always(doc: Doc) -> None:
    return None


def _spans_of(family: str) -> Callable[[Doc], SpanGroup | None]:
    key = SPAN_KEYS[family]
    return lambda doc: doc.spans.get(key)


def _text_length(doc: Doc) -> int:
    """The doc's length in characters (without joining its text)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


# The text the doc was made from, as its tokens' text is cut out of it (`patrolx.text.tokens`): one as long as
# the doc's text.
SOURCE_TEXT: Channel[str] = Channel("patrolx_source_text", len, lambda doc, text: len(text) == _text_length(doc))
# Where the article came from (a file name), reported with its facts.
SOURCE: Channel[str | None] = Channel("patrolx_source")
# Its tokens' strings as plain lists (`patrolx.text.tokens.token_columns`).
TOKEN_COLUMNS: Channel[TokenColumns] = Channel("patrolx_token_columns", len)
# Where each lower-case form stands (`patrolx.text.matching.word_positions`), made from the token columns.
WORD_POSITIONS: Channel[dict[str, list[int]]] = Channel("patrolx_word_positions", lambda doc: TOKEN_COLUMNS.get(doc))
# What other components read of a family's spans, kept when the spans are stored (reading the span group back
# would make every Span anew): the clutter spans' token starts and ends, the countries' token ranges, the tokens
# of the regions and those of the durations.
CLUTTER_BOUNDS: Channel[tuple[list[int], list[int]]] = Channel("patrolx_clutter_bounds", _spans_of("boilerplate"))
COUNTRY_BOUNDS: Channel[list[tuple[int, int]]] = Channel("patrolx_country_bounds", _spans_of("countries"))
REGION_TOKENS: Channel[set[int]] = Channel("patrolx_region_tokens", _spans_of("regions"))
DURATION_TOKENS: Channel[set[int]] = Channel("patrolx_duration_tokens", _spans_of("durations"))
# The records found with the spans: by family, in span order (`facts_of`), and by span (`span._.patrolx_fact`).
FACTS: dict[str, Channel[list[Any]]] = {family.name: Channel(f"patrolx_facts_{family.name}") for family in FAMILIES}
# (Indexed from the span groups when first asked for, which collecting the facts never does; the index holds
# while the doc keeps the same span groups.)
FACTS_BY_SPAN: Channel[dict[Hashable, Any]] = Channel(
    "patrolx_facts_by_span", lambda doc: tuple(doc.spans.get(key) for key in SPAN_KEYS.values())
)


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
    for family in FAMILIES:
        # A family's spans (`doc.spans[family.span_key]`, empty when its component did not run): what the
        # factories' `assigns` and `requires` name, so that `nlp.analyze_pipes()` shows which needs which.
        name = family.attribute.removeprefix("doc._.")
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=lambda doc, key=family.span_key: doc.spans.get(key, []))


def fact_of(span: Span) -> Any:
    """The record stored with a span (what `span._.patrolx_fact` gives), or None."""
    doc = span.doc
    facts = FACTS_BY_SPAN.get(doc)
    if facts is None:
        facts = {}
        for family, key in SPAN_KEYS.items():
            group, records = doc.spans.get(key), facts_of(doc, family)
            if group is not None and len(group) == len(records):
                facts.update(zip([(kept.start, kept.end, kept.label, kept.id) for kept in group], records, strict=True))
        FACTS_BY_SPAN.set(doc, facts)
    return facts.get((span.start, span.end, span.label, span.id))


register_extensions()


def set_spans(doc: Doc, family: str, spans: list[Span], records: list[Any]) -> None:
    """Store a component's spans in `doc.spans`, and their records beside them, in the same order: for
    `facts_of` (reading them back through the span group would make every Span anew) and `span._.patrolx_fact`."""
    if len(records) != len(spans):
        raise ValueError(f"{family}: {len(spans)} spans but {len(records)} records")
    doc.spans[SPAN_KEYS[family]] = spans
    FACTS[family].set(doc, records)


def facts_of(doc: Doc, family: str) -> list[Any]:
    """The records of a family's spans, in span order."""
    return FACTS[family].get(doc) or []
