"""Re-extract the UI's texts into the translation catalogues and compile them.

    .venv/bin/python packaging/update_translations.py          # lupdate, then lrelease
    .venv/bin/python packaging/update_translations.py --check  # fail if a catalogue is out of date

lupdate reads every module of desktop/ui, desktop/app.py and every other module that marks texts
with desktop.texts.QT_TRANSLATE_NOOP (the store's search errors and undo labels, the importer's
report, ...), and merges the texts into resources/translations/glossa_<language>.ts: new texts
arrive unfinished, vanished ones are dropped.
Translate the unfinished ones (Qt Linguist, or any editor: Russian and Ukrainian need their three
plural forms), then run this again: lrelease compiles each .ts to the .qm the app loads. English is
the source language; its catalogue holds only the plural forms ("1 comment", "2 comments").
tests/ui/test_i18n.py fails while a text is untranslated or a catalogue is out of date."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "ru", "uk")
MARKER = "QT_TRANSLATE_NOOP("  # a module that calls it has texts for lupdate


def sources() -> list[Path]:
    """desktop/ui and desktop/app.py, then the Qt-free modules that mark texts for translation."""
    desktop = ROOT / "desktop"
    ui = [*sorted((desktop / "ui").rglob("*.py")), desktop / "app.py"]
    marking = [path for path in sorted(desktop.rglob("*.py"))
               if path not in ui and path != desktop / "texts.py" and MARKER in path.read_text(encoding="utf-8")]
    return [*ui, *marking]


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the tool) into this environment")
    return found


def lupdate(ts: Path, language: str) -> None:
    command = [tool("pyside6-lupdate"), *(str(p.relative_to(ROOT)) for p in sources()),
               "-ts", str(ts), "-no-obsolete", "-locations", "relative", "-source-language", "en",
               "-target-language", language, "-silent"]
    if language == "en":
        command.append("-pluralonly")
    # A construct lupdate's Python parser cannot follow makes it loop instead of failing.
    subprocess.run(command, cwd=ROOT, check=True, timeout=300)


def lrelease(ts: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm")), "-silent"],
                   cwd=ROOT, check=True, timeout=300)


def messages(ts: Path) -> list[tuple[str, ...]]:
    """What a catalogue says, without where in the code each text is."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            found.append((name, message.findtext("source", ""), message.findtext("comment", ""),
                          translation.get("type", ""), *forms))
    return found


def check() -> int:
    """Run lupdate on copies: a catalogue whose texts change is out of date with the sources."""
    stale = []
    with tempfile.TemporaryDirectory() as folder:
        for language in LANGUAGES:
            ts = TRANSLATIONS / f"glossa_{language}.ts"
            copy = Path(folder) / ts.name
            shutil.copy(ts, copy)
            lupdate(copy, language)
            if messages(copy) != messages(ts):
                stale.append(ts.name)
    if stale:
        print(f"Out of date: {', '.join(stale)}; run packaging/update_translations.py", file=sys.stderr)
        return 1
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report catalogues out of date with the code")
    args = parser.parse_args()
    if args.check:
        return check()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"glossa_{language}.ts"
        lupdate(ts, language)
        lrelease(ts)
        print(f"{ts.relative_to(ROOT)} -> {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
