"""Backups of a library, always through SQLite's online backup API (a file copy of a WAL database
misses whatever is still in the -wal file). No Qt; safe on a worker thread: every function opens
its own SQLite connections and never touches the app's.

Backups live in a folder beside the library, `<library file name>.backups/`, one file per backup
named after its local date and time: `library-2024-07-08_14-03-59.glossa.zst`. Each new backup is
written under a hidden temporary name, then opened and checked (quick_check, schema version, and
its article, comment and note counts against the library's at the moment of the copy),
compressed, the compressed file read back and compared, and only then renamed into place; a
crash at any moment leaves the earlier backups as they were.

A backup is the library file compressed with zstd (a third of its size; `zstd -d` gives the
plain file back), after one zstd skippable frame that holds its counts as JSON, so listing the
backups reads a few bytes of each. The frame carries a checksum of the content. Backups made
before compression (`.glossa`) are listed and restored as before.

Rotation keeps the newest `keep` ordinary backups, and of those only as many as fit, together, in
`cap` times the size of the library (the newest always stays); it runs only after a verified
backup of a library that is not empty (a damaged library cannot be backed up: its copy fails the
check). Copies kept aside before a restore (`...-before-restore.glossa.zst`) are never rotated out.

    backup_now(library)           a verified backup, now
    maybe_daily_backup(library)   the same, unless one was made today (the app calls it on open)
    list_backups(library_path)    newest first: date, size, articles, notes
    newest_good_backup(path)      the newest backup that passes quick_check
    restore(library_path, backup) keep the current file aside, then copy the backup into it
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import struct
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import zstandard

from desktop.texts import PLURAL, QT_TRANSLATE_NOOP, joined

from . import migrations
from .check import explain_write_error
from .db import Library, lenient_text
from .errors import StoreError

KEEP = 10
CAP = 2.0  # ordinary backups together take at most this many times the library's size
COMPRESSED = ".zst"
_LEVEL = 3  # zstd: 1.0 s for a 177 MB library, 54 MB; level 6 saved 3 MB more in 2.4 s
_SKIPPABLE = 0x184D2A50  # the first of zstd's skippable-frame magic numbers
_MAX_META = 64 * 1024
_CHUNK = 1 << 20
_STAMP = "%Y-%m-%d_%H-%M-%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d)(?P<kind>-before-restore)?(?:-(?P<seq>\d+))?$"
)
_STALE_PARTIAL = 24 * 3600  # seconds: a temporary file this old belongs to a killed backup
# A damaged file can make Python's sqlite3 raise UnicodeDecodeError (an error message quoting a
# broken schema) where SQLite reported an error.
_SQLITE_ERRORS = (sqlite3.Error, UnicodeDecodeError)


class BackupError(StoreError):
    """A backup or restore that could not be made, with a message fit for the user (a Text:
    English, translated where the window shows it)."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    kind: str  # "backup", "before restore" or "before upgrade"
    size: int  # bytes
    articles: int | None  # None when the file cannot be read
    notes: int | None
    schema_version: int | None
    error: str | None = None  # why it cannot be read (then it cannot be restored): a Text

    @property
    def usable(self) -> bool:
        return self.error is None


def backup_folder(library_path: str | Path) -> Path:
    path = Path(library_path).expanduser().resolve()
    return path.with_name(path.name + ".backups")


def _library_path(library: Library | str | Path) -> Path:
    return library.path if isinstance(library, Library) else Path(library).expanduser().resolve()


def _read_only_uri(path: Path) -> str:
    """Backups are never written after they are made: immutable=1 reads them without locks or
    -shm files (their header says WAL, copied from the library)."""
    return f"{path.as_uri()}?immutable=1"


