"""1,000 damaged copies of a library (bytes flipped anywhere or in the header, truncated, a page
zeroed): Library.open and the full check never crash or hang, decide within 10 s, and leave a
file they refuse exactly as it was. Run in worker subprocesses, so a crash or a hang is seen as
one instead of taking the test run down."""

from __future__ import annotations

import json
import queue
import threading
from collections import Counter
from pathlib import Path

import pytest

from desktop.ingest.importer import import_paths
from desktop.store import annotations
from desktop.store.db import Library
from tests.reliability.helpers import SEEDS, make_inputs, start_worker

COPIES = 1000
WORKERS = 2
DECISION_SECONDS = 10.0


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pristine")
    make_inputs(folder / "inputs", 40)
    path = folder / "library.glossa"
    library = Library.open(path)
    import_paths(library, [SEEDS, folder / "inputs"])
    tag, _ = annotations.create_tag(library.db, "damage/test")
    ids = [row[0] for row in library.db.execute_sql("SELECT id FROM article")]
    annotations.tag_articles(library.db, tag, ids[:10])
    for number, article in enumerate(ids[:20]):
        annotations.set_note(library.db, ("article", article), f"note {number}")
    library.close()
    return path


def _reader(stream, lines: queue.Queue[str | None]) -> None:  # type: ignore[no-untyped-def]
    for line in stream:
        lines.put(line)
    lines.put(None)


def test_damaged_copies_are_decided_quickly_and_left_unchanged(pristine: Path, tmp_path: Path) -> None:
    assert pristine.stat().st_size >= 100 * 4096  # enough pages for damage to land in each kind
    share = COPIES // WORKERS
    results: list[dict] = []
    workers = []
    for number in range(WORKERS):
        workdir = tmp_path / f"worker-{number}"
        workdir.mkdir()
        process = start_worker("damaged", str(pristine), str(workdir), str(number * share), str(share))
        lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=_reader, args=(process.stdout, lines), daemon=True).start()
        workers.append((process, lines))
    try:
        for process, lines in workers:
            current = None
            while True:
                try:
                    # Each copy announces itself, then reports its decision; nothing may take long.
                    line = lines.get(timeout=DECISION_SECONDS + 5)
                except queue.Empty:
                    pytest.fail(f"no decision on copy {current} within {DECISION_SECONDS} s: a hang")
                if line is None:
                    break
                record = json.loads(line)
                if "starting" in record:
                    current = record["starting"]
                    continue
                results.append(record)
            process.wait(timeout=30)
            assert process.stderr is not None
            error = process.stderr.read()
            assert process.returncode == 0, f"the worker died on copy {current} (exit {process.returncode}):\n{error}"
    finally:
        for process, _lines in workers:
            if process.poll() is None:
                process.kill()
            process.communicate()
    assert len(results) == COPIES
    slow = [r for r in results if r["seconds"] > DECISION_SECONDS]
    assert not slow, slow[:3]
    # Unchanged, byte for byte: every copy refused, and every copy whose damage quick_check on
    # open could not see but the full check (integrity_check) found. Only a copy that passes
    # every check is a sound library, which opening may rewrite (say, back into WAL mode).
    changed = [r for r in results if not r["unchanged"] and not (r["decision"] == "opened" and r["check_ok"])]
    assert not changed, f"damaged files were modified: {changed[:3]}"
    decisions = Counter(r["decision"] for r in results)
    # The damage is real: most copies are refused as damaged. The rest were damaged where
    # quick_check cannot see it (unused space, a flipped letter in a comment, an index entry).
    assert decisions["damaged"] >= COPIES // 2, decisions
    assert decisions["damaged"] + decisions["refused"] + decisions["opened"] == COPIES
