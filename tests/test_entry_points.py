"""Installed entry points: the console script, `python -m patrolx`, spaCy's factory registry."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import SAMPLES


def test_module_entry_point_runs_extract():
    result = subprocess.run(
        [sys.executable, "-m", "patrolx", "extract", str(SAMPLES / "taiwan-adiz.txt")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "TWN" in {c["iso3"] for c in json.loads(result.stdout)["countries"]}


def test_spacy_finds_the_factories_without_importing_patrolx():
    code = (
        "import spacy, sys\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('patrolx_regions'); nlp.add_pipe('patrolx_countries')\n"
        "doc = nlp('Chinese bombers crossed the East China Sea.')\n"
        "print([s.id_ for s in doc.spans['patrolx_countries']], [s.id_ for s in doc.spans['patrolx_regions']])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "['CHN'] ['East China Sea']"
