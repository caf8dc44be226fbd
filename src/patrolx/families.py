"""The fact families, declared once: everything that lists them is derived from `FAMILIES`.

A family is what one spaCy component finds: its component (`patrolx_<name>`), its span group in
`doc.spans["patrolx_<name>"]`, its records (the list `<name>` of `Facts` and of the JSON object) and the
families whose spans it reads, which must run before it. Adding a family means one entry here, its component
module and its entry point in pyproject.toml (a test checks that the entry points match this declaration).
"""

from __future__ import annotations

from dataclasses import dataclass, field, make_dataclass

from .events.model import Event
from .records import (
    SCHEMA_VERSION,
    AircraftFact,
    CountryFact,
    DateFact,
    DurationFact,
    FrequencyFact,
    Mention,
    QuoteFact,
    RegionFact,
)


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    record: type[Mention] | None  # the record a fact holds; None: found for other components, never reported
    requires: tuple[str, ...] = ()  # the families whose spans the component reads
    found_by: str | None = None  # the family whose component finds these facts too; None: a component of its own

    @property
    def component(self) -> str:
        """The spaCy factory and pipe name."""
        return f"patrolx_{self.found_by or self.name}"

    @property
    def span_key(self) -> str:
        """Where the component's spans live: `doc.spans[span_key]`."""
        return f"patrolx_{self.name}"

    @property
    def attribute(self) -> str:
        """The `doc._` extension giving the family's spans, as spaCy's `assigns` and `requires` name it."""
        return f"doc._.patrolx_{self.name}"

    @property
    def assigns(self) -> list[str]:
        """What the component sets, as spaCy's `Language.factory(assigns=...)` names it."""
        return ["doc.spans", self.attribute]

    @property
    def required_attributes(self) -> list[str]:
        """What the component reads, as spaCy's `Language.factory(requires=...)` names it."""
        return [BY_NAME[name].attribute for name in self.requires]


# In the order of the output contract (OUTPUT.md). Every component leaves aside what boilerplate marks.
FAMILIES = (
    # Site clutter (related links, newsletter notices): what the other families leave aside.
    Family("boilerplate", None),
    Family("dates", DateFact, requires=("boilerplate", "durations")),  # "two days" is a duration, not a date
    Family("durations", DurationFact, requires=("boilerplate",)),
    # "every year", "twice a week": found with the durations, whose words they share.
    Family("frequencies", FrequencyFact, requires=("boilerplate",), found_by="durations"),
    Family("aircraft", AircraftFact, requires=("boilerplate",)),
    Family("countries", CountryFact, requires=("boilerplate", "regions")),  # not "Japan" in "Sea of Japan"
    Family("regions", RegionFact, requires=("boilerplate",)),
    Family("quotes", QuoteFact, requires=("boilerplate", "countries")),  # speakers take their country from them
)

BY_NAME = {family.name: family for family in FAMILIES}
SPAN_KEYS = {family.name: family.span_key for family in FAMILIES}
# The lists of facts an article reports, in the contract's order.
FACT_LISTS = tuple(family.name for family in FAMILIES if family.record is not None)


def pipeline_order(families: tuple[Family, ...] = FAMILIES) -> list[Family]:
    """The families in the order their components run: each after the families it requires, otherwise in the
    order declared."""
    by_name = {family.name: family for family in families}
    ordered: list[Family] = []

    def place(family: Family, waiting: tuple[str, ...]) -> None:
        if family in ordered:
            return
        if family.name in waiting:
            raise ValueError(f"the families {' -> '.join((*waiting, family.name))} require each other")
        for required in family.requires:
            place(by_name[required], (*waiting, family.name))
        ordered.append(family)

    for family in families:
        place(family, ())
    return ordered


COMPONENTS = tuple(dict.fromkeys(family.component for family in pipeline_order()))

# Everything patrolx found in one article: where it came from, the date relative expressions were resolved
# against, one list of records per reported family, and the event they tell.
Facts = make_dataclass(
    "Facts",
    [
        # Set on each instance, not left to the class (orjson writes what an instance holds).
        ("schema_version", str, field(default_factory=lambda: SCHEMA_VERSION, init=False)),
        ("source", str | None, field(default=None)),
        ("reference_date", str | None, field(default=None)),
        ("reference_date_source", str | None, field(default=None)),
        *((family.name, list[family.record], field(default_factory=list)) for family in FAMILIES if family.record),
        # What the article reports happened, read from the facts above (`events.infer`); None when not all of
        # them were looked for (`--only`).
        ("event", Event | None, field(default=None)),
    ],
)
Facts.__module__, Facts.__doc__ = __name__, "Everything patrolx found in one article."
