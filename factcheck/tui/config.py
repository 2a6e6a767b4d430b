"""The workbench's own settings file: the theme and key overrides, kept between sessions.

    $XDG_CONFIG_HOME/factcheck/config.toml   (~/.config/factcheck/config.toml by default)

    theme = "nord"            # written when a theme is chosen in the palette (ctrl+p)

    [keymap]                  # binding id (as `?` lists the actions) = key(s)
    "set_status.verified" = "V"
    cursor_down = "j,down,ctrl+n"

Like posting's and harlequin's: a keymap names a binding by its id (the `factcheck.`
prefix may be left out) and gives Textual key names, comma-separated. The file is read
before the workbench starts, so a mistake is one `factcheck: error:` line naming the file;
choosing a theme rewrites only the `theme` line, keeping the rest of the file as written.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import InvalidInputError
from factcheck.tui.bindings import BINDINGS

APP_DIR = "factcheck"
FILE_NAME = "config.toml"
ID_PREFIX = "factcheck."
KEY_NAME = re.compile(r"^[A-Za-z0-9_+\-]+$")  # one Textual key name: ctrl+n, question_mark
THEME_LINE = re.compile(r"^theme\s*=.*$", re.MULTILINE)
FIRST_TABLE = re.compile(r"^\s*\[", re.MULTILINE)


@dataclass(frozen=True)
class WorkbenchConfig:
    """What the file says: a theme name (or None) and binding id → keys."""

    theme: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)


def config_path() -> Path:
    """The file, in the XDG config directory."""
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"),
                                                             ".config")
    return Path(base) / APP_DIR / FILE_NAME


def load_config(path: Path | None = None, themes: frozenset[str] | None = None
                ) -> WorkbenchConfig:
    """Read and check the file (none: the defaults). `themes`: the names allowed."""
    path = path or config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return WorkbenchConfig()
    except OSError as e:
        raise InvalidInputError(f"{path}: cannot read the settings file ({e.strerror})") from e
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise InvalidInputError(f"{path}: the settings file is not UTF-8 text") from e
    except tomllib.TOMLDecodeError as e:
        raise InvalidInputError(f"{path}: not a valid settings file: {e}") from e
    unknown = sorted(set(data) - {"theme", "keymap"})
    if unknown:
        raise InvalidInputError(f"{path}: unknown setting {unknown[0]!r} "
                                "(the file has theme and [keymap])")
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        raise InvalidInputError(f"{path}: theme must be a name in quotes, like \"nord\"")
    if theme is not None and themes is not None and theme not in themes:
        raise InvalidInputError(f"{path}: unknown theme {theme!r} (try textual-dark, "
                                "textual-light, nord, gruvbox…)")
    return WorkbenchConfig(theme, _keymap(path, data.get("keymap", {})))


def _keymap(path: Path, table: object) -> dict[str, str]:
    if not isinstance(table, dict):
        raise InvalidInputError(f"{path}: keymap must be a table: [keymap] then "
                                "action = \"key\" lines")
    known = {b.id for b in BINDINGS if b.id}
    out: dict[str, str] = {}
    for name, keys in table.items():
        binding_id = name if name.startswith(ID_PREFIX) else ID_PREFIX + name
        if binding_id not in known:
            raise InvalidInputError(f"{path}: [keymap] {name!r}: no such action (the "
                                    "actions are the binding ids, e.g. cursor_down, "
                                    "set_status.verified, undo)")
        if not isinstance(keys, str) or not all(
                KEY_NAME.match(k.strip()) for k in keys.split(",")):
            raise InvalidInputError(f"{path}: [keymap] {name!r}: give key names in quotes, "
                                    "comma-separated, like \"j,down\"")
        out[binding_id] = ",".join(k.strip() for k in keys.split(","))
    return out


def save_theme(theme: str, path: Path | None = None) -> Path:
    """Write `theme = "…"` into the file, keeping every other line (comments too).
    Written to a temporary file and renamed, so a crash leaves the old file whole."""
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    line = f"theme = {json.dumps(theme)}"  # a JSON string is a valid TOML basic string
    table = FIRST_TABLE.search(text)
    top, rest = (text[:table.start()], text[table.start():]) if table else (text, "")
    if THEME_LINE.search(top):
        top = THEME_LINE.sub(lambda _: line, top, count=1)
    else:
        top = line + "\n" + top
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".config-", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(top + rest)
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise
    return path
