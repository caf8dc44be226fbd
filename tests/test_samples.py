"""Golden files: each article in samples/ against its expected output in tests/golden/.

After an intended change, regenerate with `python -m pytest tests/test_samples.py --update-golden`
and review the diff.
"""

from __future__ import annotations

import json

import pytest

import patrolx

from .conftest import ROOT, SAMPLES

GOLDEN = ROOT / "tests" / "golden"
REFERENCE_DATE = "2022-05-25"


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_sample_matches_golden(sample, request):
    text = sample.read_text(encoding="utf-8")
    got = patrolx.facts_to_dict(patrolx.extract(text, reference_date=REFERENCE_DATE, source=f"samples/{sample.name}"))
    golden = GOLDEN / f"{sample.stem}.json"
    if request.config.getoption("--update-golden"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert golden.exists(), f"no golden file for {sample.name}; run with --update-golden"
    assert got == json.loads(golden.read_text(encoding="utf-8"))
