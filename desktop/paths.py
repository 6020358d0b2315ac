"""Where things live: the default library and the bundled resources."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from . import APP_NAME


def _resources() -> Path:
    """Installed from a wheel the resources sit inside the package; in a checkout, beside it."""
    packaged = Path(__file__).resolve().parent / "resources"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "resources"


RESOURCES = _resources()
DEMO_CORPUS = RESOURCES / "demo"
ICONS = RESOURCES / "icons"


def data_dir() -> Path:
    """The platform's app-data folder: ~/.local/share/Glossa, ~/Library/Application Support/Glossa,
    %APPDATA%\\Glossa."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def default_library() -> Path:
    return data_dir() / "library.glossa"


def server_reports_dir(database: str) -> Path:
    """Where the import reports of a library on a server go (a library file keeps them beside it)."""
    return data_dir() / "server-reports" / database


def error_log_dir() -> Path:
    """Where the command line writes the details of an error that stopped it, for a bug report."""
    return data_dir() / "errors"
