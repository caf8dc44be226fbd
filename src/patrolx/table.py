"""A readable view of one article's facts for a person at a terminal.

The JSON lists every mention; a person wants each distinct fact once. Mentions are grouped by their normalized
value (a country's ISO code, a region's name, an aircraft's family and designation, a date's or duration's value),
and each row tells how often the fact is mentioned, in which words, and where it is first mentioned. Quotes are
distinct statements: one row each, with the speaker and the kind.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field

from rich.console import Console
from rich.table import Table

from .families import Facts
from .records import Mention, QuoteFact

# How many offsets a row shows before it says "…".
FIRST_OFFSETS = 3


@dataclass(slots=True)
class FactGroup:
    """The mentions of one distinct fact, in text order."""

    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def wordings(self) -> str:
        """The distinct words the text uses for the fact, in order of first use."""
        return ", ".join(dict.fromkeys(mention.text for mention in self.mentions))

    @property
    def offsets(self) -> str:
        shown = ", ".join(f"{m.start}-{m.end}" for m in self.mentions[:FIRST_OFFSETS])
        return shown + (", …" if len(self.mentions) > FIRST_OFFSETS else "")


@dataclass(frozen=True, slots=True)
class Family:
    """How one fact list is grouped and shown: the key of a distinct fact, and its columns (header, value)."""

    key: Callable[[Mention], Hashable]
    columns: Sequence[tuple[str, Callable[[FactGroup], object]]]


def _field(name: str) -> Callable[[FactGroup], object]:
    return lambda group: getattr(group.first, name)


def _reported_counts(group: FactGroup) -> str:
    """The numbers of aircraft the text reports ("two Tu-95MS bombers"), each once."""
    return ", ".join(dict.fromkeys(str(m.count) for m in group.mentions if m.count is not None))


FAMILIES = {
    # An unresolved date (no reference date for "Tuesday") is grouped by its words.
    "dates": Family(lambda m: m.value or m.text.lower(), [("value", _field("value"))]),
    "durations": Family(lambda m: (m.value, m.mod), [("value", _field("value")), ("modifier", _field("mod"))]),
    "frequencies": Family(lambda m: (m.value, m.freq), [("value", _field("value")), ("times", _field("freq"))]),
    "aircraft": Family(
        lambda m: (m.family, m.designation),
        [
            ("designation", _field("designation")),
            ("NATO", _field("nato_name")),
            ("origin", _field("origin")),
            ("role", _field("role")),
            ("number", _reported_counts),
        ],
    ),
    "countries": Family(lambda m: m.iso3, [("country", _field("name")), ("ISO", _field("iso3"))]),
    "regions": Family(lambda m: m.name, [("region", _field("name")), ("kind", _field("kind"))]),
}


def group_mentions(mentions: Sequence[Mention], key: Callable[[Mention], Hashable]) -> list[FactGroup]:
    """The distinct facts among `mentions`, in order of first mention."""
    groups: dict[Hashable, FactGroup] = {}
    for mention in mentions:
        groups.setdefault(key(mention), FactGroup()).mentions.append(mention)
    return list(groups.values())


def print_table(facts: Facts, console: Console) -> None:
    console.print(f"[bold]{facts.source or 'article'}[/bold]  reference date: {facts.reference_date or '-'}")
    for name, family in FAMILIES.items():
        mentions = getattr(facts, name)
        if mentions:
            console.print(_family_table(name, family, group_mentions(mentions, family.key), len(mentions)))
    if facts.quotes:
        console.print(_quote_table(facts.quotes))


def _family_table(name: str, family: Family, groups: list[FactGroup], mentions: int) -> Table:
    table = Table(
        title=f"{name}: {len(groups)} distinct, {mentions} mention{'s' * (mentions != 1)}",
        title_justify="left",
        show_edge=False,
        pad_edge=False,
    )
    rows = [[_shown(cell(group)) for _, cell in family.columns] for group in groups]
    # A column empty in every row (no modifier, no NATO name) is left out; codes and names stay whole.
    filled = [i for i, (header, _) in enumerate(family.columns) if any(row[i] for row in rows)]
    for i in filled:
        header = family.columns[i][0]
        table.add_column(header, no_wrap=header != "role", min_width=9 if header == "role" else None)
    table.add_column("mentions", justify="right", no_wrap=True)
    table.add_column("as written")
    table.add_column("first at")
    for group, row in zip(groups, rows, strict=True):
        table.add_row(*(row[i] for i in filled), str(len(group.mentions)), group.wordings, group.offsets)
    return table


def _shown(value: object) -> str:
    return "" if value is None else str(value)


def _quote_table(quotes: list[QuoteFact]) -> Table:
    table = Table(title=f"quotes: {len(quotes)}", title_justify="left", show_edge=False, pad_edge=False)
    for column in ("speaker", "title, affiliation", "kind", "quote", "at"):
        table.add_column(column, overflow="fold")
    for quote in quotes:
        speaker = quote.speaker
        who = (speaker.name or speaker.text) if speaker else "?"
        role = ", ".join(part for part in (speaker.title, speaker.affiliation) if part) if speaker else ""
        table.add_row(who, role, quote.kind, quote.text, f"{quote.start}-{quote.end}")
    return table