def _counts(connection: sqlite3.Connection) -> tuple[int, int, int]:
    """Articles, comments and non-empty notes (a v1 library has no note table)."""
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    articles = connection.execute("SELECT COUNT(*) FROM article").fetchone()[0]
    comments = connection.execute("SELECT COUNT(*) FROM comment").fetchone()[0]
    notes = connection.execute("SELECT COUNT(*) FROM note WHERE body <> ''").fetchone()[0] if "note" in tables else 0
    return int(articles), int(comments), int(notes)


def _inspect(path: Path, full: bool) -> BackupInfo:
    """Open a backup read-only: counts, schema version, and with `full` its quick_check (of a
    compressed backup: its counts from its header, and with `full` the whole file expanded)."""
    created, kind = _created_and_kind(path)
    try:
        size = path.stat().st_size
        if is_compressed(path):
            header = _header(path)
            if not full:
                return _judged(BackupInfo(path, created, kind, size, header["articles"], header["notes"],
                                          header["schema_version"]))
            with expanded(path) as plain:
                info = _inspect_database(plain, BackupInfo(path, created, kind, size, None, None, None), full)
            if info.usable and (info.articles, info.notes, info.schema_version) != (
                    header["articles"], header["notes"], header["schema_version"]):
                return BackupInfo(path, created, kind, size, None, None, None,
                                  _damaged("its contents differ from its header"))
            return info
    except OSError as error:
        reason = QT_TRANSLATE_NOOP("Backup", "cannot read it: {reason}").format(reason=error.strerror or str(error))
        return BackupInfo(path, created, kind, 0, None, None, None, reason)
    except (zstandard.ZstdError, _NotABackup) as error:
        return BackupInfo(path, created, kind, size, None, None, None, _damaged(str(error)))
    return _inspect_database(path, BackupInfo(path, created, kind, size, None, None, None), full)


def _inspect_database(path: Path, info: BackupInfo, full: bool) -> BackupInfo:
    """`info` with what the SQLite file at `path` holds."""
    try:
        connection = sqlite3.connect(_read_only_uri(path), uri=True)
        connection.text_factory = lenient_text
    except _SQLITE_ERRORS as error:
        reason = QT_TRANSLATE_NOOP("Backup", "SQLite cannot open it: {error}").format(error=str(error))
        return replace(info, error=reason)
    try:
        if full:
            problems = [str(row[0]) for row in connection.execute("PRAGMA quick_check(5)")]
            if problems != ["ok"]:
                return replace(info, error=_damaged("; ".join(problems)))
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        articles, _comments, notes = _counts(connection)
    except _SQLITE_ERRORS as error:
        return replace(info, error=_damaged(str(error)))
    finally:
        connection.close()
    return _judged(replace(info, articles=articles, notes=notes, schema_version=version))


def _judged(info: BackupInfo) -> BackupInfo:
    """`info`, refused when its schema is not one this Glossa can open."""
    version = info.schema_version or 0
    if version > migrations.SCHEMA_VERSION:
        return replace(info, error=QT_TRANSLATE_NOOP("Backup", "made by a newer Glossa"))
    if version < 1:
        return replace(info, error=QT_TRANSLATE_NOOP("Backup", "not a Glossa library"))
    return info


class _NotABackup(Exception):
    """A compressed file without the header Glossa writes (its text is SQLite-style English)."""


def _header(path: Path) -> dict[str, Any]:
    """The counts a compressed backup carries in its first, skippable, frame."""
    with path.open("rb") as handle:
        return _read_header(handle)


def _read_header(handle: Any) -> dict[str, Any]:
    head = handle.read(8)
    if len(head) < 8:
        raise _NotABackup("file is too short")
    magic, length = struct.unpack("<II", head)
    if magic != _SKIPPABLE or length > _MAX_META:
        raise _NotABackup("not a Glossa backup")
    try:
        header = json.loads(handle.read(length))
        fields = {key: header[key] for key in ("articles", "comments", "notes", "schema_version", "size")}
    except (ValueError, KeyError, TypeError) as error:
        raise _NotABackup("its header cannot be read") from error
    if not all(isinstance(value, int) for value in fields.values()):
        raise _NotABackup("its header cannot be read")
    return fields


