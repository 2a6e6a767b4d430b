"""Reviewer names: the one rule for who may be written on a verdict, source or note.

A name is shown in the workbench, the shell, every report and a colleague's terminal, so
it must be visible text: not empty, no control or formatting characters (an escape
sequence, a bidi override), and short enough for a column. The CLI (--reviewer, the
environment, the OS user), the browser's name prompt and `factcheck import` all check
names here.
"""

from __future__ import annotations

from factcheck.errors import InvalidInputError

MAX_NAME = 40


def name_problem(value: object) -> str | None:
    """Why `value` cannot be a reviewer name, or None when it can (after stripping)."""
    if not isinstance(value, str):
        return "the reviewer name must be text"
    name = value.strip()
    if not name:
        return "the reviewer name is empty"
    if len(name) > MAX_NAME:
        return f"the reviewer name is longer than {MAX_NAME} characters"
    bad = next((ch for ch in name if not ch.isprintable()), None)
    if bad is not None:
        return (f"the reviewer name contains the control character U+{ord(bad):04X} "
                "(use letters, digits, spaces and punctuation)")
    return None


def check_name(value: object, where: str = "--reviewer") -> str:
    """The name, stripped; InvalidInputError ("<where>: <problem>") when it cannot be used."""
    problem = name_problem(value)
    if problem:
        raise InvalidInputError(f"{where}: {problem}")
    return value.strip()  # type: ignore[union-attr]
