"""Issue 18, item 1: `glossa` names the missing system packages instead of letting Qt abort."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from desktop import cli
from desktop.display_check import XCB_LIBRARIES, install_advice, missing_packages, would_use_xcb

ROOT = Path(__file__).resolve().parent.parent
X11 = {"DISPLAY": ":0"}


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        (X11, "linux", True),
        ({**X11, "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({**X11, "QT_QPA_PLATFORM": "xcb;wayland"}, "linux", True),
        ({**X11, "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({**X11, "QT_QPA_PLATFORM": "wayland"}, "linux", False),
        ({**X11, "XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({**X11, "XDG_SESSION_TYPE": "x11"}, "linux", True),
        ({}, "linux", False),  # no display: Qt says so itself
        (X11, "darwin", False),
        (X11, "win32", False),
    ],
)
def test_xcb_is_checked_only_where_qt_would_load_it(environ: dict[str, str], platform: str, expected: bool) -> None:
    assert would_use_xcb(environ, platform) is expected


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="loads Linux sonames for real")
def test_a_library_that_does_not_load_names_its_package() -> None:
    libraries = {"libglossa-absent.so.9": "libglossa-absent9", "libc.so.6": "libc6", "libm.so.6": "libm6"}
    assert missing_packages(X11, "linux", libraries) == ["libglossa-absent9"]
    assert missing_packages({**X11, "QT_QPA_PLATFORM": "offscreen"}, "linux", libraries) == []


def test_the_gui_prints_the_install_command_and_starts_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "library.glossa"
    assert cli._gui(library, explicit=True, missing=["libxcb-icccm4", "libxcb-keysyms1"]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1\n" in err
    assert "Traceback" not in err
    assert not library.exists()


def test_the_advice_is_one_command_for_every_package() -> None:
    commands = [line.strip() for line in install_advice(["a1", "b2"]).splitlines() if "apt" in line]
    assert commands == ["sudo apt install a1 b2"]


def test_the_readme_names_every_package_the_check_knows() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"sudo apt install ([^\n`]+)", readme)
    assert command is not None
    assert set(command.group(1).split()) >= set(XCB_LIBRARIES.values())