@contextlib.contextmanager
def expanded(path: Path) -> Iterator[Path]:
    """The plain library file of a compressed backup, in a hidden temporary file beside it (or in
    the system's temporary folder when its folder is read-only), removed afterwards. Raises
    zstandard.ZstdError or _NotABackup when the file is damaged, OSError when it cannot be read."""
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    except OSError:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial")
    os.close(handle)
    plain = Path(temporary)
    try:
        with path.open("rb") as source, plain.open("wb") as out:
            header = _read_header(source)
            zstandard.ZstdDecompressor().copy_stream(source, out, read_size=_CHUNK, write_size=_CHUNK)
        if plain.stat().st_size != header["size"]:
            raise _NotABackup("the file is cut short")
        yield plain
    finally:
        plain.unlink(missing_ok=True)


def _damaged(problem: str) -> str:
    """Why a backup cannot be used: what SQLite said of it (in SQLite's English)."""
    return QT_TRANSLATE_NOOP("Backup", "damaged: {problem}").format(problem=problem)


def _plain(path: Path) -> Path:
    """The name the backup has uncompressed: `x.glossa.zst` -> `x.glossa`."""
    return path.with_name(path.name.removesuffix(COMPRESSED))


def is_compressed(path: Path) -> bool:
    return path.name.endswith(COMPRESSED)


def _created_and_kind(path: Path) -> tuple[datetime, str]:
    if path.suffix == ".bak" and ".before-v" in path.name:
        return datetime.fromtimestamp(path.stat().st_mtime if path.exists() else 0), "before upgrade"
    match = _NAME.match(_plain(path).stem)
    if match:
        try:
            created = datetime.strptime(match["stamp"], _STAMP)
        except ValueError:
            created = datetime.fromtimestamp(path.stat().st_mtime if path.exists() else 0)
        return created, "before restore" if match["kind"] else "backup"
    return datetime.fromtimestamp(path.stat().st_mtime if path.exists() else 0), "backup"


def verify_backup(path: str | Path) -> BackupInfo:
    """Open the backup (expanded, when it is compressed) and run quick_check. Raises BackupError
    when it cannot be restored."""
    info = _inspect(Path(path), full=True)
    if info.error:
        raise BackupError(QT_TRANSLATE_NOOP("Backup", "The backup {name} cannot be used: {reason}.").format(
            name=info.path.name, reason=info.error))
    return info


def list_backups(library_path: str | Path) -> list[BackupInfo]:
    """Every backup of this library, newest first: the backups folder, and the copies Glossa made
    beside the library before schema upgrades. Counts are read; quick_check is not run (that is
    `verify_backup`, done when each backup is made and again before a restore)."""
    library_path = Path(library_path).expanduser().resolve()
    found: list[Path] = []
    folder = backup_folder(library_path)
    if folder.is_dir():
        found.extend(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
                     and _plain(p).suffix == library_path.suffix)
    if library_path.parent.is_dir():
        found.extend(library_path.parent.glob(f"{_glob_escape(library_path.stem)}.before-v*{library_path.suffix}.bak"))
    infos = [_inspect(p, full=False) for p in found]
    return sorted(infos, key=lambda info: (info.created, _sequence(info.path)), reverse=True)


def _sequence(path: Path) -> int:
    """Backups made within one second are numbered -2, -3...: the order they were made in."""
    match = _NAME.match(_plain(path).stem)
    return int(match["seq"]) if match and match["seq"] else 1


def _glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def newest_good_backup(library_path: str | Path) -> BackupInfo | None:
    """The newest backup that opens and passes quick_check: what the app offers for a damaged library."""
    for info in list_backups(library_path):
        if info.usable:
            try:
                return verify_backup(info.path)
            except BackupError:
                continue
    return None


