from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest
from PySide6.QtCore import QLocale

from desktop.ingest.importer import import_paths
from desktop.store import summaries
from desktop.store.db import Library
from desktop.ui import i18n
from tests.postgres import Server, start_server

# Tests read English texts, dates and numbers whatever the machine's locale: "5 Jan 2023, 14:30", "12,345".
QLocale.setDefault(i18n.c_locale())

SEEDS = Path(__file__).resolve().parent.parent / "resources" / "demo"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def library(tmp_path: Path):
    """A real library file in a temp folder (`:memory:` is per connection, and connections are per thread)."""
    lib = Library.open(tmp_path / "test.glossa")
    yield lib
    if not lib.db.is_closed() and not lib.read_only:
        # Whatever the test wrote, the list's thread figures still agree with the comments.
        assert summaries.stale(lib.db) == [], "article figures out of date (desktop/store/summaries.py)"
    lib.close()


@pytest.fixture
def seeded(library: Library) -> Library:
    """The library with the demo corpus imported."""
    import_paths(library, [SEEDS])
    return library


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """Where a library file goes, nothing there yet: for commands that open it themselves."""
    return tmp_path / "library.glossa"


@pytest.fixture
def seeded_path(library_path: Path) -> Path:
    """A library file holding the demo corpus, closed: for commands that open it themselves."""
    library = Library.open(library_path)
    try:
        import_paths(library, [SEEDS])
    finally:
        library.close()
    return library_path


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Server]:
    """A throwaway PostgreSQL server for the session (tests/postgres.py). Without one the tests
    that need it are skipped, saying why; on CI (CI=true) they fail instead."""
    server, reason = start_server()
    if server is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI needs PostgreSQL: {reason}", pytrace=False)
        pytest.skip(reason)
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server: Server) -> Iterator[str]:
    """The connection string of a fresh, empty database of its own."""
    name = postgres_server.new_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest) -> str:
    """Each engine a library can live on: a test that takes it runs on both."""
    return str(request.param)


@pytest.fixture
def engine_library(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Library]:
    """A new library on `engine`: a file, or a fresh database on the test server."""
    location = str(tmp_path / "test.glossa") if engine == "sqlite" else request.getfixturevalue("postgres_url")
    lib = Library.open(location)
    yield lib
    if not lib.db.is_closed():
        assert summaries.stale(lib.db) == [], "article figures out of date (desktop/store/summaries.py)"
    lib.close()


@pytest.fixture(autouse=True)
def _english_ui(request: pytest.FixtureRequest) -> None:
    """Widget tests run with the app's English catalogue, which holds the plural forms ("1 reply",
    "2 replies"); a test that switches language switches back (tests/ui/test_i18n.py)."""
    if {"qapp", "qtbot", "qtmodeltester"} & set(request.fixturenames):
        request.getfixturevalue("qapp")
        if not i18n.installed_language():
            i18n.install_translations("en")


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep QSettings and the default library out of the user's real folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
