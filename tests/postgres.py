"""A throwaway PostgreSQL server for the tests: initdb into a temp folder, started on a Unix
socket in that folder and a free loopback port, fsync off (nothing in it needs to survive), and
stopped when the session ends. Each test that asks gets a database of its own.

initdb and postgres refuse to run as root (CI runs as root): then they run as the `postgres`
system user, in a folder it owns. Found by `start_server()`; None with the reason when this
machine has no PostgreSQL."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

SUPERUSER = "postgres"  # the role initdb makes; trusted on the socket and on loopback only


@dataclass
class Server:
    folder: Path
    port: int
    as_user: list[str]  # the command prefix that runs a program as the server's owner ([] or runuser)
    bin: Path
    _names: Iterator[int] = field(default_factory=count)

    def url(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """One statement on the maintenance database, through psql on the socket."""
        self._run("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", str(self.folder), "-p", str(self.port),
                  "-U", SUPERUSER, "-d", "postgres", "-c", sql)

    def run_sql(self, database: str, sql: str) -> None:
        """Statements on one database as the superuser (grants, roles' rights)."""
        self._run("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", str(self.folder), "-p", str(self.port),
                  "-U", SUPERUSER, "-d", database, "-c", sql)

    def new_database(self) -> str:
        """A fresh, empty database (CREATE DATABASE copies template1: a few ms with fsync off)."""
        name = f"glossa_test_{next(self._names)}"
        self.admin(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, program: str, *args: str) -> None:
        subprocess.run([*self.as_user, str(self.bin / program), *args], check=True, capture_output=True,
                       text=True, timeout=60, cwd=self.folder)


def _bin_folder() -> Path | None:
    """Where initdb and pg_ctl are: Debian keeps them in /usr/lib/postgresql/N/bin, off the PATH."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True)
    found = shutil.which("pg_ctl")
    if found:
        candidates.insert(0, str(Path(found).resolve().parent))
    for folder in candidates:
        if all((Path(folder) / program).is_file() for program in ("initdb", "pg_ctl", "postgres", "psql")):
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server() -> tuple[Server | None, str]:
    """A running server, or None and why not."""
    bin_folder = _bin_folder()
    if bin_folder is None:
        return None, "PostgreSQL's initdb and pg_ctl are not installed (Debian: apt-get install postgresql)"
    folder = Path(tempfile.mkdtemp(prefix="glossa-pg-"))  # short: a socket path has ~100 bytes
    as_user: list[str] = []
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        try:
            import pwd

            owner = pwd.getpwnam(SUPERUSER)
        except KeyError:
            return None, "running as root and there is no `postgres` system user to run the server as"
        if runuser is None:
            return None, "running as root and there is no runuser to run the server as `postgres`"
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        as_user = [runuser, "-u", SUPERUSER, "--"]
    server = Server(folder, _free_port(), as_user, bin_folder)
    options = (f"-k {folder} -p {server.port} -c listen_addresses=127.0.0.1 -c fsync=off"
               " -c full_page_writes=off -c synchronous_commit=off -c max_connections=50")
    try:
        server._run("initdb", "-D", str(folder / "data"), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8",
                    "--locale=C.UTF-8", "--no-sync")
        server._run("pg_ctl", "-D", str(folder / "data"), "-l", str(folder / "server.log"), "-o", options,
                    "-w", "-t", "60", "start")
    except (subprocess.SubprocessError, OSError) as error:
        detail = getattr(error, "stderr", "") or str(error)
        log = folder / "server.log"
        with contextlib.suppress(OSError):
            detail += log.read_text(errors="replace")[-2000:]
        server.stop()
        return None, f"PostgreSQL could not be started: {' '.join(detail.split())[:1500]}"
    return server, ""
