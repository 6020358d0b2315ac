"""Before the window: are the system libraries Qt's X11 (xcb) plugin loads there?

Qt aborts (exit 134) when one is missing, naming at best one of them. A minimal Debian or
Ubuntu desktop lacks several, so `glossa` looks first and prints the one command that
installs them all. No Qt here: this runs before PySide6 is imported. Each check is a
dlopen of a library the plugin loads moments later anyway, so it costs next to nothing.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# What the xcb plugin (libqxcb.so) and its libQt6XcbQpa need beyond Qt and the C/C++ runtime
# (`readelf -d`, `ldd`), with the Debian/Ubuntu package that ships each. README.md lists them too.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
}


def would_use_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Would Qt pick its xcb plugin? On Linux under X11: QT_QPA_PLATFORM unset or naming xcb
    first, a DISPLAY to connect to, and not a Wayland session (where Qt tries Wayland first)."""
    if not platform.startswith("linux") or not environ.get("DISPLAY"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    wayland = environ.get("XDG_SESSION_TYPE") == "wayland" and bool(environ.get("WAYLAND_DISPLAY"))
    return not wayland


def _bundled_dirs() -> list[Path]:
    """Where a copy of a library may sit beside Qt: PySide6's own lib folder, a frozen build's."""
    dirs = []
    spec = importlib.util.find_spec("PySide6")  # finds the package without importing it
    if spec is not None and spec.origin:
        dirs.append(Path(spec.origin).parent / "Qt" / "lib")
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        dirs.append(Path(frozen))
    return dirs


def loadable(soname: str) -> bool:
    import ctypes  # only where X11 is checked: start-up elsewhere does not pay for it

    try:
        ctypes.CDLL(soname)
    except OSError:
        return any((folder / soname).exists() for folder in _bundled_dirs())
    return True


def missing_packages(
    environ: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    libraries: Mapping[str, str] = XCB_LIBRARIES,
    load: Callable[[str], bool] = loadable,
) -> list[str]:
    """The packages to install before Qt can open a window here; empty when nothing is missing
    or Qt will not use xcb."""
    if not would_use_xcb(os.environ if environ is None else environ, platform):
        return []
    return sorted({package for soname, package in libraries.items() if not load(soname)})


def install_advice(packages: list[str]) -> str:
    names = " ".join(packages)
    return (
        "Glossa cannot open its window: Qt's X11 (xcb) plugin needs system libraries that are not installed.\n"
        "On Debian or Ubuntu install them with:\n\n"
        f"    sudo apt install {names}\n\n"
        "(on other systems, the packages that provide the same libraries), then start Glossa again."
    )
