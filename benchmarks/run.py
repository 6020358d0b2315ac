"""Glossa's benchmark suite (issue 10): the app's real code paths against minimal anchors.

    .venv/bin/python benchmarks/run.py --sizes 10k 100k 1M --runs 5

For every corpus size and case, the app's code path and a minimal anchor doing the same work run
alternately, each in a fresh process (`benchmarks/worker.py`), `--runs` times. Printed per case:
median, p95, the app/anchor ratio of the medians, the target and whether it holds; then the cost
curve over the sizes. Everything, raw samples included, goes to benchmarks/results/*.json with the
library versions and the machine. Targets are never asserted: the exit code is 1 only when a
measurement could not be made.

Cases: 1 import, database stage; 2 import end to end (+ memory growth); 3 search (+ typing in
the search box); 4 open the planted threads; 5 the article list: open, sort by every column, filter; 6 cold start;
7 the cost curve. Corpora and libraries are cached in $GLOSSA_BENCH_CACHE (~/.cache/glossa-bench).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import (
    RESULTS,
    ROOT,
    cache_root,
    library_path,
    machine,
    median,
    parse_result,
    percentile,
    remove_library,
    scratch_dir,
    versions,
)
from benchmarks.generate_corpus import Manifest, ensure_corpus, parse_size, size_label
from benchmarks.search_cases import GENERIC_LABELS, search_available

CASES = ("import", "search", "thread", "list", "startup")
WORKER_TIMEOUT = 3_600


@dataclass(frozen=True)
class Target:
    """What a case must reach. Ratios are app median / anchor median."""

    text: str
    ratio_min: float | None = None  # throughput: the app reaches at least this share of the anchor
    ratio_max: float | None = None  # time or memory: the app takes at most this multiple
    slack: float = 0.0  # ... plus this many units (search: 1.5x + 15 ms)
    p95_max: float | None = None  # the app's p95 stays below this
    median_max: float | None = None  # the app's median stays below this

    def holds(self, app: list[float], anchor: list[float]) -> bool:
        ok = True
        app_median = median(app)
        if anchor:
            anchor_median = median(anchor)
            if self.ratio_min is not None:
                ok &= app_median >= self.ratio_min * anchor_median
            if self.ratio_max is not None:
                ok &= app_median <= self.ratio_max * anchor_median + self.slack
        if self.p95_max is not None:
            ok &= percentile(app, 0.95) <= self.p95_max
        if self.median_max is not None:
            ok &= app_median <= self.median_max
        return ok


@dataclass
class Row:
    size: str
    case: str  # "1" .. "7"
    key: str  # the same at every size: the cost curve joins on it
    label: str
    unit: str  # "comments/s", "ms", "MB", "x"
    app: list[float] = field(default_factory=list)
    anchor: list[float] = field(default_factory=list)
    target: Target | None = None
    note: str = ""
    status: str = ""  # "pass", "FAIL", or why there is no figure

    def finish(self) -> Row:
        if not self.status:
            self.status = "-" if self.target is None or not self.app else (
                "pass" if self.target.holds(self.app, self.anchor) else "FAIL"
            )
        return self

    def summary(self) -> dict[str, Any]:
        values = asdict(self)
        values["target"] = self.target.text if self.target else ""
        # p95 is the slow tail: for a rate (higher is better) that is its 5th percentile.
        tail = 0.05 if self.unit == "comments/s" else 0.95
        if self.app:
            values["app_median"] = median(self.app)
            values["app_p95"] = percentile(self.app, tail)
        if self.anchor:
            values["anchor_median"] = median(self.anchor)
            values["anchor_p95"] = percentile(self.anchor, tail)
            if self.app and median(self.anchor):
                values["ratio"] = median(self.app) / median(self.anchor)
        return values


class WorkerError(Exception):
    pass


class Runner:
    def __init__(self, runs: int, import_runs: int, verbose: bool) -> None:
        self.runs = runs
        self.import_runs = import_runs
        self.verbose = verbose
        self.rows: list[Row] = []
        self.errors: list[str] = []

    def log(self, text: str) -> None:
        if self.verbose:
            print(text, file=sys.stderr, flush=True)

    def spawn(self, task: str, home: str | None = None, **arguments: Any) -> dict[str, Any]:
        """Run one worker process; its result, with `started_at` (wall clock) added. Its settings
        live in `home`, or in a fresh folder: then every start is a first start."""
        with tempfile.TemporaryDirectory(dir=scratch_dir(), prefix="home-") as fresh:
            home = home or fresh
            env = dict(os.environ)
            env.update({
                "QT_QPA_PLATFORM": "offscreen",
                "QT_LOGGING_RULES": "qt.qpa.*=false",
                "XDG_CONFIG_HOME": os.path.join(home, "config"),
                "XDG_DATA_HOME": os.path.join(home, "data"),
                "GLOSSA_BENCH_CACHE": str(cache_root()),
            })
            command = [sys.executable, "-m", "benchmarks.worker", task, json.dumps(arguments)]
            started = time.time()
            done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=WORKER_TIMEOUT)
        if done.returncode != 0:
            tail = "\n".join(done.stderr.strip().splitlines()[-6:])
            raise WorkerError(f"{task} {arguments} exited with {done.returncode}:\n{tail}")
        result = parse_result(done.stdout)
        result["started_at"] = started
        return result

    def add(self, row: Row) -> None:
        self.rows.append(row.finish())
        self.log(f"  {row.size:>5} {row.case} {row.label}: {_figure(median(row.app), row.unit) if row.app else ''}"
                 f" {row.status}")

    def failed(self, size: str, case: str, key: str, label: str, error: Exception) -> None:
        message = str(error).strip()
        self.errors.append(f"[{size}] {label}: {message}")
        self.rows.append(Row(size, case, key, label, "", status="ERROR", note=message.splitlines()[0][:200]))
        print(f"ERROR [{size}] {label}: {message}", file=sys.stderr, flush=True)

    # -- the cases -----------------------------------------------------------------------------

    def import_cases(self, size: str, comments: int, library: Path) -> None:
        self.log(f"[{size}] cases 1-2: import ({self.import_runs} runs)")
        db_app = Row(size, "1", "import-db", "import, database stage", "comments/s")
        e2e = Row(size, "2", "import-e2e-txt", "import end to end, .txt folder", "comments/s")
        memory = Row(size, "2", "import-memory-txt", "memory growth, .txt import", "MB")
        e2e_jsonl = Row(size, "2", "import-e2e-jsonl", "import end to end, JSON lines (extra)", "comments/s")
        memory_jsonl = Row(size, "2", "import-memory-jsonl", "memory growth, JSON lines import (extra)", "MB")
        # No target: on a shared machine the rates move with the load, CPU time far less; it says
        # how much work the import is, on every core, beside the anchor's.
        cpu = Row(size, "2", "import-cpu-txt", "CPU time of the .txt import, every process", "ms",
                  note="user + system time from the first file read to the commit; workers included")
        anchor: list[float] = []
        e2e_anchor: list[float] = []
        notes: set[str] = set()
        for run in range(self.import_runs):
            db_app.app.append(self.spawn("import-db-app", comments=comments)["rate"])
            anchor.append(self.spawn("import-db-anchor", comments=comments)["rate"])
            result = self.spawn("import-e2e-anchor", comments=comments)
            e2e_anchor.append(result["rate"])
            cpu.anchor.append(result["cpu_seconds"] * 1000)
            keep = str(library) if not library.exists() else None
            result = self.spawn("import-e2e", comments=comments, source="txt", keep_as=keep)
            e2e.app.append(result["rate"])
            cpu.app.append(result["cpu_seconds"] * 1000)
            memory.app.append(result["memory_growth_mb"])
            notes.update(result["problems"])
            result = self.spawn("import-e2e", comments=comments, source="jsonl")
            e2e_jsonl.app.append(result["rate"])
            memory_jsonl.app.append(result["memory_growth_mb"])
            notes.update(result["problems"])
            self.log(f"  run {run + 1}: database stage {db_app.app[-1]:,.0f}/s, anchor {anchor[-1]:,.0f}/s,"
                     f" end-to-end anchor {e2e_anchor[-1]:,.0f}/s,"
                     f" .txt {e2e.app[-1]:,.0f}/s (+{memory.app[-1]:.0f} MB), JSON lines {e2e_jsonl.app[-1]:,.0f}/s"
                     f" (+{memory_jsonl.app[-1]:.0f} MB)")
        db_app.anchor = anchor
        e2e.anchor = e2e_jsonl.anchor = e2e_anchor
        db_app.target = Target(">= 0.7x", ratio_min=0.7)
        e2e.target = e2e_jsonl.target = Target(">= 1.0x", ratio_min=1.0)
        memory.target = memory_jsonl.target = Target("< 150 MB", median_max=150)
        e2e.note = "; ".join(sorted(notes))[:300] or (
            "anchor: a single-process script reading the .txt files, two regexes, executemany, FTS5 in bulk")
        for row in (db_app, e2e, memory, cpu, e2e_jsonl, memory_jsonl):
            self.add(row)

    def search_cases(self, size: str, library: Path, manifest_path: Path) -> None:
        self.log(f"[{size}] case 3: search ({self.runs} runs per query)")
        box = Row(size, "3", "search-typing", "search box: typing never blocks over 50 ms", "ms",
                  status="not available yet", note="no search box in desktop/ui yet")
        if not search_available():
            self.rows.append(Row(size, "3", "search", "search", "ms", status="not available yet",
                                 note="desktop/store/search.py does not exist yet"))
            self.rows.append(box)
            return
        result = self.spawn("search", library=str(library), manifest_path=str(manifest_path), runs=self.runs)
        target = Target("p95 < 100 ms, <= 1.5x + 15 ms", ratio_max=1.5, slack=15.0, p95_max=100.0)
        for figures in result["queries"]:
            row = Row(size, "3", f"search:{figures['key']}", f"search: {figures['label']}", "ms", target=target)
            if "error" in figures:
                row.status, row.note = "ERROR", figures["error"]
                self.errors.append(f"[{size}] {row.label}: {figures['error']}")
            else:
                row.app, row.anchor = figures["app"], figures["anchor"]
                row.note = f"{figures['query']}; {figures['matches']:,} comments match" + (
                    "; capped" if figures["capped"] else "")
            self.add(row)
        if not (ROOT / "desktop" / "ui" / "search_panel.py").exists():
            self.rows.append(box)
            return
        box.label, box.status = "search box: longest block of the window while typing", ""
        box.target = Target("p95 <= 50 ms", p95_max=50.0)
        box.note = "SearchPanel; three words typed a key every 120 ms, searches running on its worker"
        shown = Row(size, "3", "search-typing-shown", "search box: hits shown after the last key", "ms",
                    note="the 250 ms debounce included; no target")
        for _ in range(self.runs):
            typed = self.spawn("typing-app", library=str(library))
            box.app.append(typed["longest_block_ms"])
            shown.app.append(typed["shown_ms"])
        self.add(box)
        self.add(shown)

    def thread_cases(self, size: str, library: Path, manifest: Manifest) -> None:
        self.log(f"[{size}] case 4: open the planted threads ({self.runs} runs)")
        connection = sqlite3.connect(library)
        try:
            planted = [(connection.execute("SELECT id FROM article WHERE title = ?", (t["title"],)).fetchone(),
                        int(str(t["comments"]))) for t in manifest.planted_threads]
        finally:
            connection.close()
        for (found, comments), key in zip(planted, ("thread-small", "thread-large"), strict=True):
            row = Row(size, "4", key, f"open a thread of {comments:,} comments, until painted", "ms",
                      target=Target("<= 1.5x", ratio_max=1.5))
            if found is None:
                row.status, row.note = "ERROR", "the planted thread is not in the library"
                self.errors.append(f"[{size}] {row.label}: not in the library")
                self.rows.append(row)
                continue
            shown = set()
            for _ in range(self.runs):
                result = self.spawn("thread-app", library=str(library), article_id=found[0])
                row.app.append(result["ms"])
                shown.add(result["comments"])
                row.anchor.append(self.spawn("thread-anchor", library=str(library), article_id=found[0])["ms"])
            row.note = "app: the main window, article selected in the list; anchor: minimal model, wrapped text"
            if shown != {comments}:
                row.note = f"the tree showed {sorted(shown)} comments; " + row.note
            self.add(row)

    def list_cases(self, size: str, library: Path) -> None:
        self.log(f"[{size}] case 5: the article list ({self.runs} runs)")
        app_runs = []
        anchor_runs = []
        for _ in range(self.runs):
            app_runs.append(self.spawn("list-app", library=str(library)))
            anchor_runs.append(self.spawn("list-anchor", library=str(library)))
        rows = app_runs[0]["rows"]
        opened = Row(size, "5", "list-open", f"open the list of {rows:,} articles, until painted", "ms",
                     [r["ms"]["open"] for r in app_runs], [r["ms"]["open"] for r in anchor_runs],
                     Target("<= 2x", ratio_max=2.0))
        memory = Row(size, "5", "list-memory", "memory growth opening the list", "MB",
                     [r["memory_mb"] for r in app_runs], [r["memory_mb"] for r in anchor_runs],
                     Target("<= 2x", ratio_max=2.0))
        self.add(opened)
        self.add(memory)
        for name in app_runs[0]["ms"]:
            if name == "open":
                continue
            what, _, detail = name.partition(":")
            label = f"sort by {detail}" if what == "sort" else f"filter {detail.replace('=', ': ')}"
            self.add(Row(size, "5", f"list-{name}", f"{label}, until painted", "ms",
                         [r["ms"][name] for r in app_runs], [r["ms"][name] for r in anchor_runs],
                         Target("<= 2x, p95 <= 60 ms", ratio_max=2.0, p95_max=60.0)))

    def startup_cases(self, size: str, library: Path) -> None:
        self.log(f"[{size}] case 6: cold start ({self.runs} runs)")
        row = Row(size, "6", "startup", "cold start to the first painted window", "ms",
                  target=Target("<= 1.3x", ratio_max=1.3),
                  note="process start to first paint; anchor: bare PySide6 window, QTableView over sqlite3")
        # The first paint shows the frame and the list; the sidebar, reader and docks are built
        # right after it. No target: how long until the whole window (the thread open) is there.
        complete = Row(size, "6", "startup-complete", "cold start to the whole window painted", "ms",
                       note="every panel built and painted, the last article's thread open; anchor as above")
        # The user's settings kept from run to run, as on their machine: after an uncounted first
        # start, each start finds the library as Glossa left it, so quick_check waits until after
        # the first paint (desktop/store/db.py, `unchanged_since`). A first start checks first.
        with tempfile.TemporaryDirectory(dir=scratch_dir(), prefix="home-") as home:
            self.spawn("startup-app", home=home, library=str(library))
            for _ in range(self.runs):
                for task, samples in (("startup-app", row.app), ("startup-anchor", row.anchor)):
                    result = self.spawn(task, home=home, library=str(library))
                    if result.get("exit_code") or not result.get("painted_at"):
                        raise WorkerError(f"{task} did not paint a window: {result}")
                    samples.append((result["painted_at"] - result["started_at"]) * 1000)
                    if task == "startup-app":
                        done_at = result.get("complete_at") or result["painted_at"]
                        complete.app.append((done_at - result["started_at"]) * 1000)
                    else:
                        complete.anchor.append(samples[-1])
        self.add(row)
        self.add(complete)

    def run_size(self, comments: int, cases: list[str], rebuild: bool) -> None:
        size = size_label(comments)
        self.log(f"[{size}] corpus")
        started = time.perf_counter()
        corpus, manifest = ensure_corpus(comments, quiet=not self.verbose)
        self.log(f"  {manifest.articles:,} articles, {manifest.comments:,} comments, {manifest.files:,} files"
                 f" ({time.perf_counter() - started:.1f} s)")
        library = library_path(size)
        if rebuild:
            remove_library(library)
        for stale in library.parent.glob(f"library-{size}-*.glossa"):
            if stale != library:  # written by code that has changed since
                remove_library(stale)
        if "import" in cases:
            self._guard(size, "1", "import", "import", lambda: self.import_cases(size, comments, library))
        if not library.exists() and any(c in cases for c in ("search", "thread", "list", "startup")):
            self.log(f"[{size}] building the library for the reading cases")
            try:
                self.spawn("import-e2e", comments=comments, source="txt", keep_as=str(library))
            except (WorkerError, subprocess.TimeoutExpired) as error:
                self.failed(size, "3", "library", "build the library", error)
                return
        steps = {
            "search": lambda: self.search_cases(size, library, corpus / "manifest.json"),
            "thread": lambda: self.thread_cases(size, library, manifest),
            "list": lambda: self.list_cases(size, library),
            "startup": lambda: self.startup_cases(size, library),
        }
        numbers = {"search": "3", "thread": "4", "list": "5", "startup": "6"}
        for name, step in steps.items():
            if name in cases:
                self._guard(size, numbers[name], name, name, step)

    def _guard(self, size: str, case: str, key: str, label: str, step: Any) -> None:
        try:
            step()
        except (WorkerError, subprocess.TimeoutExpired, ValueError, KeyError) as error:
            self.failed(size, case, key, label, error)


# --- across sizes -----------------------------------------------------------------------------


STARTUP_SCALING = Target("<= 1.1x", ratio_max=1.1)


def startup_scaling(rows: list[Row], sizes: list[str]) -> list[Row]:
    """Case 6, second target: the app's start-up at each size against the smallest size."""
    starts = {r.size: r for r in rows if r.key == "startup" and r.app}
    base = sizes[0]
    if base not in starts:
        return []
    return [
        Row(size, "6", "startup-scaling", f"start-up at {size} against {base}", "ms", starts[size].app,
            starts[base].app, STARTUP_SCALING, note=f"the anchor column is the app's start-up at {base}").finish()
        for size in sizes[1:]
        if size in starts
    ]


