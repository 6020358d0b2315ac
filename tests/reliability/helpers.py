"""Shared by the reliability tests and their subprocess worker: a deterministic input corpus with
known comment counts, libraries with notes, and read-only inspection of a library file."""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from desktop.ingest.parse import parse_bytes
from desktop.store import backup
from tests.ingest.builders import article_a, comment

ROOT = Path(__file__).resolve().parent.parent.parent
SEEDS = ROOT / "resources" / "demo"
V1_FIXTURE = ROOT / "tests" / "data" / "library-v1.glossa"
V2_FIXTURE = ROOT / "tests" / "data" / "library-v2.glossa"
WORDS = ("talks", "border", "drone", "minister", "city", "council", "report", "people", "vote", "market", "energy")


def _thread(rng: random.Random, article: int, count: int) -> list[str]:
    """`count` comments in a random tree up to 4 deep, bodies unique to the article."""
    lines: list[str] = []
    numbers = [0] * 6
    depth = 0
    for index in range(count):
        depth = rng.randint(1, min(depth + 1, 4)) if depth else 1
        numbers[depth] += 1
        numbers[depth + 1 :] = [0] * (len(numbers) - depth - 1)
        handle = f"user{rng.randint(1, 40)}"
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12)))
        when = f"2 March 2023 1{index % 10}: {10 + index % 50}"
        body = f"Comment {index} on article {article}: {words}"
        lines += comment(depth, handle, body, number=numbers[depth], time=when)
    return lines


def title_of(number: int) -> str:
    return f"Reliability article {number} on the {WORDS[number % len(WORDS)]} question"


def make_inputs(folder: Path, files: int, seed: int = 8) -> dict[str, set[int]]:
    """`files` Format A pages (every seventh page also as an older scrape holding only the first
    part of its thread, so imports merge) and two JSON-lines dumps. Returns, per title, the comment
    counts an article may have in the library: a whole scrape's, never part of one."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    allowed: dict[str, set[int]] = {}
    for number in range(files):
        count = rng.randint(0, 25)
        thread = _thread(rng, number, count)
        text = article_a(title_of(number), thread)
        (folder / f"page-{number:04d}.txt").write_text(text + "\n", encoding="utf-8")
        allowed[title_of(number)] = {count}
        if number % 7 == 3 and count > 4:
            cut = count // 2  # the first `cut` comments: a valid prefix of the tree, 3 lines each
            older = article_a(title_of(number), thread[: cut * 3])
            (folder / f"page-{number:04d}-older.txt").write_text(older + "\n", encoding="utf-8")
            allowed[title_of(number)] = {cut, count}
    for dump in range(2):
        records = []
        for record in range(15):
            number = 10_000 + dump * 100 + record
            count = rng.randint(0, 12)
            records.append({"title": title_of(number), "url": f"https://example.org/{number}",
                            "text": article_a(title_of(number), _thread(rng, number, count))})
            allowed[title_of(number)] = {count}
        (folder / f"dump-{dump}.jsonl").write_text(
            "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8"
        )
    return allowed


def seed_counts() -> dict[str, set[int]]:
    allowed: dict[str, set[int]] = {}
    for path in sorted(SEEDS.iterdir()):
        for document in parse_bytes(path.read_bytes()):
            allowed[document.title] = {len(document.comments)}
    return allowed


def connect_ro(path: Path) -> sqlite3.Connection:
    """Read without changing anything, also a library a killed process left with a hot WAL."""
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=20)


def integrity(path: Path) -> tuple[list[str], list[tuple[Any, ...]]]:
    connection = connect_ro(path)
    try:
        return ([row[0] for row in connection.execute("PRAGMA integrity_check")],
                connection.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        connection.close()


def article_comment_counts(path: Path) -> dict[str, list[int]]:
    """Per title, the comment count of each article with that title (more than one: a duplicate)."""
    connection = connect_ro(path)
    try:
        rows = connection.execute(
            "SELECT a.title, (SELECT COUNT(*) FROM comment c WHERE c.article_id = a.id) FROM article a"
        ).fetchall()
    finally:
        connection.close()
    counts: dict[str, list[int]] = defaultdict(list)
    for title, count in rows:
        counts[title].append(count)
    return counts


def note_texts(path: Path) -> dict[tuple[str, int], tuple[str, set[str]]]:
    """(target kind, target id) -> (current body, every earlier body), of a library or a backup."""
    if backup.is_compressed(path):
        with backup.expanded(path) as plain:
            return note_texts(plain)
    connection = connect_ro(path)
    try:
        notes = connection.execute(
            "SELECT id, target_kind, COALESCE(article_id, comment_id, highlight_id, author_id, tag_id), body FROM note"
        ).fetchall()
        revisions: dict[int, set[str]] = defaultdict(set)
        for note_id, body in connection.execute("SELECT note_id, body FROM note_revision"):
            revisions[note_id].add(body)
    finally:
        connection.close()
    return {(kind, target): (body, revisions[note_id]) for note_id, kind, target, body in notes}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def worker_command(*args: str) -> list[str]:
    return [sys.executable, "-W", "error", "-m", "tests.reliability.worker", *args]


def worker_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONUNBUFFERED"] = "1"
    return env


def start_worker(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        worker_command(*args), cwd=ROOT, env=worker_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )


SAVE = re.compile(r"child (\d+) save (\d+)$")


def save_order(text: str) -> tuple[int, int]:
    """Note texts the workload writes carry (child, save number): later saves sort higher."""
    match = SAVE.search(text)
    assert match, f"a note text the workload did not write: {text!r}"
    return int(match[1]), int(match[2])


def damage_index_page(path: Path, index: str = "comment_article_id") -> None:
    """Overwrite the start of an index's root page, wherever the schema puts it: quick_check
    reports the damage (a table's root page would make it raise instead), and the schema and the
    tables still read."""
    connection = sqlite3.connect(path)
    try:
        page = int(connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0])
    finally:
        connection.close()
    data = bytearray(path.read_bytes())
    start = (page - 1) * 4096
    data[start : start + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
