#!/usr/bin/env python3
"""Regenerate patterns/timezones.jsonl: time zone abbreviations and their UTC offsets.

Inputs: the abbreviation table dateparser ships (`dateparser.timezones`,
offsets in seconds, one per abbreviation, e.g. KST 32400), and our curated
phrases in data/timezones_supplement.jsonl ("local time", "Moscow time"),
which also settle an abbreviation read two ways in defence news ("IST").

    python scripts/build_timezones.py [--check]

--check regenerates in memory and exits 1 if the committed file differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUPPLEMENT = ROOT / "data" / "timezones_supplement.jsonl"
OUTPUT = ROOT / "patterns" / "timezones.jsonl"


def offset(seconds: int) -> str:
    """ "+09:00" for 32400."""
    sign = "-" if seconds < 0 else "+"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


def build() -> str:
    from dateparser.timezones import timezone_info_list

    zones: dict[str, str] = {}
    for group in timezone_info_list:
        for abbreviation, seconds in group["timezones"]:
            # An abbreviation listed twice keeps its first offset, as dateparser reads it.
            if abbreviation.isalpha() and abbreviation.isupper() and len(abbreviation) >= 2:
                zones.setdefault(abbreviation, offset(seconds))
    # Our phrases come after the abbreviations; one of ours that is an abbreviation replaces its offset.
    supplement = [json.loads(line) for line in SUPPLEMENT.read_text(encoding="utf-8").splitlines() if line.strip()]
    for entry in supplement:
        zones.pop(entry["pattern"], None)
    names = [*sorted(zones), *(entry["pattern"] for entry in supplement)]
    zones.update({entry["pattern"]: entry["id"] for entry in supplement})
    return "".join(json.dumps({"label": "ZONE", "pattern": name, "id": zones[name]}) + "\n" for name in names)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file is out of date")
    args = parser.parse_args()
    text = build()
    if args.check:
        if OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT.name} is out of date: run scripts/build_timezones.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {text.count(chr(10))} zones", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
