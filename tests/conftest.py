from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import patrolx
from patrolx.api import get_pipeline
from patrolx.extensions import SPAN_KEYS

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


@pytest.fixture
def quotes(nlp):
    """The quote records the full pipeline finds in a text."""

    def run(text: str):
        doc = nlp(text)
        return [span._.patrolx_fact for span in doc.spans[SPAN_KEYS["quotes"]]]

    return run


def only(found):
    """The one quote found (fails naming what was found otherwise)."""
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def assert_parts_and_speaker(text, quote):
    """A quote's text is its parts joined, and its speaker's text is the article's slice."""
    assert quote.text == " ".join(text[start:end] for start, end in quote.parts)
    assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text


def blank_with(*components: str):
    nlp = spacy.blank("en")
    for name in components:
        nlp.add_pipe(name)
    return nlp


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from current output")
