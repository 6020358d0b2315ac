"""What the runner and its worker processes share: paths, the cache, statistics, versions."""

from __future__ import annotations

import hashlib
import json
import math
import os
import platform
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
RESULT_MARK = "BENCH-RESULT "  # a worker's last line of output: this mark, then JSON


def cache_root() -> Path:
    """Corpora and libraries live here, outside the repository, reused between runs."""
    return Path(os.environ.get("GLOSSA_BENCH_CACHE", Path.home() / ".cache" / "glossa-bench")).expanduser()


def scratch_dir() -> Path:
    path = cache_root() / "scratch"
    path.mkdir(parents=True, exist_ok=True)
    return path


def code_digest(folders: tuple[str, ...] = ("store", "ingest")) -> str:
    """Changes whenever the code that writes a library changes: a cached library is rebuilt then."""
    digest = hashlib.sha1()
    for folder in folders:
        for path in sorted((ROOT / "desktop" / folder).rglob("*.py")):
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def library_path(size_label: str) -> Path:
    return cache_root() / f"library-{size_label}-{code_digest()}.glossa"


def remove_library(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# --- statistics --------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    """Linear interpolation between the closest ranks (numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    position = (len(ordered) - 1) * share
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def median(values: list[float]) -> float:
    return percentile(values, 0.5)


def max_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- worker output ----------------------------------------------------------------------------


def emit(result: dict[str, Any]) -> None:
    print(RESULT_MARK + json.dumps(result), flush=True)


def parse_result(stdout: str) -> dict[str, Any]:
    for line in reversed(stdout.splitlines()):
        if line.startswith(RESULT_MARK):
            value = json.loads(line[len(RESULT_MARK) :])
            if isinstance(value, dict):
                return value
    raise ValueError("the worker printed no result")


# --- the machine and the libraries ------------------------------------------------------------


def versions() -> dict[str, str]:
    from importlib.metadata import version

    from PySide6 import QtCore

    return {
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "pyside6": version("PySide6"),
        "qt": QtCore.qVersion(),
        "peewee": version("peewee"),
        "glossa_commit": _git("rev-parse", "--short", "HEAD"),
        "glossa_tree": "modified" if _git("status", "--porcelain", "--", "desktop") else "clean",
        "desktop_digest": code_digest(("",)),  # identifies the exact code measured, committed or not
    }


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(memory_gb, 1),
        "os": platform.platform(),
    }


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def python() -> str:
    return sys.executable
