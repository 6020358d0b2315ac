"""A CSV export is two files. Killed at any rename, it leaves the old pair, the new pair, or part
of one with the rest missing, never a new comments file beside an old annotations file; the
next export to the same place removes what the killed one left (issue 16, item 5)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.store import annotations
from desktop.store.db import Library
from tests.reliability.helpers import ROOT, worker_env

NAMES = ("comments.csv", "annotations.csv", "agreement.csv")

# The export, killed (os._exit: nothing runs after it, as with kill -9) at the n-th rename of a
# file in the destination folder.
CRASHING_EXPORT = """
import os, sys
from desktop.cli import main

library, folder, crash_at = sys.argv[1], sys.argv[2], int(sys.argv[3])
real_replace, renames = os.replace, 0

def replace(source, target, *args, **kwargs):
    global renames
    if str(target).startswith(folder) or str(source).startswith(folder):
        renames += 1
        if renames == crash_at:
            os._exit(9)
    return real_replace(source, target, *args, **kwargs)

os.replace = replace
sys.exit(main(["--library", library, "export", "--format", "csv", "--force", "-o", folder]))
"""


def _pair(folder: Path) -> dict[str, bytes | None]:
    return {name: (folder / name).read_bytes() if (folder / name).exists() else None for name in NAMES}


def _export(library: Path, folder: Path) -> None:
    assert main(["--library", str(library), "export", "--format", "csv", "--force", "-o", str(folder)]) == 0


@pytest.mark.parametrize("crash_at", [1, 2, 3, 4, 5, 6])
def test_a_csv_export_killed_between_renames_never_leaves_a_mixed_pair(seeded_path: Path, tmp_path: Path,
                                                                       crash_at: int) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    _export(seeded_path, folder)
    old = _pair(folder)
    library = Library.open(seeded_path)
    try:
        tag, _ = annotations.create_tag(library.db, "later")
        annotations.tag_articles(library.db, tag, [1])
        annotations.set_note(library.db, ("comment", 1), "a later note")  # in both files
    finally:
        library.close()
    killed = subprocess.run([sys.executable, "-c", CRASHING_EXPORT, str(seeded_path), str(folder), str(crash_at)],
                            capture_output=True, text=True, cwd=ROOT, env=worker_env(), timeout=120)
    assert killed.returncode == 9, killed.stderr
    after = _pair(folder)
    exports = {"missing" if after[n] is None else "old" if after[n] == old[n] else "new" for n in NAMES}
    assert not {"old", "new"} <= exports, f"killed at rename {crash_at}: {after}"
    _export(seeded_path, folder)
    new = _pair(folder)
    assert all(new[name] is not None for name in NAMES)
    assert all(new[name] != old[name] for name in NAMES[:2])  # agreement.csv: no coders to compare, its header
    assert sorted(p.name for p in folder.iterdir()) == sorted(NAMES)  # the killed export's leftovers are gone


def test_a_rename_that_fails_puts_the_old_pair_back(seeded_path: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    _export(seeded_path, folder)
    old = _pair(folder)
    real_replace, renames = os.replace, []

    def replace(source: str | Path, target: str | Path) -> None:
        renames.append(target)
        if len(renames) == 5:  # the three old files aside, the new comments in place: the annotations fail
            raise PermissionError(13, "Permission denied", str(target))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    assert main(["--library", str(seeded_path), "export", "--format", "csv", "--force", "-o", str(folder)]) == 2
    assert "Permission denied" in capsys.readouterr().err
    assert _pair(folder) == old
    assert sorted(p.name for p in folder.iterdir()) == sorted(NAMES)
