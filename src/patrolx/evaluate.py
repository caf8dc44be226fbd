"""Scoring patrolx against gold facts (`patrolx evaluate GOLD_DIR`).

A gold folder holds articles as `NAME.txt` and their gold facts as `NAME.json` (the format is in
docs/evaluate.md). Each family is scored as a set per article: a fact is found when its normalized key is among
the gold keys of that article, however often either side mentions it, and the counts are summed over the
articles (micro average). The keys:

- dates: the value as written (`2022-05-24`, `2022-05`, `2022`);
- durations: the length in seconds (years of 365 days, months of 30), so `PT1H30M` and `PT90M` agree;
- aircraft: the family's letters and digits, lower-cased (`Tu-95` and `TU 95` agree);
- countries: the ISO 3166 alpha-3 code (gold `code`, output `iso3`);
- regions: the name's letters and digits, lower-cased, without a leading "the".

Quotes are mentions, not sets: each gold quote, in order, takes the first output quote not yet taken that contains
the first four words of its `quote_start` in a row (words are runs of ASCII letters and digits, lower-cased).
A matched quote has the right speaker when the gold speaker's surname (last word of `speaker_name`) is among the
words of the output speaker's name, text, title and affiliation; for a speaker without a name, any word of more
than two letters of the description (`speaker_head`, else `speaker_text`) other than a possessive or "the",
"and", "for" does. Quotes are scored for direct ones, indirect ones, and all together; "all" takes every output
quote, whatever its kind.

These are the rules of the corpus's own scorer (`../shared/tools/score.py`); the figures agree with it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import PatrolxError

if TYPE_CHECKING:
    from rich.console import Console

FAMILIES = ("dates", "durations", "aircraft", "countries", "regions")
QUOTE_GROUPS = {"direct": {"direct"}, "indirect": {"indirect"}, "all": {"direct", "indirect"}}
# The words of a quote's start that must be found in a row in the output quote.
OPENING_WORDS = 4
# Words of a speaker's description that say nothing about who it is (words of two letters or fewer never count).
EMPTY_SPEAKER_WORDS = {"the", "and", "for", "its", "his", "her", "their"}

# Seconds in each designator of an ISO 8601 duration.
DATE_UNIT_SECONDS = {"Y": 365 * 86400, "M": 30 * 86400, "W": 7 * 86400, "D": 86400}
TIME_UNIT_SECONDS = {"H": 3600, "M": 60, "S": 1}
_AMOUNT = r"\d+(?:\.\d+)?"
ISO_DURATION = re.compile(
    "P"
    + "".join(f"(?:(?P<{unit}>{_AMOUNT}){unit})?" for unit in DATE_UNIT_SECONDS)
    + "(?:T"
    + "".join(f"(?:(?P<T{unit}>{_AMOUNT}){unit})?" for unit in TIME_UNIT_SECONDS)
    + ")?"
)


class GoldError(PatrolxError):
    """A gold folder or file that cannot be used."""


@dataclass(slots=True)
class GoldArticle:
    name: str
    text_path: Path
    gold: dict[str, Any]


@dataclass(slots=True)
class Counts:
    """Gold facts, output facts, and how many of them matched, summed over articles."""

    gold: int = 0
    found: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return precision(self.matched, self.found, self.gold)

    @property
    def recall(self) -> float:
        return recall(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "gold": self.gold,
            "found": self.found,
            "matched": self.matched,
        }


@dataclass(slots=True)
class QuoteCounts(Counts):
    """Quote counts, with how many matched quotes have the right speaker."""

    speaker_matched: int = 0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_matched / self.matched if self.matched else 0.0

    @property
    def attributed_f1(self) -> float:
        """F1 counting only the quotes found with the right speaker."""
        return f1(precision(self.speaker_matched, self.found, self.gold), recall(self.speaker_matched, self.gold))

    def as_dict(self) -> dict[str, Any]:
        return Counts.as_dict(self) | {
            "speaker_accuracy": self.speaker_accuracy,
            "attributed_f1": self.attributed_f1,
            "speaker_matched": self.speaker_matched,
        }


def precision(matched: int, found: int, gold: int) -> float:
    """Nothing found is perfect precision only when there was nothing to find."""
    if found:
        return matched / found
    return 0.0 if gold else 1.0


def recall(matched: int, gold: int) -> float:
    return matched / gold if gold else 1.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Miss:
    """A fact on one side only: its key as scored, and the mentions (or quote openings) that carry it."""

    key: str
    texts: list[str]


@dataclass(slots=True)
class ArticleErrors:
    """What one article's output got wrong."""

    name: str
    missed: dict[str, list[Miss]] = field(default_factory=dict)  # by family, and "quotes"
    spurious: dict[str, list[Miss]] = field(default_factory=dict)
    wrong_speakers: list[tuple[str, str]] = field(default_factory=list)  # (gold speaker, output speaker) per quote

    def __bool__(self) -> bool:
        return any(self.missed.values()) or any(self.spurious.values()) or bool(self.wrong_speakers)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "missed": {family: [[m.key, m.texts] for m in misses] for family, misses in self.missed.items() if misses},
            "spurious": {
                family: [[m.key, m.texts] for m in misses] for family, misses in self.spurious.items() if misses
            },
            "wrong_speakers": [list(pair) for pair in self.wrong_speakers],
        }


