"""Pattern files: shipped inside the package, validated on load, regenerable from data."""

from __future__ import annotations

import importlib.util
import json

import pytest

from patrolx.errors import PatternFileError
from patrolx.resources import load_patterns, parse_pattern_lines, shipped_pattern_names

from .conftest import ROOT, SHARED


def test_every_shipped_pattern_file_loads_from_the_installed_package():
    names = shipped_pattern_names()
    assert {"countries.jsonl", "regions.jsonl", "boilerplate.jsonl"} <= set(names)
    for name in names:
        entries = load_patterns(name, extra_keys=_all_keys(name))
        assert entries, name


def _all_keys(name: str) -> set[str]:
    from patrolx.resources import read_shipped

    return {key for line in read_shipped(name).splitlines() if line.strip() for key in json.loads(line)}


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "not valid JSON"),
        ('{"label": "X", "pattern": "Y"}', "missing key(s) id"),
        ('{"label": "X", "pattern": "Y", "id": "Z", "colour": "red"}', "unknown key(s) colour; allowed:"),
        ('{"label": "X", "pattern": "", "id": "Z"}', "non-empty phrase"),
        ('["label"]', "expected a JSON object"),
    ],
)
def test_bad_lines_name_file_line_and_fix(line, problem):
    text = '{"label": "X", "pattern": "ok", "id": "ok"}\n' + line + "\n"
    with pytest.raises(PatternFileError) as caught:
        list(parse_pattern_lines(text, "mine.jsonl"))
    assert str(caught.value).startswith("mine.jsonl:2: ")
    assert problem in str(caught.value)


def test_user_pattern_dirs_extend_the_shipped_files(tmp_path):
    (tmp_path / "regions.jsonl").write_text(
        json.dumps({"label": "REGION", "pattern": "Zeta Shoal", "id": "Zeta Shoal", "kind": "island"}) + "\n",
        encoding="utf-8",
    )
    import patrolx

    facts = patrolx.extract("Ships gathered at Zeta Shoal.", pattern_dirs=[tmp_path])
    assert [(r.name, r.kind) for r in facts.regions] == [("Zeta Shoal", "island")]
    assert patrolx.extract("Ships gathered at Zeta Shoal.").regions == []


@pytest.mark.skipif(
    not (SHARED / "data").is_dir() or importlib.util.find_spec("pycountry") is None,
    reason="needs the reference data folder and pycountry",
)
def test_generated_pattern_files_are_up_to_date(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))  # as when run as a script: it imports gazetteer.py beside it
    spec = importlib.util.spec_from_file_location("build_patterns", ROOT / "scripts" / "build_patterns.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check", "--data-dir", str(SHARED / "data")]) == 0


def test_timezones_file_is_up_to_date():
    pytest.importorskip("dateparser")
    spec = importlib.util.spec_from_file_location("build_timezones", ROOT / "scripts" / "build_timezones.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (ROOT / "patterns" / "timezones.jsonl").read_text(encoding="utf-8") == module.build()
