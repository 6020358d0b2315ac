"""kill -9 at random moments: of a mixed import + note-saving workload (at least 100 kills), of a
backup, of a restore and of a schema upgrade. After every kill the library passes integrity_check
and foreign_key_check, no acknowledged note is lost, no article is in the library with part of
a scrape's comments, and every backup still opens and verifies."""

from __future__ import annotations

import random
import shutil
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

import pytest

from desktop.ingest.importer import import_paths
from desktop.store import annotations
from desktop.store.backup import backup_now, list_backups, verify_backup
from desktop.store.check import check_file
from desktop.store.db import Library
from tests.reliability.helpers import (
    SEEDS,
    V1_FIXTURE,
    article_comment_counts,
    connect_ro,
    integrity,
    make_inputs,
    note_texts,
    save_order,
    seed_counts,
    start_worker,
)

LANES = 4  # libraries worked on at once, each by a chain of short-lived subprocesses
KILLS_PER_LANE = 26  # 104 kills in all
READY_TIMEOUT = 30.0


def run_until_killed(args: list[str], ready: str, delay: float, may_finish: bool = False) -> list[str]:
    """Start a worker, wait for its `ready` line, let it run `delay` seconds, SIGKILL it, and
    return every line it printed (what it printed before dying is all in the pipe). A worker
    with a bounded task (`may_finish`) may be done before the kill."""
    process = start_worker(*args)
    watchdog = threading.Timer(READY_TIMEOUT, process.kill)  # a worker that never gets ready
    watchdog.start()
    try:
        assert process.stdout is not None
        first = process.stdout.readline().strip()
    finally:
        watchdog.cancel()
    if first != ready:
        process.kill()
        _out, err = process.communicate()
        raise AssertionError(f"worker did not start: {first!r}\n{err}")
    time.sleep(delay)
    process.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no cleanup runs
    out, err = process.communicate()
    assert process.returncode != 0 or may_finish, f"the worker ended by itself before the kill:\n{err}"
    assert "Traceback" not in err, err
    return [first, *out.splitlines()]


def check_after_kill(
    path: Path, allowed: dict[str, set[int]], acked: dict[tuple[str, int], list[str]], where: str
) -> None:
    rows, violations = integrity(path)
    assert rows == ["ok"], f"{where}: integrity_check: {rows}"
    assert violations == [], f"{where}: foreign_key_check: {violations}"
    for title, counts in article_comment_counts(path).items():
        assert len(counts) == 1, f"{where}: {title!r} is in the library {len(counts)} times"
        assert counts[0] in allowed[title], f"{where}: {title!r} has {counts[0]} comments, not one of {allowed[title]}"
    notes = note_texts(path)
    for target, texts in acked.items():
        assert target in notes, f"{where}: the note on {target} is gone"
        body, earlier = notes[target]
        # The last acknowledged text, or a later save that committed before its ack was printed.
        # (Older texts are in the revision history only while it is not thinned out.)
        assert save_order(body) >= save_order(texts[-1]), f"{where}: {target} went back to {body!r}"
        if body != texts[-1]:
            assert texts[-1] in earlier, f"{where}: {texts[-1]!r} on {target} was never saved"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, set[int]]]:
    folder = tmp_path_factory.mktemp("inputs")
    allowed = make_inputs(folder, 160)
    return folder, {**allowed, **seed_counts()}


def run_lane(lane: int, base: Path, folder: Path, inputs: Path, allowed: dict[str, set[int]]) -> tuple[int, int]:
    path = folder / f"lane-{lane}.glossa"
    shutil.copyfile(base, path)
    rng = random.Random(1000 + lane)
    acked: dict[tuple[str, int], list[str]] = {}
    kills = 0
    for child in range(KILLS_PER_LANE):
        # Mostly short lives, so kills land in imports as well as in note saves.
        delay = rng.uniform(0.0, 0.12) if rng.random() < 0.7 else rng.uniform(0.12, 0.5)
        lines = run_until_killed(["workload", str(path), str(inputs), str(rng.randrange(10**9)), str(child)],
                                 "ready", delay)
        kills += 1
        for line in lines[1:]:
            if not line.startswith("ack "):
                continue  # the kill may cut the last line short: it was never a whole ack
            _ack, kind, target, text = line.split(" ", 3)
            if not text.endswith(tuple("0123456789")):
                continue
            acked.setdefault((kind, int(target)), []).append(text)
        check_after_kill(path, allowed, acked, f"lane {lane} kill {kills}")
    # The next run of the import completes it: every article once, with all its comments.
    library = Library.open(path)
    try:
        report = import_paths(library, [inputs])
        assert not report.skipped, [f.skipped or f.problems for f in report.skipped]
    finally:
        library.close()
    check_after_kill(path, allowed, acked, f"lane {lane} after the re-import")
    counts = article_comment_counts(path)
    assert set(counts) == set(allowed)
    for title, found in counts.items():
        assert found == [max(allowed[title])], f"{title!r}: {found} after the re-import"
    return kills, sum(len(texts) for texts in acked.values())