@dataclass(slots=True)
class Evaluation:
    articles: int = 0
    families: dict[str, Counts] = field(default_factory=lambda: {name: Counts() for name in FAMILIES})
    quotes: dict[str, QuoteCounts] = field(default_factory=lambda: {name: QuoteCounts() for name in QUOTE_GROUPS})
    errors: list[ArticleErrors] = field(default_factory=list)

    def as_dict(self, with_errors: bool = False) -> dict[str, Any]:
        result: dict[str, Any] = {"articles": self.articles}
        result |= {name: counts.as_dict() for name, counts in self.families.items()}
        result |= {f"quotes_{name}": counts.as_dict() for name, counts in self.quotes.items()}
        if with_errors:
            result["errors"] = [errors.as_dict() for errors in self.errors if errors]
        return result


# -- reading a gold folder


def read_gold_folder(folder: Path) -> list[GoldArticle]:
    """Every `NAME.json` in `folder` with its `NAME.txt`, in name order."""
    if not folder.is_dir():
        raise GoldError(f"{folder}: not a folder")
    articles = []
    for gold_path in sorted(folder.glob("*.json")):
        text_path = gold_path.with_suffix(".txt")
        if not text_path.is_file():
            raise GoldError(f"{gold_path}: no article {text_path.name} beside it")
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise GoldError(f"{gold_path}: not a JSON file ({error})") from error
        if not isinstance(gold, dict):
            raise GoldError(f"{gold_path}: gold facts must be a JSON object")
        articles.append(GoldArticle(gold_path.stem, text_path, gold))
    if not articles:
        raise GoldError(f"{folder}: no gold files (NAME.json beside NAME.txt)")
    return articles


def predict(
    articles: list[GoldArticle],
    *,
    reference_date_from_gold: bool = False,
    model: str | None = None,
    pattern_dirs: Iterable[str | Path] = (),
) -> list[dict[str, Any]]:
    """patrolx's output for each gold article, in order; with `reference_date_from_gold`, each article's
    reference date is its gold `published` date."""
    from .api import Article, extract_many, parse_reference_date
    from .serialize import facts_to_dict
    from .textio import read_article

    inputs = []
    for article in articles:
        published = article.gold.get("published") if reference_date_from_gold else None
        try:
            reference = parse_reference_date(published) if isinstance(published, str) else None
        except PatrolxError as error:
            raise GoldError(f"{article.text_path.with_suffix('.json')}: published: {error}") from error
        inputs.append(Article(read_article(str(article.text_path)), str(article.text_path), reference))
    return [facts_to_dict(facts) for facts in extract_many(inputs, model=model, pattern_dirs=pattern_dirs)]


def evaluate_folder(
    folder: Path,
    *,
    reference_date_from_gold: bool = False,
    model: str | None = None,
    pattern_dirs: Iterable[str | Path] = (),
) -> Evaluation:
    """Run patrolx over a gold folder and score its output."""
    articles = read_gold_folder(folder)
    outputs = predict(
        articles, reference_date_from_gold=reference_date_from_gold, model=model, pattern_dirs=pattern_dirs
    )
    return score((article.name, article.gold, output) for article, output in zip(articles, outputs, strict=True))


