"""Rules on the shape of the code that no linter checks."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "patrolx"
MAX_LINES = 600
# Being split into packages (dates; quotes with speakers and layout): they leave this list with the split.
BEING_SPLIT = {"components/dates.py", "components/quotes.py", "components/speakers.py"}


def test_no_module_is_over_600_lines():
    too_long = {
        str(path.relative_to(PACKAGE)): lines
        for path in PACKAGE.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert set(too_long) <= BEING_SPLIT, too_long


def test_helpers_that_are_not_components_live_outside_components():
    # Every module in components/ is a component or one of its parts, named after it.
    from patrolx.families import FAMILIES

    names = {family.name for family in FAMILIES}
    parts = {"date_values": "dates", "layout": "quotes", "speakers": "quotes"}
    for path in (PACKAGE / "components").glob("*.py"):
        if path.stem == "__init__":
            continue
        owner = parts.get(path.stem, path.stem.split("_")[0])
        assert owner in names, path.name
