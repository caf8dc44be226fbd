"""A readable view of one article's facts for a person at a terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .families import Facts
from .serialize import FACT_LISTS, facts_to_dict

# For each fact list, the fields worth a column besides the mention itself.
COLUMNS = {
    "dates": ("value",),
    "durations": ("value", "mod"),
    "aircraft": ("family", "designation", "nato_name", "origin", "role", "count"),
    "countries": ("iso3", "name"),
    "regions": ("name", "kind"),
}


def print_table(facts: Facts, console: Console) -> None:
    data = facts_to_dict(facts)
    console.print(f"[bold]{data['source'] or 'article'}[/bold]  reference date: {data['reference_date'] or '-'}")
    for name in FACT_LISTS:
        records = data[name]
        if not records:
            continue
        table = Table(title=f"{name} ({len(records)})", title_justify="left", show_edge=False)
        if name == "quotes":
            for column in ("speaker", "kind", "quote"):
                table.add_column(column, overflow="fold")
            for quote in records:
                speaker = quote["speaker"] or {}
                who = speaker.get("name") or speaker.get("text") or "?"
                table.add_row(who, quote["kind"], quote["text"])
        else:
            table.add_column("text")
            for column in COLUMNS[name]:
                table.add_column(column)
            for record in records:
                table.add_row(record["text"], *("" if record[c] is None else str(record[c]) for c in COLUMNS[name]))
        console.print(table)