# --- output -----------------------------------------------------------------------------------


def _figure(value: float, unit: str) -> str:
    if unit == "comments/s":
        return f"{value:,.0f}/s"
    if unit == "MB":
        return f"{value:,.1f} MB"
    return f"{value:,.1f} ms" if value < 1000 else f"{value / 1000:,.2f} s"


def render(header: tuple[str, ...], lines: Sequence[tuple[str, ...]], right: set[int], markdown: bool) -> str:
    """Aligned plain-text columns, or a Markdown table."""
    if markdown:
        rule = tuple("---:" if i in right else "---" for i in range(len(header)))
        return "\n".join("| " + " | ".join(v.replace("|", "\\|") for v in line) + " |"
                         for line in [header, rule, *lines])
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(len(header))]

    def one(values: tuple[str, ...]) -> str:
        return "  ".join(v.rjust(w) if i in right else v.ljust(w)
                         for i, (v, w) in enumerate(zip(values, widths, strict=True))).rstrip()

    return "\n".join([one(header), one(tuple("-" * w for w in widths)), *(one(line) for line in lines)])


def table(rows: list[Row], markdown: bool = False) -> str:
    header = ("size", "case", "what", "app median", "app p95", "anchor median", "anchor p95", "app/anchor",
              "target", "result")
    lines = []
    for row in rows:
        summary = row.summary()
        lines.append((
            row.size, row.case, row.label,
            _figure(summary["app_median"], row.unit) if "app_median" in summary else "",
            _figure(summary["app_p95"], row.unit) if "app_p95" in summary else "",
            _figure(summary["anchor_median"], row.unit) if "anchor_median" in summary else "",
            _figure(summary["anchor_p95"], row.unit) if "anchor_p95" in summary else "",
            f"{summary['ratio']:.2f}x" if "ratio" in summary else "",
            summary["target"], row.status,
        ))
    return render(header, lines, {3, 4, 5, 6, 7}, markdown)


