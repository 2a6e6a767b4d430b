"""The workbench's state is declared once (tui/state.py): the App and its action groups
assign no attributes of their own besides `state` and the two services."""

from __future__ import annotations

import ast
from pathlib import Path

import factcheck.tui

TUI = Path(factcheck.tui.__file__).parent
APP_AND_ACTION_GROUPS = ["app.py", "actions.py", "showing.py", "search_actions.py",
                         "verify_actions.py", "team_actions.py", "exporting.py"]
SERVICES = {"state", "store", "saver"}  # set once, in ReviewApp.__init__
TEXTUAL_OWN = {"theme"}  # the App's own reactive (the theme in use), not our state


def self_assignments(path: Path) -> list[str]:
    """`self.x = …` in the methods of the file's App / action-group classes (messages,
    which carry their own fields, excepted)."""
    found = []
    for cls in ast.walk(ast.parse(path.read_text())):
        if not isinstance(cls, ast.ClassDef) or any(
                getattr(b, "id", getattr(b, "attr", "")) == "Message" for b in cls.bases):
            continue
        for fn in cls.body:
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(fn):
                targets = (node.targets if isinstance(node, ast.Assign) else
                           [node.target] if isinstance(node, (ast.AnnAssign, ast.AugAssign))
                           else [])
                for target in targets:
                    for t in (target.elts if isinstance(target, ast.Tuple) else [target]):
                        if (isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)
                                and t.value.id == "self"):
                            found.append(f"{path.name}:{t.lineno} self.{t.attr}")
    return found


def test_no_action_group_keeps_attributes_of_its_own():
    allowed = {f"app.py self.{name}" for name in SERVICES | TEXTUAL_OWN}
    stray = [a for name in APP_AND_ACTION_GROUPS for a in self_assignments(TUI / name)
             if f"{a.split(':')[0]} {a.split(' ')[1]}" not in allowed]
    assert stray == []


def test_the_check_sees_a_stray_attribute(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("class Stray:\n    def act(self):\n        self.count, x = 1, 2\n")
    assert self_assignments(sample) == ["sample.py:3 self.count"]
