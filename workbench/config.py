"""Where the database is, who the reviewer is, and the user's settings file.

Settings live in ``$XDG_CONFIG_HOME/workbench/config.toml`` (``~/.config/...``), or the
file named by ``WORKBENCH_CONFIG``::

    reviewer = "maria"
    advance_after_label = true

    [keymap]              # binding id = keys, as Textual's App.set_keymap takes them
    "label.attributed" = "1"
"""

from __future__ import annotations

import getpass
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DB = "workbench.db"


class ConfigError(ValueError):
    """The settings file is unreadable; the message names it."""


@dataclass(frozen=True)
class Settings:
    reviewer: str | None = None
    advance_after_label: bool = True
    keymap: dict[str, str] = field(default_factory=dict)


def database_target(option: str | None) -> str:
    """``--db``, else ``WORKBENCH_DB``, else ``./workbench.db``."""
    return option or os.environ.get("WORKBENCH_DB") or DEFAULT_DB


def config_path() -> Path:
    if os.environ.get("WORKBENCH_CONFIG"):
        return Path(os.environ["WORKBENCH_CONFIG"]).expanduser()
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "workbench" / "config.toml"


def load_settings(path: Path | None = None) -> Settings:
    path = path or config_path()
    if not path.exists():
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read settings ({exc})") from None
    keymap = data.get("keymap", {})
    if not isinstance(keymap, dict) or not all(isinstance(v, str) for v in keymap.values()):
        raise ConfigError(f"{path}: [keymap] must map binding ids to key strings")
    reviewer = data.get("reviewer")
    advance = data.get("advance_after_label", True)
    if reviewer is not None and not isinstance(reviewer, str):
        raise ConfigError(f"{path}: 'reviewer' must be text")
    if not isinstance(advance, bool):
        raise ConfigError(f"{path}: 'advance_after_label' must be true or false")
    return Settings(reviewer=reviewer, advance_after_label=advance, keymap=dict(keymap))


def reviewer_name(option: str | None, settings: Settings | None = None) -> str:
    """``--reviewer``, else ``WORKBENCH_REVIEWER``, else the settings file, else the OS user."""
    if option:
        return option
    if os.environ.get("WORKBENCH_REVIEWER"):
        return os.environ["WORKBENCH_REVIEWER"]
    if settings and settings.reviewer:
        return settings.reviewer
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
