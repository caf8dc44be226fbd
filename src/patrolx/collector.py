"""Python's cycle collector, paused where patrolx makes many objects that live on: the one place that switches it.

The collector walks every tracked object again and again as objects pile up. Starting up (importing spaCy,
building the pipeline) makes some 170,000 objects that live as long as the process, and a long text's records
pile up by the hundred thousand while it is processed; neither holds cycles worth collecting meanwhile.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_starting_up = False


def pause_for_startup() -> None:
    """Pause the collector until `end_startup` (worth some 20% of a cold start's CPU time)."""
    global _starting_up
    _starting_up = gc.isenabled()
    gc.disable()


def end_startup() -> None:
    """Set the objects made so far aside for good, so that the collections while articles are processed stay
    as cheap, and let the collector run again (if `pause_for_startup` paused it)."""
    global _starting_up
    if _starting_up:
        _starting_up = False
        gc.freeze()
        gc.enable()


def set_aside() -> None:
    """Set the objects made so far (the pipeline) aside for good: the collector would walk them again and again,
    and in forked workers would copy the memory pages holding them."""
    gc.freeze()


@contextmanager
def paused() -> Iterator[None]:
    """The collector paused meanwhile (a third of the time for a 5 MB text); the little cyclic garbage made meanwhile
    is collected once it runs again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