def _unique_target(folder: Path, stem: str, suffix: str, when: datetime, kind: str) -> Path:
    base = f"{stem}-{when.strftime(_STAMP)}{'-before-restore' if kind == 'before restore' else ''}"
    target = folder / f"{base}{suffix}"
    number = 2
    while target.exists():
        target = folder / f"{base}-{number}{suffix}"
        number += 1
    return target


def _remove_stale_partials(folder: Path) -> None:
    now = time.time()
    for partial in folder.glob(".*.partial*"):
        try:
            if now - partial.stat().st_mtime > _STALE_PARTIAL:
                partial.unlink()
        except OSError:
            pass


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _source(path: Path) -> sqlite3.Connection:
    """A read-only connection to the live library: a backup never writes to it."""
    if not path.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("Backup", "There is no library at {path}.").format(path=str(path)))
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=10, isolation_level=None)
    connection.text_factory = lenient_text
    connection.execute("PRAGMA busy_timeout = 10000")
    return connection


def _copy(source: sqlite3.Connection, folder: Path, target: Path) -> tuple[int, int, int]:
    """The backup API into a hidden temporary file, checked, compressed when `target` says so,
    then renamed to target. Returns the counts the library had at the moment of the copy."""
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.stem}.", suffix=".partial")
    os.close(handle)
    partial = Path(temporary)
    packed = partial.with_name(partial.name + COMPRESSED)
    try:
        source.execute("BEGIN")  # one read snapshot for the counts and the copy
        try:
            expected = _counts(source)
            version = int(source.execute("PRAGMA user_version").fetchone()[0])
            destination = sqlite3.connect(str(partial))
            try:
                source.backup(destination)
                _plain_file(destination)
            finally:
                destination.close()
        finally:
            source.execute("COMMIT")
        _check_copy(partial, expected, version)
        if is_compressed(target):
            _compress(partial, packed, expected, version)
            os.replace(packed, target)
            partial.unlink()
        else:
            os.replace(partial, target)
        _fsync_folder(folder)
    except BaseException:
        for leftover in (partial, packed, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return expected


def _compress(plain: Path, packed: Path, counts: tuple[int, int, int], version: int) -> None:
    """`plain` compressed into `packed` after the header of counts, synced to disk, then read back
    and compared, so a backup is never kept that would not expand to the verified copy."""
    size = plain.stat().st_size
    articles, comments, notes = counts
    header = json.dumps({"glossa": "backup", "articles": articles, "comments": comments, "notes": notes,
                         "schema_version": version, "size": size}).encode()
    written = hashlib.sha256()
    with plain.open("rb") as source, packed.open("wb") as out:
        out.write(struct.pack("<II", _SKIPPABLE, len(header)) + header)
        compressor = zstandard.ZstdCompressor(level=_LEVEL, write_checksum=True)
        with compressor.stream_writer(out, size=size, closefd=False) as writer:
            while chunk := source.read(_CHUNK):
                written.update(chunk)
                writer.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    with expanded(packed) as check:
        read_back = _sha256(check)
    if read_back != written.hexdigest():
        raise BackupError(QT_TRANSLATE_NOOP(
            "Backup", "The compressed backup does not read back as written. Older backups were kept."))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _plain_file(destination: sqlite3.Connection) -> None:
    """A backup is one self-contained file: rollback-journal mode (the copy says WAL, like its
    library), so reading it, anywhere, needs no -wal or -shm beside it."""
    destination.execute("PRAGMA journal_mode = DELETE")


def _check_copy(partial: Path, expected: tuple[int, int, int], version: int) -> None:
    connection = sqlite3.connect(_read_only_uri(partial), uri=True)
    connection.text_factory = lenient_text
    try:
        problems = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise BackupError(QT_TRANSLATE_NOOP(
                "Backup", "The library looks damaged: its backup fails SQLite's quick_check ({problems}). Older "
                "backups were kept.").format(problems="; ".join(str(p) for p in problems)))
        copied_version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        copied = _counts(connection)
    except _SQLITE_ERRORS as error:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Backup", "The library looks damaged: its backup cannot be read ({error}). Older backups were kept."
        ).format(error=str(error))) from error
    finally:
        connection.close()
    if copied != expected or copied_version != version:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Backup", "The backup does not match the library: the copy holds {copied}, the library {expected}. "
            "Older backups were kept.").format(copied=_contents(*copied, copied_version),
                                               expected=_contents(*expected, version)))


