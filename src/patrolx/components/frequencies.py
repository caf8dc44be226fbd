"""Sets of times: how often something happens, as TimeML SET values ("every year" -> `P1Y`).

Read by `patrolx_durations`, which owns the unit and number words. The
vocabulary lives in `patterns/durations.jsonl`:
- FREQUENCY: a word that is a set by itself; id = its value ("daily" ->
  `P1D`, "annually" -> `P1Y`), matched only in lower case ("China Daily" is a
  paper);
- EVERY: a word before a unit that makes it a set ("every", "each", "per");
- TIMES: how many times in each ("twice" -> 2, "once" -> 1; "times" after a
  number, id `number`), before "a"/"per"/"every" and a unit, or before a
  FREQUENCY word: "twice a week" -> `P1W` with `freq` `2X`, "three times daily".
The value is the period (`P1W`, `P2W` for "every two weeks", `PT1H`); `freq`
is the count in each period when the text gives one.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..text.tokens import TokenColumns

EVERY_OTHER = ("other",)  # "every other day": each second one


@dataclass(slots=True)
class Frequency:
    start: int
    end: int
    value: str  # "P1W"
    freq: str | None = None  # "2X"


class FrequencyFinder:
    def __init__(self, units: dict[str, tuple[str, float]], phrases: dict[str, dict[tuple[str, ...], str]]):
        self.units = units
        self.words = {words[0]: id_ for words, id_ in phrases.get("FREQUENCY", {}).items() if len(words) == 1}
        self.every = {words[0] for words in phrases.get("EVERY", {}) if len(words) == 1}
        self.times = {words[0]: id_ for words, id_ in phrases.get("TIMES", {}).items() if len(words) == 1}
        self.numbers = phrases.get("NUMBER", {})
        # Every set holds one of these words: a FREQUENCY word, "every"/"each", or a count ("twice", "times").
        self.cues = frozenset(self.words.keys() | self.every | self.times.keys())

    def at(self, columns: TokenColumns, i: int) -> Frequency | None:
        """The set whose unit or FREQUENCY word is token i: "every two weeks", "twice a week", "daily"."""
        texts, lowers = columns.texts, columns.lowers
        if lowers[i] in self.words and texts[i] == lowers[i]:
            found = Frequency(i, i + 1, self.words[lowers[i]])
            self._take_count(columns, found, i)
            return found
        if lowers[i] not in self.units:
            return None
        designator, multiple = self.units[lowers[i]]
        start, count = self._every_before(columns, i)
        if start is None:
            return None
        found = Frequency(start, i + 1, _period(designator, count * multiple))
        if lowers[start] not in ("every", "each"):  # "a week", "per day": only with a count before
            if not self._take_count(columns, found, start):
                return None
        return found

    def _every_before(self, columns: TokenColumns, unit: int) -> tuple[int | None, float]:
        """(start, how many units) of "every", "every two", "every other", "a", "per" before the unit."""
        lowers = columns.lowers
        k = unit - 1
        count = 1.0
        if k >= 1 and lowers[k] in EVERY_OTHER:
            k, count = k - 1, 2.0
        elif k >= 1 and (lowers[k],) in self.numbers and lowers[k] not in ("a", "an"):
            k, count = k - 1, float(self.numbers[(lowers[k],)])
        elif k >= 1 and columns.texts[k].isdecimal():
            k, count = k - 1, float(columns.texts[k])
        if k >= 0 and (lowers[k] in self.every or lowers[k] in ("a", "an") and count == 1):
            return k, count
        return None, count

    def _take_count(self, columns: TokenColumns, found: Frequency, start: int) -> bool:
        """Extend over "twice", "three times" before token `start`; whether one stood there."""
        lowers = columns.lowers
        k = start - 1
        if k < 0 or lowers[k] not in self.times:
            return False
        count = self.times[lowers[k]]
        if count == "number":  # "three times", "3 times"
            if k < 1:
                return False
            number = columns.texts[k - 1]
            count = number if number.isdecimal() else self.numbers.get((lowers[k - 1],))
            if count is None:
                return False
            k -= 1
        found.start, found.freq = k, f"{float(count):g}X"
        return True


def _period(designator: str, amount: float) -> str:
    """ "P1W", "P2D", "PT1H", "P10Y" for every `amount` units."""
    number = f"{amount:g}"
    return f"PT{number}{designator[1]}" if designator.startswith("T") else f"P{number}{designator}"
