"""Exceptions the library raises; the CLI turns each into one line on stderr."""

from __future__ import annotations


class PatrolxError(Exception):
    """Base class for every error patrolx reports to its user."""


class InputError(PatrolxError):
    """An article could not be read: missing, a directory, binary or empty."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class PatternFileError(PatrolxError):
    """A pattern file has a bad line; the message names file, line and fix."""

    def __init__(self, path: str, line: int, problem: str) -> None:
        super().__init__(f"{path}:{line}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem
