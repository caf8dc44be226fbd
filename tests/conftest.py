from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import patrolx
from patrolx.api import get_pipeline

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"


@pytest.fixture(scope="session")
def nlp():
    """The full default pipeline, shared across tests."""
    return get_pipeline()


@pytest.fixture(scope="session")
def extract():
    return patrolx.extract


def blank_with(*components: str):
    nlp = spacy.blank("en")
    for name in components:
        nlp.add_pipe(name)
    return nlp


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from current output")
