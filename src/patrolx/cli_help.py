"""`--help` as a person would write it.

typer writes a type beside every value (`<bool>` beside a flag, `<list[str]>` beside FILE..., `{files}...` in the
usage line). patrolx's options carry metavars that say what to give (FILE, N, FAMILIES); these classes keep the
rest from adding typer's own placeholders: a flag shows no value, an argument shows its metavar alone.
`App` is a `typer.Typer` whose commands and sub-commands all use them.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption


class _Argument(TyperArgument):
    """An argument shown by its metavar alone: FILE... in the usage line, no type column."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def get_usage_pieces(self, ctx: Any) -> list[str]:
        name = self.metavar or self.name.upper() + ("..." if self.nargs != 1 else "")
        return [name if self.required else f"[{name}]"]


def _plain(params: list) -> list:
    for param in params:
        if isinstance(param, TyperOption) and param.is_flag and param.metavar is None:
            param.metavar = ""  # a flag takes no value: no `<bool>`
        elif isinstance(param, TyperArgument) and not isinstance(param, _Argument):
            param.__class__ = _Argument
    return params


class HelpCommand(TyperCommand):
    def get_params(self, ctx: Any) -> list:
        return _plain(super().get_params(ctx))


class HelpGroup(TyperGroup):
    def get_params(self, ctx: Any) -> list:
        return _plain(super().get_params(ctx))


class App(typer.Typer):
    """A typer app whose help reads plainly, for every command added to it."""

    def __init__(self, **options: Any) -> None:
        super().__init__(cls=HelpGroup, **options)

    def command(self, *args: Any, cls: type[TyperCommand] = HelpCommand, **options: Any):
        return super().command(*args, cls=cls, **options)
