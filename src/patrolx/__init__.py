"""patrolx: facts from news about military activity.

>>> import patrolx
>>> facts = patrolx.extract("Russian bombers flew over the Sea of Japan.")
>>> [c.iso3 for c in facts.countries], [r.name for r in facts.regions]
(['RUS'], ['Sea of Japan'])
"""

from importlib import import_module
from typing import TYPE_CHECKING

from .errors import InputError, PatrolxError, PatternFileError
from .families import Facts
from .serialize import facts_to_dict, to_json

if TYPE_CHECKING:
    from .api import Article, extract, extract_many

# spaCy takes most of a second to import: load it when the API is first used,
# so that `patrolx --version` and `--help` stay instant.
_FROM_API = {"Article", "extract", "extract_many"}


def __getattr__(name: str):
    if name in _FROM_API:
        return getattr(import_module(".api", __name__), name)
    if name == "__version__":  # read from the installed metadata only when asked (importlib.metadata is slow to load)
        from importlib.metadata import version

        return version("patrolx")
    raise AttributeError(f"module 'patrolx' has no attribute {name!r}")


__all__ = [
    "Article",
    "Facts",
    "InputError",
    "PatrolxError",
    "PatternFileError",
    "__version__",
    "extract",
    "extract_many",
    "facts_to_dict",
    "to_json",
]