def cost_curve(rows: list[Row], sizes: list[str], markdown: bool = False) -> tuple[str, list[dict[str, Any]]]:
    """Case 7: the app's median of every figure at every size; growth from the first to the last."""
    keys: dict[str, Row] = {}
    for row in rows:
        if row.app and row.key != "startup-scaling":
            keys.setdefault(row.key, row)
    by_size = {(r.key, r.size): median(r.app) for r in rows if r.app}
    curve = []
    lines = []
    for key, first in keys.items():
        values = [by_size.get((key, s)) for s in sizes]
        known = [v for v in values if v is not None]
        growth = known[-1] / known[0] if len(known) >= 2 and known[0] else None
        curve.append({"key": key, "unit": first.unit, "medians": dict(zip(sizes, values, strict=True)),
                      "growth": growth})
        label = first.label
        if key.startswith("search:"):
            label = "search: " + GENERIC_LABELS.get(key.removeprefix("search:"), first.label)
        if first.case == "4":
            label = "open the " + ("smaller" if key.endswith("small") else "larger") + " planted thread"
        if first.case == "5" and key == "list-open":
            label = "open the article list, until painted"
        lines.append((first.case, label, *(_figure(v, first.unit) if v is not None else "" for v in values),
                      f"x{growth:.2f}" if growth is not None else ""))
    header = ("case", "what", *sizes, "last/first")
    return render(header, lines, set(range(2, len(header))), markdown), curve


