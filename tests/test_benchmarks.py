"""The benchmark suite works: the generator writes what the app's parser reads back exactly, and
the runner completes every case at the smallest size. No timings are asserted here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generate_corpus import Manifest, generate, parse_size, text_files, verify

ROOT = Path(__file__).resolve().parent.parent


def test_generated_corpus_reads_back_exactly(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    manifest = generate(parse_size("10k"), out, quiet=True)
    assert manifest.comments == 10_000
    assert manifest.format_a and manifest.format_b and manifest.multi_document_files
    assert manifest.max_depth == 8
    assert len(text_files(out)) == manifest.files
    assert len((out / "corpus.jsonl").read_text(encoding="utf-8").splitlines()) == manifest.articles
    assert Manifest.load(out / "manifest.json") == manifest
    assert verify(out) == []  # the real parser: the same articles and comments, from both forms


def test_generator_is_deterministic(tmp_path: Path) -> None:
    first = generate(2_000, tmp_path / "a", quiet=True)
    second = generate(2_000, tmp_path / "b", quiet=True)
    assert first == second
    assert (tmp_path / "a" / "corpus.jsonl").read_bytes() == (tmp_path / "b" / "corpus.jsonl").read_bytes()


@pytest.mark.slow
def test_runner_completes_every_case_at_10k(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update({"PYTHONWARNINGS": "error", "QT_QPA_PLATFORM": "offscreen"})
    out = tmp_path / "results.json"
    command = [sys.executable, "benchmarks/run.py", "--sizes", "10k", "--runs", "1", "--quiet",
               "--cache", str(tmp_path / "cache"), "--out", str(out)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    printed = done.stdout
    for label in (
        "import, database stage",
        "import end to end, .txt folder",
        "memory growth, .txt import",
        "search: word in",
        "search: author: only",
        "search box",
        "open a thread of 500 comments",
        "open a thread of 2,000 comments",
        "open the list of",
        "memory growth opening the list",
        "sort by comments",
        "filter title: russia",
        "cold start to the first painted window",
        "7 cost curve",
    ):
        assert label in printed, f"{label!r} not printed"
    result = json.loads(out.read_text(encoding="utf-8"))
    assert {"python", "sqlite", "pyside6", "qt", "peewee"} <= set(result["versions"])
    assert result["errors"] == []
    assert all(row["status"] in ("pass", "FAIL", "-", "not available yet") for row in result["rows"])