@pytest.mark.slow
def test_kill_9_during_imports_and_note_saves(
    tmp_path: Path, inputs: tuple[Path, dict[str, set[int]]]
) -> None:
    folder, allowed = inputs
    base = tmp_path / "base.glossa"
    library = Library.open(base)
    import_paths(library, [SEEDS])
    library.close()
    with ThreadPoolExecutor(LANES) as pool:
        results = list(pool.map(lambda lane: run_lane(lane, base, tmp_path, folder, allowed), range(LANES)))
    kills = sum(k for k, _ in results)
    acks = sum(a for _, a in results)
    assert kills >= 100
    assert acks >= 500, "the workload saved too few notes to mean anything"


# ---------------------------------------------------------------------------------------------
# Backups, restores and upgrades killed half-way


def build_library(path: Path, inputs: Path, notes: int = 30) -> Library:
    library = Library.open(path)
    import_paths(library, [SEEDS, inputs])
    ids = [row[0] for row in library.db.execute_sql("SELECT id FROM article ORDER BY id")]
    for number in range(notes):
        annotations.set_note(library.db, ("article", ids[number % len(ids)]), f"note {number} " + "x" * 500)
    return library


def kill_repeatedly(args: list[str], times: int, window: float, after: Callable[[int], None]) -> None:
    rng = random.Random(args[0])
    for attempt in range(times):
        run_until_killed(args, "start", rng.uniform(0.0, window))
        after(attempt)


def assert_backups_verify(library_path: Path) -> list[Path]:
    backups = list_backups(library_path)
    for info in backups:
        assert info.usable, f"{info.path.name}: {info.error}"
        verify_backup(info.path)
    return [info.path for info in backups]


def test_kill_9_during_backups(tmp_path: Path, inputs: tuple[Path, dict[str, set[int]]]) -> None:
    path = tmp_path / "library.glossa"
    build_library(path, inputs[0]).close()
    for day in range(1, 4):
        backup_now(path, keep=3, now=datetime(2024, 1, day))
    notes_before = note_texts(path)

    def after(attempt: int) -> None:
        assert check_file(path).ok
        assert note_texts(path) == notes_before
        # Rotation removes old backups only after a new one is complete and verified: whenever
        # the kill lands, at least `keep` good backups are there.
        assert len(assert_backups_verify(path)) >= 3

    kill_repeatedly(["backup", str(path)], 12, 0.25, after)
    Library.open(path).close()  # and the library opens as usual


def test_kill_9_during_restores(tmp_path: Path, inputs: tuple[Path, dict[str, set[int]]]) -> None:
    path = tmp_path / "library.glossa"
    library = build_library(path, inputs[0], notes=10)
    library.close()
    first = backup_now(path, now=datetime(2024, 1, 1, 12)).path
    library = Library.open(path)
    ids = [row[0] for row in library.db.execute_sql("SELECT id FROM article ORDER BY id")]
    for number in range(40):
        annotations.set_note(library.db, ("article", ids[-1 - number]), f"later note {number}")
    library.close()
    second = backup_now(path, now=datetime(2024, 1, 2, 12)).path
    contents = [note_texts(first), note_texts(second)]
    assert contents[0] != contents[1]

    def after(attempt: int) -> None:
        assert check_file(path).ok
        assert note_texts(path) in contents, "the library is neither the old one nor the backup"
        assert_backups_verify(path)

    kill_repeatedly(["restore", str(path), str(first), str(second), str(first)], 12, 0.3, after)
    Library.open(path).close()


def test_kill_9_during_a_schema_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.glossa"
    original = _core_rows(V1_FIXTURE)
    rng = random.Random(3)
    for attempt in range(12):
        shutil.copyfile(V1_FIXTURE, path)
        for side in path.parent.glob("old.*"):
            if side != path:
                side.unlink()
        run_until_killed(["migrate", str(path)], "start", rng.uniform(0.0, 0.06), may_finish=True)
        for bak in path.parent.glob("old.before-v*.glossa.bak"):
            assert _core_rows(bak) == original, f"attempt {attempt}: the pre-upgrade backup differs"
            assert check_file(bak).ok
        Library.open(path).close()  # upgrades now, or was already upgraded
        report = check_file(path)
        assert report.ok, report.lines()
        assert _core_rows(path) == original, f"attempt {attempt}"


def _core_rows(path: Path) -> list[object]:
    connection = connect_ro(path)
    try:
        return [
            connection.execute("SELECT id, title, paragraphs FROM article ORDER BY id").fetchall(),
            connection.execute("SELECT id, article_id, parent_id, body FROM comment ORDER BY id").fetchall(),
        ]
    finally:
        connection.close()


def test_the_worker_is_killed_not_finished() -> None:
    """The harness itself: a worker that cannot start is reported, not waited for."""
    with pytest.raises(AssertionError, match="did not start"):
        run_until_killed(["no-such-mode"], "ready", 0.0)
