"""Building the spaCy pipeline: a blank English tokenizer plus patrolx's components.

The components run in `COMPONENTS` order: each after the families whose spans it reads (declared as its
`requires` in `families.FAMILIES`; `nlp.analyze_pipes()` shows them).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.language import Language

from . import (
    extensions,  # noqa: F401  (declares the Doc/Span extensions)
    tokenizer,  # noqa: F401  (registers patrolx.Tokenizer.v1)
)
from .components import aircraft, boilerplate, countries, dates, durations, quotes, regions  # noqa: F401  (registers the factories)
from .errors import PatrolxError
from .families import BY_NAME, COMPONENTS, FAMILIES, pipeline_order
from .resources import check_pattern_dirs

# spaCy's English tokenizer, which remembers how it splits each chunk of text (see `tokenizer`).
BLANK_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "patrolx.Tokenizer.v1"}}}


def components_for(families: Iterable[str] | None = None) -> list[str]:
    """The components that find the facts of `families` (None: every family): theirs and those of the families
    they require, in pipeline order."""
    if families is None:
        return list(COMPONENTS)
    needed: set[str] = set()

    def add(name: str) -> None:
        if name not in needed:
            needed.add(name)
            for required in BY_NAME[name].requires:
                add(required)

    for name in families:
        add(name)
    # Two families found by one component (durations and frequencies) name it once.
    return list(
        dict.fromkeys(family.component for family in pipeline_order(tuple(f for f in FAMILIES if f.name in needed)))
    )


def build_pipeline(
    model: str | None = None, pattern_dirs: Iterable[str | Path] = (), families: Iterable[str] | None = None
) -> Language:
    """A pipeline with the patrolx components that find `families` (by default every family).

    `model` names an installed trained spaCy pipeline to build on; by default
    it is spaCy's blank English tokenizer, which needs no download (with its
    cache of chunk splits kept filled: `patrolx.tokenizer`).
    `pattern_dirs` are folders of user pattern files added on top of the
    shipped ones (a file there extends the shipped file of the same name).
    `families` names fact lists ("aircraft", "regions"): only their components
    and those they read run.
    """
    nlp = _load_model(model) if model else spacy.blank("en", config=BLANK_CONFIG)
    if not model:
        # spaCy refuses texts over 1M characters to spare a parser's memory; rule components need no such limit.
        nlp.max_length = 100_000_000
    dirs = [str(d) for d in pattern_dirs]
    check_pattern_dirs(dirs)
    for name in components_for(families):
        nlp.add_pipe(name, config={"pattern_dirs": dirs})
    return nlp


def _load_model(name: str) -> Language:
    try:
        return spacy.load(name)
    except OSError as error:
        raise PatrolxError(
            f"model {name!r}: not an installed spaCy pipeline nor a pipeline folder; install it "
            f"(pip install, or python -m spacy download {name}) or leave --model out to use patrolx's own rules"
        ) from error
