"""Files that are not files to read: named pipes, sockets and devices are skipped with what they
are, never opened; a huge or binary file is judged from its first bytes, and memory stays bounded
by what is really read, not by the size of the file."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from desktop.ingest import decode, walk
from desktop.ingest.importer import import_paths
from desktop.store.db import Library
from tests.ingest.builders import SEED_A

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes and sockets are POSIX")
ROOT = Path(__file__).resolve().parents[2]


def glossa_import(library: Path, *paths: Path) -> subprocess.CompletedProcess[str]:
    """`glossa import` in its own process: a read that blocks shows as a timeout, not a hung test
    run, and a read that never ends meets a memory limit."""

    def limit_memory() -> None:
        import resource  # POSIX only, like the test

        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    return subprocess.run(
        [sys.executable, "-m", "desktop", "--library", str(library), "import", *map(str, paths)],
        capture_output=True, text=True, timeout=60, cwd=ROOT, preexec_fn=limit_memory,
    )  # fmt: skip


def test_a_named_pipe_in_a_folder_or_by_name_is_skipped_not_waited_on(tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED_A)
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / "pipe.jsonl")
    os.mkfifo(tmp_path / "named")
    (folder / "zeros.txt").symlink_to("/dev/zero")  # a link to a device is the device
    result = glossa_import(tmp_path / "library.glossa", folder, tmp_path / "named")
    assert result.returncode == 1, result.stderr
    out = result.stdout
    for path in (folder / "pipe.txt", folder / "pipe.jsonl", tmp_path / "named"):
        assert f"SKIPPED {path}: not a regular file: a named pipe (FIFO)" in out
    assert f"SKIPPED {folder / 'zeros.txt'}: not a regular file: a character device" in out
    assert f"{folder / 'good.txt'}: 1 new, 8 comments" in out
    assert "Traceback" not in result.stderr


def test_a_socket_and_devices_by_name_are_skipped_with_what_they_are(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "s"  # short: a socket's path has a length limit
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED_A)
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(folder / "sock.txt"))
        report = import_paths(library, [folder, "/dev/null", "/dev/zero"])
    reasons = {Path(f.path).name: f.skipped for f in report.files}
    assert reasons == {
        "good.txt": None,
        "sock.txt": "not a regular file: a socket",
        "null": "not a regular file: a character device",
        "zero": "not a regular file: a character device",
    }
    assert report.total("articles_added") == 1


def test_a_huge_sparse_file_is_called_binary_from_its_first_bytes(library: Library, tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:
        stream.truncate(2 * 1024**3)  # 2 GB of zeros that take no room on the disk
    also = tmp_path / "huge.jsonl"
    os.link(huge, also)
    tracemalloc.start()
    try:
        report = import_paths(library, [huge, also])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [f.skipped for f in report.files] == ["binary data, not text"] * 2
    assert peak < 20_000_000, f"{peak:,} bytes to skip a binary file"


def test_a_text_file_larger_than_the_limit_is_refused_without_being_read(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(walk, "MAX_FILE_BYTES", 4_000_000)
    big = tmp_path / "big.txt"
    big.write_bytes(SEED_A * (5_000_000 // len(SEED_A)))
    (report,) = import_paths(library, [big]).files
    assert report.skipped == (
        "too large to read whole: 4 MB, and the most Glossa reads whole is 4 MB"
        " (a JSON-lines dump, one record per line, may be any size)"
    )
    assert library.db.execute_sql("SELECT COUNT(*) FROM article").fetchone()[0] == 0


def test_a_json_lines_dump_may_be_larger_than_the_limit_but_not_one_line(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(walk, "MAX_FILE_BYTES", 1_000_000)
    record = json.dumps({"text": SEED_A.decode("utf-8")})
    long_line = json.dumps({"text": "x " * 600_000})
    last = json.dumps({"text": "Another title\n\nAnother paragraph."})
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join([record] * 300 + [long_line, last]) + "\n", "utf-8")
    assert dump.stat().st_size > 2_000_000
    (report,) = import_paths(library, [dump]).files
    assert report.problems == ["line 301: longer than 1 MB, not read"]
    assert (report.articles_added, report.articles_unchanged) == (2, 299)


@pytest.mark.parametrize("size", [0, 1, 5, 100, 8192, 8196, 9000])
def test_the_binary_sniff_of_a_files_head_agrees_with_decoding_it_whole(size: int) -> None:
    """looks_binary(head) says what decode(whole) says, for the kinds of start a file can have."""
    starts = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"%PDF", b"\x0b\x0b"]
    bodies = [b"plain text line\n", b"\x00\x01\x02binary\x03", "\u0442\u0435\u043a\u0441\u0442\n".encode("utf-16-le"),
              "\u0442\u0435\u043a\u0441\u0442 ".encode(), b"\x00", b" \n"]  # fmt: skip
    for start in starts:
        for body in bodies:
            data = (start + body * (size // max(len(body), 1) + 1))[: len(start) + size]
            try:
                decode.decode(data)
                binary = False
            except decode.UnreadableInput as error:
                binary = str(error) == decode.BINARY
            assert decode.looks_binary(data[: decode.HEAD_BYTES]) == binary, (start, body, size)


def old_looks_binary(data: bytes) -> bool:
    """The byte-by-byte original, kept to check the fast one against."""
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return sample.count(0) > len(sample) * 0.01 or controls > len(sample) * 0.05


def test_the_fast_control_count_gives_the_same_verdicts() -> None:
    samples = [bytes(range(256)) * 40, b"text\x01" * 3000, b"\t\n\x0c\r" * 3000, b"a" * 100 + b"\x1f" * 6, b""]
    samples += [bytes([b]) * 100 + b"x" * 1900 for b in range(40)]
    for sample in samples:
        assert decode._looks_binary(sample) == old_looks_binary(sample), sample[:20]
