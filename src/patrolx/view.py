"""One article and its facts as a self-contained HTML page (`patrolx view`).

The page needs nothing but itself: its style and its little script are inline, and it loads nothing. The article
is shown whole, each fact highlighted in its family's colour with its normalized value on hover; a quote's parts
and its speaker point at each other (pointing at one lights up both, clicking a quote goes to its speaker); and the
fact tables follow, each row linked to its mention.

Facts may overlap (a date inside a quote, a quote's speaker inside another quote): the highlights are nested, and a
highlight that crosses the end of another is cut into pieces that share its `data-fact` (only the first piece
carries the fact's `id`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from html import escape
from typing import Any

FAMILIES = ("dates", "durations", "aircraft", "countries", "regions", "quotes", "speakers")
# Which of two highlights of the same stretch goes outside.
NESTING = ("quotes", "speakers", "dates", "durations", "aircraft", "countries", "regions")
# The columns of each family's table, besides the mention itself.
TABLE_COLUMNS = {
    "dates": ("value",),
    "durations": ("value", "seconds", "mod"),
    "aircraft": ("designation", "family", "manufacturer", "nato_name", "origin", "role", "count", "known"),
    "countries": ("iso3", "iso2", "name"),
    "regions": ("name", "kind", "wikidata", "lat", "lon"),
}

STYLE = """
:root { --dates: #ffd966; --durations: #f9b487; --aircraft: #8fd0ff; --countries: #a8e6a1; --regions: #d5b8ff;
        --quotes: #ececec; --speakers: #ff9fbf; }
body { font: 16px/1.6 system-ui, sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em; color: #222; }
h1 { font-size: 1.3em; margin-bottom: .2em; }
.meta { color: #555; margin-top: 0; }
.legend span { margin-right: .6em; padding: .1em .4em; border-radius: .3em; white-space: nowrap; }
#article { white-space: pre-wrap; border: 1px solid #ddd; border-radius: .4em; padding: 1em 1.2em; }
.fact { border-radius: .2em; padding: 0 .05em; cursor: help; }
.fact.dates { background: var(--dates); }
.fact.durations { background: var(--durations); }
.fact.aircraft { background: var(--aircraft); }
.fact.countries { background: var(--countries); }
.fact.regions { background: var(--regions); }
.fact.quotes { background: var(--quotes); border-bottom: 2px dotted #888; cursor: pointer; }
.fact.speakers { box-shadow: 0 0 0 2px var(--speakers) inset; font-weight: 600; }
.legend .dates { background: var(--dates); } .legend .durations { background: var(--durations); }
.legend .aircraft { background: var(--aircraft); } .legend .countries { background: var(--countries); }
.legend .regions { background: var(--regions); } .legend .quotes { background: var(--quotes); }
.legend .speakers { box-shadow: 0 0 0 2px var(--speakers) inset; }
.fact.linked { outline: 2px solid #c2185b; background: #ffe0ec; }
#hovered { position: sticky; bottom: 0; background: #fffbe6; border-top: 1px solid #e0d8a8; padding: .3em .6em;
           min-height: 1.6em; font-size: .9em; }
table { border-collapse: collapse; margin: .4em 0 1.4em; font-size: .9em; }
th, td { border-bottom: 1px solid #e3e3e3; padding: .2em .6em; text-align: left; vertical-align: top; }
h2 { font-size: 1.1em; margin-bottom: 0; }
"""

# Pointing at a fact shows its value below the article (the innermost fact's, where facts nest); pointing anywhere
# in a quote or at a speaker lights up both; clicking a quote goes to its speaker.
SCRIPT = """
const article = document.getElementById("article");
const hovered = document.getElementById("hovered");
const idle = hovered.textContent;
const pieces = (key) => (key ? Array.from(document.querySelectorAll(`[data-fact="${key}"]`)) : []);
let lit = [];
function light(elements) {
  lit.forEach((element) => element.classList.remove("linked"));
  lit = elements;
  lit.forEach((element) => element.classList.add("linked"));
}
article.addEventListener("mouseover", (event) => {
  const fact = event.target.closest(".fact");
  hovered.textContent = fact ? fact.title : idle;
  const end = event.target.closest("[data-speaker], [data-quote]");
  light(end ? [...pieces(end.dataset.fact), ...pieces(end.dataset.speaker || end.dataset.quote)] : []);
});
article.addEventListener("mouseleave", () => {
  hovered.textContent = idle;
  light([]);
});
article.addEventListener("click", (event) => {
  const quote = event.target.closest("[data-speaker]");
  const speaker = quote && document.getElementById(quote.dataset.speaker);
  if (speaker) speaker.scrollIntoView({block: "center"});
});
"""


@dataclass(slots=True)
class Highlight:
    """One fact's stretch of the article (a quote has one per part)."""

    start: int
    end: int
    key: str  # the fact's id in the page, shared by its pieces
    family: str
    title: str
    link: dict[str, str]  # data-speaker / data-quote between a quote and its speaker

    def sort_key(self) -> tuple[int, int, int]:
        """Outer first: earlier start, then later end, then a quote around its speaker around the other facts."""
        return (self.start, -self.end, NESTING.index(self.family))


def render_page(text: str, facts: dict[str, Any], title: str) -> str:
    """The page for one article: `facts` is patrolx's output object for `text`."""
    highlights = list(_highlights(facts))
    counts = {family: len({h.key for h in highlights if h.family == family}) for family in FAMILIES}
    legend = "".join(
        f'<span class="{family}">{family} {counts[family]}</span>' for family in FAMILIES if counts[family]
    )
    reference = facts.get("reference_date")
    reference_note = (
        f"reference date {escape(reference)} ({escape(str(facts.get('reference_date_source')))})"
        if reference
        else "no reference date: relative dates are left unresolved"
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)} - patrolx</title>",
            f"<style>{STYLE}</style>",
            "</head>",
            "<body>",
            f"<h1>{escape(title)}</h1>",
            f'<p class="meta">{reference_note}; schema {escape(str(facts.get("schema_version")))}</p>',
            f'<p class="legend">{legend}</p>',
            f'<div id="article">{_marked_up(text, highlights)}</div>',
            '<div id="hovered">Point at a highlight to see its value.</div>',
            '<section id="facts">',
            *(_fact_table(family, facts.get(family) or []) for family in TABLE_COLUMNS),
            _quote_table(facts.get("quotes") or []),
            "</section>",
            f"<script>{SCRIPT}</script>",
            "</body>",
            "</html>",
            "",
        ]
    )


def _highlights(facts: dict[str, Any]) -> Iterator[Highlight]:
    for family in TABLE_COLUMNS:
        for index, fact in enumerate(facts.get(family) or []):
            yield Highlight(fact["start"], fact["end"], f"{family}-{index}", family, _title(family, fact), {})
    for index, quote in enumerate(facts.get("quotes") or []):
        quote_key, speaker_key = f"quotes-{index}", f"speakers-{index}"
        speaker = quote.get("speaker")
        said_by = f"said by {_who(speaker)}" if speaker else "no speaker found"
        title = f"{quote['kind']} quote, {said_by}" + (f" (cue: {quote['cue']})" if quote.get("cue") else "")
        link = {"speaker": speaker_key} if speaker else {}
        for start, end in quote["parts"]:
            yield Highlight(start, end, quote_key, "quotes", title, link)
        if speaker:
            title = f"speaker of quote {index + 1}: {_who(speaker)}"
            yield Highlight(speaker["start"], speaker["end"], speaker_key, "speakers", title, {"quote": quote_key})


def _title(family: str, fact: dict[str, Any]) -> str:
    """What a highlight shows on hover: the kind of fact and its normalized value."""
    if family == "dates":
        return f"date: {fact['value'] or 'unresolved'}"
    if family == "durations":
        return f"duration: {fact['value']} ({fact['seconds']:,} s)" + (f", {fact['mod']}" if fact.get("mod") else "")
    if family == "aircraft":
        details = [fact.get(k) for k in ("nato_name", "manufacturer", "role")] + [_count(fact.get("count"))]
        known = "" if fact.get("known", True) else ", not in patrolx's knowledge"
        extra = ", ".join(str(d) for d in details if d)
        return f"aircraft: {fact['family']} ({fact['designation']}{', ' + extra if extra else ''}){known}"
    if family == "countries":
        return f"country: {fact['name']} ({fact['iso3']})"
    return f"region: {fact['name']} ({fact['kind']})"


def _count(count: int | None) -> str | None:
    return f"{count} reported" if count else None


def _who(speaker: dict[str, Any]) -> str:
    known = [speaker.get(key) for key in ("name", "title", "affiliation", "country")]
    return ", ".join(str(part) for part in known if part) or speaker["text"]


def _marked_up(text: str, highlights: list[Highlight]) -> str:
    """The article with every highlight as nested elements; a highlight crossing another's end is cut in pieces."""
    starts: dict[int, list[int]] = {}  # offset -> the highlights (by index) that start there
    ends: dict[int, list[int]] = {}
    for index, highlight in enumerate(highlights):
        if highlight.end > highlight.start:
            starts.setdefault(highlight.start, []).append(index)
            ends.setdefault(highlight.end, []).append(index)
    cuts = sorted({0, len(text), *starts, *ends})
    active: set[int] = set()
    opened: list[Highlight] = []  # the elements open at this point of the page, outermost first
    placed: set[str] = set()  # facts whose first piece (with the id) is already on the page
    out: list[str] = []
    for cut, next_cut in zip(cuts, cuts[1:], strict=False):
        active.difference_update(ends.get(cut, ()))
        active.update(starts.get(cut, ()))
        wanted = sorted((highlights[index] for index in active), key=Highlight.sort_key)
        same = 0
        while same < min(len(opened), len(wanted)) and opened[same] is wanted[same]:
            same += 1
        out.extend("</span>" for _ in opened[same:])
        for highlight in wanted[same:]:
            out.append(_open_tag(highlight, first=highlight.key not in placed))
            placed.add(highlight.key)
        opened = wanted
        out.append(escape(text[cut:next_cut], quote=False))
    out.extend("</span>" for _ in opened)
    return "".join(out)


def _open_tag(highlight: Highlight, *, first: bool) -> str:
    attributes = {"class": f"fact {highlight.family}", "data-fact": highlight.key, "title": highlight.title}
    if first:
        attributes["id"] = highlight.key
    attributes |= {f"data-{name}": value for name, value in highlight.link.items()}
    return "<span " + " ".join(f'{name}="{escape(value)}"' for name, value in attributes.items()) + ">"


def _fact_table(family: str, facts: list[dict[str, Any]]) -> str:
    if not facts:
        return ""
    columns = TABLE_COLUMNS[family]
    head = "".join(f"<th>{escape(column)}</th>" for column in ("mention", *columns, "offsets"))
    rows = []
    for index, fact in enumerate(facts):
        cells = [f'<a href="#{family}-{index}">{escape(fact["text"])}</a>']
        cells += [escape(_shown(fact.get(column))) for column in columns]
        cells.append(f"{fact['start']}-{fact['end']}")
        rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    return f'<h2>{escape(family)} ({len(facts)})</h2>\n<table class="{family}"><tr>{head}</tr>{"".join(rows)}</table>'


def _quote_table(quotes: list[dict[str, Any]]) -> str:
    if not quotes:
        return ""
    head = "".join(
        f"<th>{column}</th>" for column in ("quote", "kind", "speaker", "name", "title", "affiliation", "cue")
    )
    rows = []
    for index, quote in enumerate(quotes):
        speaker = quote.get("speaker") or {}
        who = f'<a href="#speakers-{index}">{escape(speaker["text"])}</a>' if speaker else "-"
        cells = [f'<a href="#quotes-{index}">{escape(quote["text"])}</a>', escape(quote["kind"]), who]
        cells += [escape(_shown(speaker.get(key))) for key in ("name", "title", "affiliation")]
        cells.append(escape(_shown(quote.get("cue"))))
        rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    return f'<h2>quotes ({len(quotes)})</h2>\n<table class="quotes"><tr>{head}</tr>{"".join(rows)}</table>'


def _shown(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)
