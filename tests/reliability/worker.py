"""Subprocess side of the reliability tests: `python -m tests.reliability.worker MODE ...`.

Modes that the parent kills with SIGKILL at a random moment:
    workload LIBRARY INPUTS SEED CHILD   imports input files one at a time and saves notes, mixed;
                                         prints "ready", then "ack KIND ID TEXT" after each note
                                         save has committed
    backup LIBRARY                       backs up again and again (keep 3), "made PATH" after each
    restore LIBRARY BACKUP...            "start", restores the backups in turn, round and round,
                                         "done PATH" after each
    migrate LIBRARY                      "start", opens (and so upgrades) the library, "done"
And one the parent only watches:
    damaged PRISTINE WORKDIR FIRST COUNT damages copies of PRISTINE (byte flips, truncation,
                                         zeroed pages) and prints one JSON line per copy with
                                         the decision Library.open and the full check made
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
import time
from pathlib import Path

from desktop.ingest.importer import import_paths
from desktop.store import annotations
from desktop.store.backup import backup_now, restore
from desktop.store.check import check_file
from desktop.store.db import Library, LibraryDamaged, LibraryError


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def workload(library_path: Path, inputs: Path, seed: int, child: int) -> None:
    rng = random.Random(seed)
    library = Library.open(library_path)
    files = sorted(inputs.iterdir())
    rng.shuffle(files)
    targets = [("article", row[0]) for row in library.db.execute_sql("SELECT id FROM article ORDER BY id LIMIT 2")]
    targets += [("comment", row[0]) for row in library.db.execute_sql("SELECT id FROM comment ORDER BY id LIMIT 8")]
    say("ready")
    saves = 0
    while True:
        if files and rng.random() < 0.5:
            import_paths(library, [files.pop()])
        else:
            kind, target = rng.choice(targets)
            saves += 1
            text = f"child {child} save {saves}"
            annotations.set_note(library.db, (kind, target), text)
            say(f"ack {kind} {target} {text}")


def backup_loop(library_path: Path) -> None:
    say("start")
    while True:
        info = backup_now(library_path, keep=3)
        say(f"made {info.path}")


def restore_loop(library_path: Path, backups: list[Path]) -> None:
    say("start")
    while True:
        for backup in backups:
            restore(library_path, backup)
            say(f"done {backup}")


def migrate(library_path: Path) -> None:
    say("start")
    Library.open(library_path).close()
    say("done")


def damage(data: bytes, rng: random.Random, number: int) -> bytes:
    """Byte flips (anywhere, or in the 100-byte header), a truncation, or a zeroed page."""
    buffer = bytearray(data)
    way = number % 5
    if way in (0, 1):
        for _ in range(rng.randint(1, 8)):
            position = rng.randrange(100) if way == 1 else rng.randrange(len(buffer))
            buffer[position] ^= rng.randint(1, 255)
        return bytes(buffer)
    if way == 2:
        return bytes(buffer[: rng.randrange(len(buffer))])
    if way == 3:
        page = rng.randrange(len(buffer) // 4096) * 4096
        buffer[page : page + 4096] = bytes(4096)
        return bytes(buffer)
    cut = rng.randrange(1, len(buffer) // 4096) * 4096  # a whole number of pages: a plausible cut
    return bytes(buffer[:cut])


def damaged(pristine: Path, workdir: Path, first: int, count: int) -> None:
    data = pristine.read_bytes()
    for number in range(first, first + count):
        copy = workdir / f"copy-{number}.glossa"
        copy.write_bytes(damage(data, random.Random(number), number))
        before = hashlib.sha256(copy.read_bytes()).hexdigest()
        say(json.dumps({"starting": number}))
        start = time.perf_counter()
        try:
            library = Library.open(copy)
        except LibraryDamaged:
            decision = "damaged"
        except LibraryError:
            decision = "refused"
        else:
            decision = "opened"
            library.close()
        report = check_file(copy)
        seconds = time.perf_counter() - start
        after = hashlib.sha256(copy.read_bytes()).hexdigest()
        say(json.dumps({"copy": number, "decision": decision, "seconds": seconds, "unchanged": before == after,
                        "check_ok": report.ok}))
        for leftover in workdir.glob(f"copy-{number}.*"):
            leftover.unlink()


def main(argv: list[str]) -> None:
    mode, *rest = argv
    if mode == "workload":
        workload(Path(rest[0]), Path(rest[1]), int(rest[2]), int(rest[3]))
    elif mode == "backup":
        backup_loop(Path(rest[0]))
    elif mode == "restore":
        restore_loop(Path(rest[0]), [Path(p) for p in rest[1:]])
    elif mode == "migrate":
        migrate(Path(rest[0]))
    elif mode == "damaged":
        damaged(Path(rest[0]), Path(rest[1]), int(rest[2]), int(rest[3]))
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv[1:])