def _contents(articles: int, comments: int, notes: int, version: int) -> str:
    """ "2 articles, 8 comments, 1 note, schema version 3": what _check_copy compares."""
    return joined(
        ", ",
        QT_TRANSLATE_NOOP("Backup", "%Ln article(s)", None, PLURAL, articles),
        QT_TRANSLATE_NOOP("Backup", "%Ln comment(s)", None, PLURAL, comments),
        QT_TRANSLATE_NOOP("Backup", "%Ln note(s)", None, PLURAL, notes),
        QT_TRANSLATE_NOOP("Backup", "schema version {version}").format(version=version),
    )


def backup_now(library: Library | str | Path, keep: int = KEEP, now: datetime | None = None,
               cap: float = CAP) -> BackupInfo:
    """Back the library up now; verified, then the oldest ordinary backups beyond `keep`, or
    beyond `cap` times the library's size, are removed (not when the library is empty). Raises
    BackupError with the reason."""
    path = _library_path(library)
    folder = backup_folder(path)
    try:
        folder.mkdir(exist_ok=True)
        _remove_stale_partials(folder)
        when = (now or datetime.now()).replace(microsecond=0)
        target = _unique_target(folder, path.stem, path.suffix + COMPRESSED, when, "backup")
        source = _source(path)
        try:
            articles, _comments, notes = _copy(source, folder, target)
        finally:
            source.close()
    except BackupError:
        raise
    except (OSError, *_SQLITE_ERRORS) as error:
        raise BackupError(QT_TRANSLATE_NOOP("Backup", "Glossa could not back up the library into {folder}: {reason}")
                          .format(folder=str(folder), reason=_reason(error))) from error
    if articles or notes:
        _rotate(path, keep, cap)
    return _inspect(target, full=False)


def _reason(error: BaseException) -> str:
    return explain_write_error(error)


def _rotate(library_path: Path, keep: int, cap: float) -> None:
    ordinary = [info for info in list_backups(library_path) if info.kind == "backup"
                and info.path.parent == backup_folder(library_path)]
    room = cap * _library_size(library_path)
    used = 0
    for index, info in enumerate(ordinary):
        used += info.size
        if index and (index >= keep or used > room):  # the newest always stays
            with contextlib.suppress(OSError):  # removed by hand meanwhile, or read-only: keeping it loses nothing
                info.path.unlink()


def _library_size(library_path: Path) -> int:
    """The library's size on disk, its -wal included."""
    return sum(side.stat().st_size for side in (library_path, library_path.with_name(library_path.name + "-wal"))
               if side.exists())


def maybe_daily_backup(
    library: Library | str | Path, keep: int = KEEP, now: datetime | None = None, cap: float = CAP
) -> BackupInfo | None:
    """A backup unless one was already made today (local calendar day), the library is empty, or
    it is open read-only. The app calls this on a worker thread after opening a library."""
    if isinstance(library, Library) and library.read_only:
        return None
    path = _library_path(library)
    today: date = (now or datetime.now()).date()
    if any(info.kind == "backup" and info.created.date() == today for info in list_backups(path)):
        return None
    try:
        source = _source(path)
        try:
            articles, _comments, notes = _counts(source)
        finally:
            source.close()
    except _SQLITE_ERRORS as error:
        raise BackupError(QT_TRANSLATE_NOOP("Backup", "Glossa could not read the library to back it up: {error}")
                          .format(error=str(error))) from error
    if not articles and not notes:
        return None
    return backup_now(path, keep=keep, now=now, cap=cap)


