"""The workbench's settings file ($XDG_CONFIG_HOME/factcheck/config.toml): a theme chosen
in the palette is kept for next time, [keymap] rebinds keys (footer, help and keys agree),
and a bad file is one `factcheck: error:` line naming it, before the workbench starts."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from tui_support import build_db, press, screen_text, settle, verdicts, workbench

from factcheck.cli import cli
from factcheck.tui.app import ReviewApp
from factcheck.tui.config import config_path, load_config, save_theme


@pytest.fixture
def db(tmp_path):
    return build_db(tmp_path / "config.db")


@pytest.fixture
def settings(private_config_dir):
    path = private_config_dir / "factcheck" / "config.toml"
    path.parent.mkdir(parents=True)
    return path


def test_the_file_lives_in_the_xdg_config_dir(private_config_dir):
    assert config_path() == private_config_dir / "factcheck" / "config.toml"
    assert load_config() == load_config(config_path())  # no file: the defaults
    assert load_config().theme is None and load_config().keymap == {}


async def test_a_theme_chosen_in_the_palette_is_kept_and_used_next_time(db, settings):
    settings.write_text('# my desk\n\n[keymap]\nundo = "ctrl+z"\n')
    app = workbench(db, config_file=settings)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "ctrl+p")
        for ch in "theme":
            await pilot.press(ch)
        await press(pilot, "enter")  # "Change theme": the theme list
        for ch in "nord":
            await pilot.press(ch)
        await press(pilot, "enter")
        assert app.theme == "nord"
    text = settings.read_text()
    assert text.startswith('theme = "nord"\n# my desk')  # the rest kept as written
    assert load_config(settings).keymap == {"factcheck.undo": "ctrl+z"}
    seen = {}

    def fake_run(self, *args, **kwargs):
        seen.update(theme=self.state.theme, keymap=self.state.keymap)
        self.store.close()

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ReviewApp, "run", fake_run)
        result = CliRunner().invoke(cli, ["review", "--db", str(db), "--reviewer", "bob"])
    assert result.exit_code == 0, result.output
    assert seen == {"theme": "nord", "keymap": {"factcheck.undo": "ctrl+z"}}


async def test_a_keymap_rebinds_a_key_everywhere(db, settings):
    app = workbench(db, keymap={"factcheck.set_status.verified": "V",
                                "factcheck.undo": "ctrl+z"})
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await press(pilot, "v")
        assert verdicts(db)[1] == "pending"  # v no longer decides
        await press(pilot, "V")
        assert verdicts(db)[1] == "verified"
        await press(pilot, "ctrl+z")
        assert verdicts(db)[1] == "pending"
        bottom = screen_text(app).splitlines()[-1]
        assert "Vdup verdict" in bottom and "^z" in bottom.replace("ctrl+z", "^z")


def test_save_theme_replaces_only_the_theme_line(settings):
    settings.write_text('theme = "gruvbox"  # old\n# note\n[keymap]\ntheme_like = "x"\n')
    save_theme("nord", settings)
    assert settings.read_text() == 'theme = "nord"\n# note\n[keymap]\ntheme_like = "x"\n'


@pytest.mark.parametrize("content, said", [
    ("theme = [", "not a valid settings file"),
    ("theme = 3", "theme must be a name in quotes"),
    ('theme = "neon"', "unknown theme 'neon'"),
    ('colour = "red"', "unknown setting 'colour'"),
    ('keymap = "j"', "keymap must be a table"),
    ('[keymap]\nfly = "f"', "[keymap] 'fly': no such action"),
    ('[keymap]\nundo = 3', "[keymap] 'undo': give key names in quotes"),
    ('[keymap]\nundo = "[@click=app.quit]"', "[keymap] 'undo': give key names in quotes"),
])
def test_a_bad_settings_file_is_one_error_line_naming_it(db, settings, content, said):
    settings.write_text(content)
    result = CliRunner().invoke(cli, ["review", "--db", str(db), "--reviewer", "alice"])
    assert result.exit_code == 1
    assert result.output.startswith(f"factcheck: error: {settings}: ")
    assert said in result.output
    assert result.output.count("\n") == 1
