"""The installed app carries everything it needs, and its desktop files are valid."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import time
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.glossa.Glossa"


def _declared_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_package_is_declared() -> None:
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "desktop").rglob("__init__.py")
        if "__pycache__" not in path.parts
    }
    assert found | {"desktop.resources"} == _declared_packages()


@pytest.mark.slow
def test_the_wheel_holds_code_and_resources(tmp_path: Path) -> None:
    """`python -m build` makes the wheel (in its own isolated environment, as a packager would);
    installed into a fresh environment, it runs and finds its resources there."""
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path / "dist"), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    wheel = next((tmp_path / "dist").glob("glossa-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for demo in (ROOT / "resources" / "demo").glob("*.txt"):
        assert f"desktop/resources/demo/{demo.name}" in names
    assert f"desktop/resources/icons/{APP_ID}.svg" in names
    assert f"desktop/resources/icons/hicolor/256x256/apps/{APP_ID}.png" in names
    for package in _declared_packages() - {"desktop.resources"}:
        assert f"{package.replace('.', '/')}/__init__.py" in names
    assert not [n for n in names if n.startswith("tests/")]
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    requires = [line for line in zipfile.ZipFile(wheel).read(metadata).decode().splitlines()
                if line.startswith("Requires-Dist:") and "extra ==" not in line]
    for dependency in ("numpy", "networkx"):  # the campaign finder's, loaded only when it runs
        assert any(line.split()[1].startswith(dependency) for line in requires), requires

    # Installed: Glossa from the wheel, its dependencies (Qt, peewee...) from this environment's
    # site-packages through a .pth file, which does not run this checkout's editable-install hook.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    child_site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                                capture_output=True, text=True, check=True).stdout.strip()
    (Path(child_site) / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # nothing of this checkout
    installed = subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "-q", str(wheel)],
                               capture_output=True, text=True, timeout=300, env=clean)
    assert installed.returncode == 0, installed.stderr
    probe = (
        "import desktop, desktop.paths as p, desktop.cli, desktop.store.campaigns, desktop.exporting.campaign_graph;"
        "print(desktop.__file__);"
        "assert sorted(p.DEMO_CORPUS.glob('*.txt')) and (p.ICONS / 'hicolor').is_dir()"
    )
    ran = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                         env=clean)
    assert ran.returncode == 0, ran.stderr
    assert Path(ran.stdout.strip()).is_relative_to(venv)  # the installed copy, not this checkout
    version = subprocess.run([str(python), "-m", "desktop.cli", "--version"], capture_output=True, text=True,
                             timeout=120, cwd=tmp_path, env=clean)
    assert version.stdout.startswith("Glossa "), version.stderr


def _validator(name: str) -> str:
    tool = shutil.which(name)
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing: .ci/run installs it")
        pytest.skip(f"{name} is not installed here")
    return tool


def test_desktop_file_is_valid() -> None:
    tool = _validator("desktop-file-validate")
    result = subprocess.run([tool, str(ROOT / "packaging" / f"{APP_ID}.desktop")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_appstream_metainfo_is_valid() -> None:
    tool = _validator("appstreamcli")
    result = subprocess.run([tool, "validate", "--no-net", str(ROOT / "packaging" / f"{APP_ID}.metainfo.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_the_one_folder_build_starts(tmp_path: Path) -> None:
    """PyInstaller builds packaging/glossa.spec into a one-folder app; the frozen binary prints its
    version, imports the demo corpus into a new library, and opens its window on it (offscreen):
    a second launch on the same library is handed over to that window, so the first one is up."""
    pytest.importorskip("PyInstaller", reason="pip install -e '.[test]' installs PyInstaller")
    built = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"),
         str(ROOT / "packaging" / "glossa.spec")],
        capture_output=True, text=True, timeout=900,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    app = tmp_path / "dist" / "glossa" / ("glossa.exe" if sys.platform == "win32" else "glossa")
    library = tmp_path / "smoke.glossa"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("PYTHONPATH", None)

    def glossa(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(app), *args], capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)

    assert glossa("--version").stdout.startswith("Glossa ")
    imported = glossa("--library", str(library), "import", str(ROOT / "resources" / "demo"))
    assert imported.returncode == 0 and "Imported 2 new articles and 8 comments" in imported.stdout, imported.stderr
    assert "Articles: 2" in glossa("--library", str(library), "info").stdout
    # The campaign finder's numpy and the graph export's networkx are in the folder too.
    graph = tmp_path / "handles.gexf"
    found = glossa("--library", str(library), "campaigns", "--json", "--gexf", str(graph))
    assert found.returncode == 0, found.stderr
    assert set(json.loads(found.stdout)) == {"campaigns", "co_posting"}
    assert "<gexf" in graph.read_text(encoding="utf-8")

    window = subprocess.Popen([str(app), "--library", str(library)], env=env, cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lock = Path(f"{library}.lock")
        for _ in range(600):  # a hang guard, not a timing: the window takes a second or two
            if lock.exists() or window.poll() is not None:
                break
            time.sleep(0.1)
        assert window.poll() is None, window.communicate()
        second = glossa("--library", str(library))
        assert second.returncode == 0, second.stderr  # handed over to the running window
        assert window.poll() is None
    finally:
        window.terminate()
        _out, err = window.communicate(timeout=60)
    assert window.returncode == 0, err
    assert "Traceback" not in err, err