def _keep_aside(library_path: Path, now: datetime) -> Path | None:
    """Copy the current library into the backups folder before it is replaced: through the backup
    API when it reads as sound, byte for byte (with its -wal) when it does not."""
    if not library_path.exists():
        return None
    folder = backup_folder(library_path)
    folder.mkdir(exist_ok=True)
    target = _unique_target(folder, library_path.stem, library_path.suffix + COMPRESSED, now, "before restore")
    try:
        source = _source(library_path)
        try:
            _copy(source, folder, target)
        finally:
            source.close()
        return target
    except (BackupError, *_SQLITE_ERRORS):
        pass  # damaged: keep exactly what is there instead, uncompressed
    target = _unique_target(folder, library_path.stem, library_path.suffix, now, "before restore")
    partial = folder / f".{target.name}.partial"
    shutil.copyfile(library_path, partial)
    wal = library_path.with_name(library_path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    with partial.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    _fsync_folder(folder)
    return target


def restore(library_path: str | Path, backup: BackupInfo | str | Path, now: datetime | None = None) -> Path | None:
    """Replace the library with a backup. The app must close the library first. The backup is
    checked before anything changes; the current file is kept aside in the backups folder (its
    path is returned; None when there was no library); then the backup is copied into the
    library through the backup API, one transaction, so a crash leaves the old or the new
    library, never a mix. A library older than this Glossa is upgraded on its next open."""
    library_path = Path(library_path).expanduser().resolve()
    backup_path = backup.path if isinstance(backup, BackupInfo) else Path(backup).expanduser().resolve()
    if backup_path == library_path:
        raise BackupError(QT_TRANSLATE_NOOP("Backup", "A library cannot be restored from itself."))
    verify_backup(backup_path)
    when = (now or datetime.now()).replace(microsecond=0)
    try:
        with expanded(backup_path) if is_compressed(backup_path) else contextlib.nullcontext(backup_path) as plain:
            aside = _keep_aside(library_path, when)
            _replace(library_path, plain)
    except (OSError, zstandard.ZstdError, _NotABackup, *_SQLITE_ERRORS) as error:
        raise BackupError(QT_TRANSLATE_NOOP("Backup", "Glossa could not restore the backup: {reason}").format(
            reason=_reason(error))) from error
    return aside


def _replace(library_path: Path, backup_path: Path) -> None:
    source = sqlite3.connect(_read_only_uri(backup_path), uri=True)
    try:
        if library_path.exists():
            try:
                _copy_into(source, library_path)
                return
            except _SQLITE_ERRORS:
                pass  # the current file is not a usable database (or page sizes differ): replace it
        _copy_beside_and_rename(source, library_path)
    finally:
        source.close()


def _copy_into(source: sqlite3.Connection, library_path: Path) -> None:
    destination = sqlite3.connect(str(library_path), timeout=10)
    try:
        destination.execute("PRAGMA busy_timeout = 10000")
        destination.execute("PRAGMA synchronous = FULL")
        source.backup(destination)
        problems = [row[0] for row in destination.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise sqlite3.DatabaseError("; ".join(problems))
    finally:
        destination.close()


def _copy_beside_and_rename(source: sqlite3.Connection, library_path: Path) -> None:
    handle, temporary = tempfile.mkstemp(dir=library_path.parent, prefix=f".{library_path.name}.", suffix=".partial")
    os.close(handle)
    partial = Path(temporary)
    try:
        destination = sqlite3.connect(str(partial))
        try:
            source.backup(destination)
        finally:
            destination.close()
        # The old -wal and -shm belong to the file being replaced (kept aside): SQLite must not
        # replay them into the restored one.
        for side in ("-wal", "-shm", "-journal"):
            library_path.with_name(library_path.name + side).unlink(missing_ok=True)
        os.replace(partial, library_path)
        _fsync_folder(library_path.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
