"""What `synchronous=FULL` costs against `NORMAL` (WAL mode): `python benchmarks/durability.py`.

    .venv/bin/python benchmarks/durability.py [--files 3000] [--notes 1000] [--dir DIR]

Three settings: NORMAL everywhere; FULL everywhere; and what Glossa ships, FULL with the import
under Library.bulk_writes() (NORMAL on the importer's connection). For each, on a fresh library
in DIR (default: a temp folder; pass a folder on the disk you care about, since the cost is the
disk's flush latency):
  - imports FILES small scraped pages (one article and 0-20 comments each) through the real
    importer, which commits once per file;
  - saves NOTES notes one by one through annotations.set_note (one transaction each), and
    reports the median and 95th percentile of a save;
  - saves notes from a second thread while an import runs, and reports the longest a save
    waited (it must never reach "database is locked").
Before each row it times one flushed SQLite commit on DIR ("flush ms"): on a VM or a disk with a
volatile write cache that is near zero and FULL costs nothing; on a laptop SSD it is ~0.5-5 ms and
on a spinning disk ~10-20 ms, which FULL pays once per commit. Nothing here asserts a time.
The flushes themselves can be counted, independently of the disk: run it under
`strace -f -e trace=fsync,fdatasync` (3,000 files: ~3,340 flushes under FULL, ~340 under NORMAL,
which flushes only at checkpoints; 1,000 note saves: one flush each under FULL, none under NORMAL).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.ingest.importer import import_paths
from desktop.store import annotations, db
from desktop.store.db import Library

SEED = 20240708
WORDS = (
    "talks sanctions minister said agency sources press border drone region city council report week "
    "people government vote market price energy gas grain deal summit envoy peace war front line"
).split()


def _sentence(rng: random.Random, low: int = 6, high: int = 30) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize() + "."


def write_corpus(folder: Path, files: int) -> int:
    """FILES Format A pages, deterministic; returns the number of comments written."""
    rng = random.Random(SEED)
    comments = 0
    for number in range(files):
        lines = [f"{_sentence(rng, 5, 12)[:-1]} {number}", "", _sentence(rng), "", _sentence(rng)]
        lines.append("Dear reader, to leave comments on the publication, you must sign in.")
        depth_numbers = [0] * 10
        depth = 0
        for _ in range(rng.randint(0, 20)):
            depth = rng.randint(1, min(depth + 1, 4)) if depth else 1
            depth_numbers[depth] += 1
            depth_numbers[depth + 1 :] = [0] * (len(depth_numbers) - depth - 1)
            handle = f"user{rng.randint(1, 300)}"
            indent = " " * (2 * depth)
            lines.append(f"{indent}{depth_numbers[depth]}. {handle} Offline {handle}")
            lines.append(f"{indent}  {handle} (Name) 23 December 2022 19: {rng.randint(10, 59)}")
            lines.append(f"{indent}  {_sentence(rng)}")
            comments += 1
        (folder / f"{number:05d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return comments


def flush_ms(folder: Path, rounds: int = 200) -> float:
    """What one flushed WAL commit costs on this disk right now (bare SQLite, synchronous=FULL).
    On a VM this swings between ~0.05 ms (the host caches flushes) and ~2 ms within minutes:
    compare rows printed together, not across runs."""
    probe = folder / "flush-probe.db"
    connection = sqlite3.connect(str(probe), isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("CREATE TABLE t (x)")
        start = time.perf_counter()
        for _ in range(rounds):
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("INSERT INTO t VALUES (?)", ("x" * 200,))
            connection.execute("COMMIT")
        return (time.perf_counter() - start) / rounds * 1000
    finally:
        connection.close()
        for name in ("flush-probe.db", "flush-probe.db-wal", "flush-probe.db-shm"):
            (folder / name).unlink(missing_ok=True)


MODES = {  # name: (PRAGMAS synchronous, whether imports relax to NORMAL)
    "NORMAL": ("normal", True),
    "FULL": ("full", False),
    "FULL+bulk": ("full", True),
}


class _StrictLibrary(Library):
    """bulk_writes() that changes nothing: every import commit flushed too."""

    @contextmanager
    def bulk_writes(self) -> Iterator[None]:
        yield


@contextmanager
def setting(mode: str) -> Iterator[None]:
    """PRAGMAS as the mode says, for every connection opened meanwhile (importer threads too)."""
    saved = dict(db.PRAGMAS)
    db.PRAGMAS["synchronous"] = MODES[mode][0]
    try:
        yield
    finally:
        db.PRAGMAS.clear()
        db.PRAGMAS.update(saved)


def open_with(path: Path, mode: str) -> Library:
    library = Library.open(path)
    if not MODES[mode][1]:
        library.__class__ = _StrictLibrary
    return library


def article_ids(library: Library) -> list[int]:
    return [row[0] for row in library.db.execute_sql("SELECT id FROM article ORDER BY id")]


def measure(folder: Path, corpus: Path, mode: str, notes: int) -> dict[str, float]:
    path = folder / f"bench-{mode}.glossa"
    library = open_with(path, mode)
    try:
        start = time.perf_counter()
        report = import_paths(library, [corpus])
        imported = time.perf_counter() - start
        assert not report.skipped, [f.skipped for f in report.skipped][:3]
        targets = article_ids(library)
        times = []
        for number in range(notes):
            target = ("article", targets[number % len(targets)])
            start = time.perf_counter()
            annotations.set_note(library.db, target, f"note {number}: {'x' * (number % 400)}")
            times.append(time.perf_counter() - start)
        times.sort()
    finally:
        library.close()
    concurrent = concurrent_wait(folder, corpus, mode)
    return {
        "import_s": imported,
        "files_per_s": len(report.files) / imported,
        "note_median_ms": statistics.median(times) * 1000,
        "note_p95_ms": times[int(len(times) * 0.95)] * 1000,
        "note_during_import_max_ms": concurrent,
    }


def concurrent_wait(folder: Path, corpus: Path, mode: str) -> float:
    """The longest note save on this thread while another thread imports into the same library."""
    path = folder / f"concurrent-{mode}.glossa"
    library = open_with(path, mode)
    try:
        seed = sorted(corpus.iterdir())[:5]
        import_paths(library, seed)
        targets = article_ids(library)
        done = threading.Event()

        def run_import() -> None:
            try:
                import_paths(library, [corpus])
            finally:
                library.db.close()  # this thread's connection
                done.set()

        worker = threading.Thread(target=run_import)
        worker.start()
        longest = 0.0
        number = 0
        while not done.is_set():
            start = time.perf_counter()
            annotations.set_note(library.db, ("article", targets[number % len(targets)]), f"during {number}")
            longest = max(longest, time.perf_counter() - start)
            number += 1
            time.sleep(0.02)  # a person typing, debounced
        worker.join()
    finally:
        library.close()
    return longest * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--dir", type=Path, help="where to put the libraries (default: a temp folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="glossa-durability-") as name:
        folder = Path(name)
        corpus = folder / "corpus"
        corpus.mkdir()
        comments = write_corpus(corpus, args.files)
        print(f"{args.files} files, {comments} comments")
        header = ("setting", "import s", "files/s", "note ms", "p95 ms", "note during import max ms", "flush ms")
        print(f"{header[0]:<12}" + "".join(f"{h:>10}" for h in header[1:5]) + f"{header[5]:>27}{header[6]:>10}")
        for mode in MODES:
            flush = flush_ms(folder)
            with setting(mode):
                figures = measure(folder, corpus, mode, args.notes)
            print(
                f"{mode:<12}{figures['import_s']:>10.2f}{figures['files_per_s']:>10.0f}"
                f"{figures['note_median_ms']:>10.2f}{figures['note_p95_ms']:>10.2f}"
                f"{figures['note_during_import_max_ms']:>27.1f}{flush:>10.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
