"""patrolx for Dask users: the facts of a Dask bag or data frame of articles, as flat records.

    import dask.bag as db
    import patrolx.dask

    feed = db.read_text("feeds/*.jsonl")                  # records {"id", "text", "published"?}, one per line
    articles = patrolx.dask.extract_bag(feed)             # one dict per article
    facts = patrolx.dask.extract_bag(feed, per="fact")    # one dict per fact

    frame = dd.read_parquet("articles/")                  # columns id, text and (optionally) published
    articles = frame.map_partitions(patrolx.dask.extract_frame, meta=patrolx.dask.frame_meta())

A record is what `patrolx batch` reads from a feed: a JSON line or a dict with "id", "text" and an optional
"published" date. Each worker process builds the pipeline once, on its first partition. Rows:

- per article (`ARTICLE_COLUMNS`): `source`, `reference_date`, `reference_date_source`, `error` (null, or
  what went wrong with the article), and one column per fact family holding its facts as a JSON array;
- per fact (`FACT_COLUMNS`): `source`, `family` ("dates", "aircraft"...), the mention's `text`, `start` and
  `end`, `fact` (the whole fact as a JSON object) and `error`; an article without facts has no row, one that
  failed has one row with only `source` and `error`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import orjson

from .api import DateLike, parse_reference_date
from .batch.articles import Outcome, Settings, process_chunk
from .batch.inputs import Task, record_task, task_from_record
from .serialize import FACT_LISTS

if TYPE_CHECKING:
    import dask.bag
    import pandas

Per = Literal["article", "fact"]
ARTICLE_COLUMNS = ("source", "reference_date", "reference_date_source", "error", *FACT_LISTS)
FACT_COLUMNS = ("source", "family", "text", "start", "end", "fact", "error")


def extract_records(
    records: Iterable[str | bytes | dict],
    *,
    per: Per = "article",
    reference_date: DateLike = None,
    model: str | None = None,
    pattern_dirs: Iterable[str | Path] = (),
) -> list[dict[str, Any]]:
    """The flat rows of one partition of records; a record's "published" date comes before `reference_date`."""
    _columns(per)  # a bad `per` is reported before any work
    settings = Settings(parse_reference_date(reference_date), model, tuple(str(d) for d in pattern_dirs))
    tasks = [_task(record, number) for number, record in enumerate(records, 1)]
    return [row for outcome in process_chunk(tasks, settings) for row in flat_rows(outcome, per)]


def extract_bag(
    bag: dask.bag.Bag,
    *,
    per: Per = "article",
    reference_date: DateLike = None,
    model: str | None = None,
    pattern_dirs: Iterable[str | Path] = (),
) -> dask.bag.Bag:
    """A bag of flat rows (dicts) from a bag of records, partition by partition."""
    return bag.map_partitions(
        extract_records, per=per, reference_date=reference_date, model=model, pattern_dirs=tuple(pattern_dirs)
    )


def extract_frame(
    frame: pandas.DataFrame,
    *,
    per: Per = "article",
    text: str = "text",
    id: str = "id",
    published: str = "published",
    reference_date: DateLike = None,
    model: str | None = None,
    pattern_dirs: Iterable[str | Path] = (),
) -> pandas.DataFrame:
    """For `DataFrame.map_partitions`: one partition of articles (columns `id`, `text`, optional `published`) to
    its flat rows, every column of dtype object (see `frame_meta`)."""
    import pandas

    names = {id: "id", text: "text", published: "published"}
    columns = [column for column in names if column in frame.columns]
    # to_dict gives Python values (an int id, not numpy's); a missing value (NaN, None) is a missing field.
    records = (
        {names[column]: value for column, value in record.items() if not pandas.isna(value)}
        for record in frame[columns].to_dict("records")
    )
    rows = extract_records(records, per=per, reference_date=reference_date, model=model, pattern_dirs=pattern_dirs)
    return pandas.DataFrame(rows, columns=list(_columns(per)), dtype=object)


def frame_meta(per: Per = "article") -> pandas.DataFrame:
    """The empty frame that describes `extract_frame`'s result, for `map_partitions(..., meta=...)`."""
    import pandas

    return pandas.DataFrame({column: pandas.Series(dtype=object) for column in _columns(per)})


def flat_rows(outcome: Outcome, per: Per = "article") -> list[dict[str, Any]]:
    """One article's outcome as flat rows: one row, or one per fact."""
    article = orjson.loads(outcome.line)
    error = article["error"]["message"] if "error" in article else None
    if per == "article":
        row = {column: article.get(column) for column in ("source", "reference_date", "reference_date_source")}
        row["error"] = error
        row.update((family, _json(article[family]) if error is None else None) for family in FACT_LISTS)
        return [row]
    if error is not None:
        return [dict.fromkeys(FACT_COLUMNS) | {"source": article["source"], "error": error}]
    return [_fact_row(article["source"], family, fact) for family in FACT_LISTS for fact in article[family]]


def _fact_row(source: str, family: str, fact: dict[str, Any]) -> dict[str, Any]:
    return {
        "source": source,
        "family": family,
        "text": fact["text"],
        "start": fact["start"],
        "end": fact["end"],
        "fact": _json(fact),
        "error": None,
    }


def _task(record: str | bytes | dict, number: int) -> Task:
    where = f"record {number} of its partition"
    if isinstance(record, str | bytes):
        return record_task(record, where)
    return task_from_record(record, where)


def _columns(per: Per) -> tuple[str, ...]:
    if per not in ("article", "fact"):
        raise ValueError(f"per must be 'article' or 'fact', not {per!r}")
    return ARTICLE_COLUMNS if per == "article" else FACT_COLUMNS


def _json(value: Any) -> str:
    return orjson.dumps(value).decode()