# -- scoring


def score(articles: Iterable[tuple[str, dict[str, Any], dict[str, Any]]]) -> Evaluation:
    """Score (name, gold facts, patrolx output) for each article; an empty output object scores as finding nothing."""
    evaluation = Evaluation()
    for name, gold, output in articles:
        evaluation.articles += 1
        errors = ArticleErrors(name)
        for family in FAMILIES:
            _score_family(family, gold, output, evaluation.families[family], errors)
        for group, kinds in QUOTE_GROUPS.items():
            _score_quotes(gold, output, kinds, evaluation.quotes[group], errors if group == "all" else None)
        evaluation.errors.append(errors)
    return evaluation


def _score_family(family: str, gold: dict, output: dict, counts: Counts, errors: ArticleErrors) -> None:
    gold_keys = fact_keys(family, _records(gold, family), GOLD_FIELDS[family])
    output_keys = fact_keys(family, _records(output, family), OUTPUT_FIELDS[family])
    counts.gold += len(gold_keys)
    counts.found += len(output_keys)
    counts.matched += len(gold_keys.keys() & output_keys.keys())
    errors.missed[family] = [Miss(str(k), texts) for k, texts in gold_keys.items() if k not in output_keys]
    errors.spurious[family] = [Miss(str(k), texts) for k, texts in output_keys.items() if k not in gold_keys]


def _records(facts: dict, family: str) -> list[dict]:
    return [record for record in facts.get(family) or [] if isinstance(record, dict)]


def fact_keys(family: str, records: list[dict], field_name: str) -> dict[Any, list[str]]:
    """The distinct keys of a family's facts, each with the mentions that carry it, in order of first mention."""
    keys: dict[Any, list[str]] = {}
    for record in records:
        value = record.get(field_name)
        if not value:
            continue
        key = KEYS[family](value)
        if key is not None:
            keys.setdefault(key, []).append(str(record.get("text") or value))
    return keys


def duration_seconds(value: Any) -> int | None:
    """The length of an ISO 8601 duration in seconds; None for what is no duration or has no length."""
    if not isinstance(value, str) or value in ("P", "PT"):
        return None
    match = ISO_DURATION.fullmatch(value)
    if match is None:
        return None
    amounts = match.groupdict()
    seconds = 0.0
    for unit, unit_seconds in DATE_UNIT_SECONDS.items():
        seconds += float(amounts[unit] or 0) * unit_seconds
    for unit, unit_seconds in TIME_UNIT_SECONDS.items():
        seconds += float(amounts[f"T{unit}"] or 0) * unit_seconds
    return round(seconds) or None


def letters_and_digits(text: str) -> str:
    return "".join(re.findall(r"[0-9a-z]", str(text).lower()))


def region_key(name: str) -> str:
    return letters_and_digits(re.sub(r"^the\s+", "", str(name).strip().lower()))


KEYS: dict[str, Callable[[Any], Any]] = {
    "dates": lambda value: str(value).strip(),
    "durations": duration_seconds,
    "aircraft": letters_and_digits,
    "countries": lambda code: str(code).upper(),
    "regions": region_key,
}
GOLD_FIELDS = {"dates": "value", "durations": "value", "aircraft": "family", "countries": "code", "regions": "name"}
OUTPUT_FIELDS = GOLD_FIELDS | {"countries": "iso3"}


def words(text: Any) -> list[str]:
    return re.findall(r"[0-9a-z]+", str(text or "").lower())


