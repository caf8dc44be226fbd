"""patrolx: facts from news about military activity.

>>> import patrolx
>>> facts = patrolx.extract("Russian bombers flew over the Sea of Japan.")
>>> [c.iso3 for c in facts.countries], [r.name for r in facts.regions]
(['RUS'], ['Sea of Japan'])
"""

from importlib.metadata import version as _version

from .api import Article, extract, extract_many
from .errors import InputError, PatrolxError, PatternFileError
from .records import Facts
from .serialize import facts_to_dict, to_json

__version__ = _version("patrolx")

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
