"""Where kickoff keeps its files; KICKOFF_HOME replaces the root (tests, USB sticks)."""

from __future__ import annotations

import os
from pathlib import Path

ENV_HOME = "KICKOFF_HOME"
ENV_CONFIG = "KICKOFF_CONFIG"


def data_root() -> Path:
    override = os.environ.get(ENV_HOME)
    if override:
        return Path(override).expanduser()
    import platformdirs  # imported here: most commands never need it

    return Path(platformdirs.user_data_dir("kickoff-tui", appauthor=False))


def sessions_dir(create: bool = False) -> Path:
    folder = data_root() / "sessions"
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def logs_dir(create: bool = False) -> Path:
    folder = data_root() / "logs"
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def minutes_fallback_dir(create: bool = False) -> Path:
    """Where minutes go when the current directory is not writable."""
    folder = data_root() / "minutes"
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def config_root() -> Path:
    """The user's settings folder (their own question bank lives here); KICKOFF_HOME when set."""
    override = os.environ.get(ENV_HOME)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("kickoff-tui", appauthor=False))


def config_file() -> Path:
    """The settings file (settings.py reads it): KICKOFF_CONFIG, else config.toml in config_root."""
    override = os.environ.get(ENV_CONFIG)
    if override:
        return Path(override).expanduser()
    return config_root() / "config.toml"


def user_questions_file() -> Path:
    """The user's own question bank, added to the bundled one when it exists."""
    return config_root() / "questions.yaml"


def bundled_questions_file() -> Path:
    """The bundled question bank: inside the installed wheel, or `questions/` in a checkout."""
    package = Path(__file__).resolve().parent
    installed = package / "questions"
    folder = installed if installed.is_dir() else package.parent / "questions"
    return folder / "lifecycle.yaml"


def bundled_agendas_dir() -> Path:
    """The bundled templates: inside the installed wheel, or `agendas/` in a checkout."""
    package = Path(__file__).resolve().parent
    installed = package / "agendas"
    return installed if installed.is_dir() else package.parent / "agendas"
