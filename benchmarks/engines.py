"""The same library on SQLite and on PostgreSQL, side by side (issue 22): the store's reads the
window makes, timed on both engines in the same run, and the ratio PostgreSQL / SQLite.

    .venv/bin/python -m benchmarks.engines --comments 100k [--runs 5] [--server postgresql://...]

The corpus is the benchmarks' generated one (benchmarks/generate_corpus.py), imported into a
library file once (cached beside the corpus), then copied whole onto the server with
`glossa copy` (store/copy.py). Without --server a throwaway PostgreSQL is started as the tests
start theirs (tests/postgres.py: Debian's postgresql, fsync off). Cases, each the median of at
least --runs taken in turns on the two engines (_timed_pair): every search query type of case 3
(search.search, the first 200 hits with snippets), the two planted threads read
(reading.thread), the article list sorted by each column
(reading.article_ids); with --import, the corpus imported into a new library on each engine
(import_paths; one run each, a new library each time). Target: each within 1.5x of SQLite.
Figures are printed, never asserted, with the load average at the start and the end (the
machine may be shared: compare the ratios of one run).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import cache_root, machine, scratch_dir
from benchmarks.generate_corpus import Manifest, generate, parse_size
from benchmarks.search_cases import GENERIC_LABELS, queries
from desktop.ingest.importer import import_paths
from desktop.store import reading, search
from desktop.store.copy import copy_library
from desktop.store.db import Library
from desktop.store.dialect import execute
from desktop.store.list_columns import COLUMN_KEYS

TARGET = 1.5


def _timed_pair(
    first: Callable[[], object], second: Callable[[], object], runs: int
) -> tuple[float, float, float, float]:
    """The median and the best timings in ms of two actions (first's median, second's, first's
    best, second's), after one untimed run of each (caches warm on both engines), taken in turns so
    that a load that comes and goes on a shared machine falls on both alike; at least `runs` each,
    and more of a fast case until about half a second has passed (the median of 5 runs of 0.3 ms
    moved by 2x with the load). The best is what each costs when nothing else wants the cores:
    under load a server's every statement also waits for its process to be given one."""
    first(), second()
    times: tuple[list[float], list[float]] = ([], [])
    began = time.perf_counter()
    while len(times[0]) < runs or (time.perf_counter() - began < 0.5 and len(times[0]) < 500):
        for action, taken in zip((first, second), times, strict=True):
            start = time.perf_counter()
            action()
            taken.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[0]), statistics.median(times[1]), min(times[0]), min(times[1])


def _library_file(size: str, comments: int) -> tuple[Path, Manifest]:
    corpus = cache_root() / f"corpus-{size}"
    if not (corpus / "manifest.json").exists():
        generate(comments, corpus)
    manifest = Manifest.load(corpus / "manifest.json")
    path = cache_root() / f"engines-{size}.glossa"
    if not path.exists():
        partial = path.with_name(path.name + ".partial")
        library = Library.open(partial)
        try:
            import_paths(library, [corpus / "txt"])
        finally:
            library.close()
        os.replace(partial, path)
    return path, manifest


def _cases(library: Library, manifest: Manifest) -> dict[str, tuple[str, Callable[[], object]]]:
    db = library.db
    cases: dict[str, tuple[str, Callable[[], object]]] = {}
    for query in queries(manifest):
        cases[f"search {query.key}"] = (f"search: {GENERIC_LABELS.get(query.key, query.label)}",
                                        lambda q=query: search.search(db, q.text, order=q.order))
    for planted in manifest.planted_threads:
        found = execute(db, "SELECT id FROM article WHERE title = ?", (planted["title"],)).fetchone()
        if found:
            comments = int(str(planted["comments"]))
            cases[f"thread {comments}"] = (f"read a thread of {comments:,} comments",
                                           lambda article=found[0]: reading.thread(db, article))
    for column in COLUMN_KEYS:
        cases[f"list {column}"] = (f"article list sorted by {column}",
                                   lambda key=column: reading.article_ids(db, "all", key, True))
    return cases


def _imported_s(location: str | Path, corpus: Path) -> float:
    """Seconds to import the corpus into a new library at `location`."""
    library = Library.open(location)
    try:
        start = time.perf_counter()
        import_paths(library, [corpus])
        return time.perf_counter() - start
    finally:
        library.close()