def _score_quotes(gold: dict, output: dict, kinds: set[str], counts: QuoteCounts, errors: ArticleErrors | None) -> None:
    gold_quotes = [quote for quote in _records(gold, "quotes") if quote.get("kind") in kinds]
    every_kind = kinds == QUOTE_GROUPS["all"]
    output_quotes = [q for q in _records(output, "quotes") if every_kind or q.get("kind", "direct") in kinds]
    taken: set[int] = set()
    missed = []
    for gold_quote in gold_quotes:
        index = next((i for i, q in enumerate(output_quotes) if i not in taken and quote_matches(gold_quote, q)), None)
        if index is None:
            missed.append(str(gold_quote.get("quote_start")))
            continue
        taken.add(index)
        counts.matched += 1
        if speaker_matches(gold_quote, output_quotes[index]):
            counts.speaker_matched += 1
        elif errors is not None:
            errors.wrong_speakers.append((_gold_speaker(gold_quote), _output_speaker(output_quotes[index])))
    counts.gold += len(gold_quotes)
    counts.found += len(output_quotes)
    if errors is not None:
        errors.missed["quotes"] = [Miss(text, [text]) for text in missed]
        spurious = [str(q.get("text") or "") for i, q in enumerate(output_quotes) if i not in taken]
        errors.spurious["quotes"] = [Miss(text[:60], [text]) for text in spurious]


def quote_matches(gold_quote: dict, output_quote: dict) -> bool:
    """The gold quote's opening words stand in a row in the output quote."""
    opening = words(gold_quote.get("quote_start"))[:OPENING_WORDS]
    quote = words(output_quote.get("text"))
    if not opening:
        return False
    size = len(opening)
    return any(quote[i : i + size] == opening for i in range(len(quote) - size + 1))


def speaker_matches(gold_quote: dict, output_quote: dict) -> bool:
    speaker = output_quote.get("speaker") or {}
    said = set(words(" ".join(str(speaker.get(key) or "") for key in ("name", "text", "title", "affiliation"))))
    if gold_quote.get("speaker_name"):
        name = words(gold_quote["speaker_name"])
        return bool(name) and name[-1] in said
    description = words(gold_quote.get("speaker_head") or gold_quote.get("speaker_text"))
    return any(word in said for word in description if len(word) > 2 and word not in EMPTY_SPEAKER_WORDS)


def _gold_speaker(quote: dict) -> str:
    return str(quote.get("speaker_name") or quote.get("speaker_head") or quote.get("speaker_text") or "-")


def _output_speaker(quote: dict) -> str:
    speaker = quote.get("speaker") or {}
    return str(speaker.get("name") or speaker.get("text") or "-")


# -- showing the figures


def print_evaluation(evaluation: Evaluation, console: Console, *, show_errors: bool = False) -> None:
    """The figures as a table; with `show_errors`, what each article's output missed or added."""
    from rich.table import Table

    table = Table(
        title=f"{evaluation.articles} articles; P precision, R recall, attributed F1: quotes with the right speaker",
        title_justify="left",
        show_edge=False,
    )
    table.add_column("facts", no_wrap=True)
    for column in ("gold", "found", "matched", "P", "R", "F1", "speaker\naccuracy", "attributed\nF1"):
        table.add_column(column, justify="right")
    for name, counts in evaluation.families.items():
        table.add_row(name, *_count_cells(counts), "", "")
    for name, quotes in evaluation.quotes.items():
        table.add_row(
            f"quotes {name}", *_count_cells(quotes), f"{quotes.speaker_accuracy:.3f}", f"{quotes.attributed_f1:.3f}"
        )
    console.print(table)
    if show_errors:
        for errors in evaluation.errors:
            if errors:
                _print_errors(errors, console)


def _count_cells(counts: Counts) -> list[str]:
    figures = (counts.precision, counts.recall, counts.f1)
    return [str(counts.gold), str(counts.found), str(counts.matched), *(f"{figure:.3f}" for figure in figures)]


def _print_errors(errors: ArticleErrors, console: Console) -> None:
    console.print(f"\n[bold]{errors.name}[/bold]")
    for label, by_family in (("missed", errors.missed), ("spurious", errors.spurious)):
        for family, misses in by_family.items():
            for miss in misses:
                mentions = "; ".join(dict.fromkeys(miss.texts))
                shown = miss.key if family == "quotes" else f"{miss.key}  ({mentions})"
                console.print(f"  {label:<8} {family:<10} {shown}", markup=False, highlight=False)
    for gold_speaker, output_speaker in errors.wrong_speakers:
        console.print(
            f"  speaker  quotes     {output_speaker!r} should be {gold_speaker!r}", markup=False, highlight=False
        )