def report(
    rows: list[Row], labels: list[str], about: dict[str, Any], title: str, markdown: bool = False
) -> tuple[list[Row], list[dict[str, Any]]]:
    """Print the table, the cost curve and the count of targets; returns the rows shown (start-up
    scaling added) and the curve."""
    rows = [r for r in rows if r.key != "startup-scaling"]
    rows = sorted([*rows, *startup_scaling(rows, labels)], key=lambda r: (labels.index(r.size), r.case))
    curve_text, curve = cost_curve(rows, labels, markdown)
    print(title)
    print(f"Machine: {about['machine']['cpu']}, {about['machine']['cores']} cores, {about['machine']['memory_gb']} GB,"
          f" {about['machine']['os']}")
    print("Versions: " + ", ".join(f"{k} {v}" for k, v in about["versions"].items()))
    print()
    print(table(rows, markdown))
    print()
    print("7 cost curve (app medians)")
    print()
    print(curve_text)
    print()
    failing = sum(r.status == "FAIL" for r in rows)
    print(f"{sum(r.status == 'pass' for r in rows)} targets hold, {failing} do not")
    return rows, curve


def _load(paths: list[Path]) -> tuple[list[Row], list[str], dict[str, Any]]:
    """Rows of earlier result files (a later file's row replaces an earlier one's)."""
    rows: dict[tuple[str, str], Row] = {}
    about: dict[str, Any] = {}
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        about = {"versions": data["versions"], "machine": data["machine"]}
        for item in data["rows"]:
            row = Row(item["size"], item["case"], item["key"], item["label"], item["unit"], item["app"],
                      item["anchor"], Target(item["target"]) if item["target"] else None, item["note"],
                      item["status"])
            rows[row.size, row.key] = row
    labels = sorted({r.size for r in rows.values()}, key=parse_size)
    return list(rows.values()), labels, about


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=["10k", "100k"], help="10k, 100k, 1M (default 10k 100k)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each case (default 5)")
    parser.add_argument("--import-runs", type=int, help="runs of the import cases (default --runs)")
    parser.add_argument("--cases", nargs="+", choices=CASES, default=list(CASES), help="a subset of the cases")
    parser.add_argument("--cache", type=Path, help="cache (default $GLOSSA_BENCH_CACHE or ~/.cache/glossa-bench)")
    parser.add_argument("--out", type=Path, help="the JSON file to write (default benchmarks/results/<time>.json)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached libraries first")
    parser.add_argument("--report", nargs="+", type=Path, metavar="JSON",
                        help="only print the merged table and cost curve of earlier result files")
    parser.add_argument("--markdown", action="store_true", help="with --report: Markdown tables")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args(argv)
    if args.report:
        rows, labels, about = _load(args.report)
        report(rows, labels, about, "Glossa benchmarks, from " + ", ".join(p.name for p in args.report),
               args.markdown)
        return 0
    if args.cache:
        os.environ["GLOSSA_BENCH_CACHE"] = str(args.cache.expanduser().resolve())
    labels = [size_label(s) for s in sorted({parse_size(s) for s in args.sizes})]
    runs = max(1, args.runs)
    # An installed Glossa starts from bytecode (pip compiles a wheel's modules). Workers read the
    # .pyc files written here even where PYTHONDONTWRITEBYTECODE keeps them from writing their
    # own, so start-up is not measured compiling every module from source (~160 ms here).
    for folder in ("desktop", "benchmarks"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)
    runner = Runner(runs, max(1, args.import_runs or runs), verbose=not args.quiet)
    started = datetime.now()
    about = {"versions": versions(), "machine": machine()}
    runner.log(f"Glossa benchmarks: sizes {' '.join(labels)}, {runs} runs, cases {' '.join(args.cases)}")
    runner.log(f"  {about['machine']['cpu']}, {about['machine']['cores']} cores, {about['machine']['memory_gb']} GB;"
               f" {' '.join(f'{k} {v}' for k, v in about['versions'].items())}")
    for label in labels:
        runner.run_size(parse_size(label), args.cases, args.rebuild)
    elapsed = (datetime.now() - started).total_seconds()
    runs_text = f"{runs} runs" + (f" ({runner.import_runs} of the import cases)" if runner.import_runs != runs else "")
    title = f"Glossa benchmarks, {started:%Y-%m-%d %H:%M}, {runs_text}, {elapsed / 60:.1f} min"
    rows, curve = report(runner.rows, labels, about, title)
    if runner.errors:
        print(f"{len(runner.errors)} measurements failed:")
        for error in runner.errors:
            print("  " + error.splitlines()[0])
    out = args.out or RESULTS / f"{started:%Y%m%d-%H%M%S}-{'-'.join(labels)}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "started": started.isoformat(timespec="seconds"), "seconds": elapsed, "runs": runs,
        "import_runs": runner.import_runs, "sizes": labels, "cases": args.cases, **about,
        "rows": [r.summary() for r in rows], "cost_curve": curve, "errors": runner.errors,
    }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"Written to {out}")
    return 1 if runner.errors else 0


if __name__ == "__main__":
    sys.exit(main())