def _import_row(size: str, server_url: str) -> dict[str, Any]:
    """The import on both engines: into a new library file, and into `server_url` (empty)."""
    file = scratch_dir() / f"engines-import-{size}.glossa"
    corpus = cache_root() / f"corpus-{size}" / "txt"
    for stale in file.parent.glob(f"{file.name}*"):
        stale.unlink()
    sqlite_s = _imported_s(file, corpus)
    for stale in file.parent.glob(f"{file.name}*"):
        stale.unlink()
    postgres_s = _imported_s(server_url, corpus)
    ratio = postgres_s / sqlite_s
    label = "import the corpus into a new library"
    print(f"  {label:<48} {sqlite_s:9.1f} s  {postgres_s:9.1f} s  {ratio:6.2f}x", file=sys.stderr)
    return {"size": size, "case": label, "sqlite_ms": round(sqlite_s * 1000), "postgresql_ms": round(postgres_s * 1000),
            "ratio": round(ratio, 2), "result": "pass" if ratio <= TARGET else "FAIL"}


def run(size: str, runs: int, server_url: str | None, with_import: bool = False) -> list[dict[str, Any]]:
    comments = parse_size(size)
    path, manifest = _library_file(size, comments)
    server = None
    if server_url is None:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.postgres import start_server

        server, reason = start_server()
        if server is None:
            raise SystemExit(f"no PostgreSQL to compare with: {reason}")
        server_url = server.url(server.new_database())
    try:
        file, on_server = Library.open(path), Library.open(server_url)
        try:
            start = time.perf_counter()
            copy_library(file.db, on_server.db)
            copied_s = time.perf_counter() - start
            print(f"[{size}] copied onto the server in {copied_s:.1f} s", file=sys.stderr)
            rows = []
            file_cases, server_cases = _cases(file, manifest), _cases(on_server, manifest)
            for key, (label, action) in file_cases.items():
                if key not in server_cases:
                    continue
                sqlite_ms, postgres_ms, sqlite_best, postgres_best = _timed_pair(action, server_cases[key][1], runs)
                ratio = postgres_ms / sqlite_ms if sqlite_ms else float("inf")
                best_ratio = postgres_best / sqlite_best if sqlite_best else float("inf")
                rows.append({"size": size, "case": label, "sqlite_ms": round(sqlite_ms, 1),
                             "postgresql_ms": round(postgres_ms, 1), "ratio": round(ratio, 2),
                             "best_ratio": round(best_ratio, 2), "result": "pass" if ratio <= TARGET else "FAIL"})
                print(f"  {label:<48} {sqlite_ms:9.1f} ms {postgres_ms:9.1f} ms {ratio:6.2f}x "
                      f"(best {sqlite_best:.1f} / {postgres_best:.1f} ms: {best_ratio:.2f}x) {rows[-1]['result']}",
                      file=sys.stderr)
            rows.append({"size": size, "case": "copy the library onto the server", "seconds": round(copied_s, 1)})
        finally:
            file.close()
            on_server.close()
        if with_import:
            if server is None:
                raise SystemExit("--import needs the throwaway server (a new database), not --server")
            rows.append(_import_row(size, server.url(server.new_database())))
        return rows
    finally:
        if server is not None:
            server.stop()


def markdown(rows: list[dict[str, Any]]) -> str:
    lines = ["| size | case | SQLite | PostgreSQL | PG/SQLite | best PG/best SQLite | target <= 1.5x |",
             "|---|---|---|---|---|---|---|"]
    for row in rows:
        if "ratio" in row:
            best = f"{row['best_ratio']:.2f}x" if "best_ratio" in row else ""
            lines.append(f"| {row['size']} | {row['case']} | {row['sqlite_ms']} ms | {row['postgresql_ms']} ms | "
                         f"{row['ratio']:.2f}x | {best} | {row['result']} |")
        else:
            lines.append(f"| {row['size']} | {row['case']} | | {row['seconds']} s | | | |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", default="100k", help="10k, 100k, 1M (default 100k); several: 100k,1M")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--server", help="an empty database to use (default: a throwaway server)")
    parser.add_argument("--import", dest="with_import", action="store_true",
                        help="time an import into a new library on each engine too")
    args = parser.parse_args()
    rows = []
    load_before = os.getloadavg()
    for size in args.comments.split(","):
        rows += run(size, args.runs, args.server, args.with_import)
    print(f"Machine: {machine()}")
    print(f"Load average (1, 5, 15 min): {load_before} at the start, {os.getloadavg()} at the end")
    print(markdown(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
