"""Screenshots of the real app on the demo library, light and dark, for the README and AppStream.

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python packaging/screenshots.py

Uses a temporary library and settings folder, so the user's own library is never touched."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "screenshots")
    parser.add_argument("--themes", nargs="+", default=["light", "dark"])
    parser.add_argument("--size", default="1360x860")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="glossa-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(workdir / "config")

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import Glossa, apply_theme, make_app
    from desktop.cli import open_library_seeded
    from desktop.ui.settings import Settings

    app = make_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    library = open_library_seeded(workdir / "demo.glossa", seed_demo=True)
    args.out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.split("x"))
    for theme in args.themes:
        settings = Settings()
        settings.theme = theme
        apply_theme(app, theme)
        glossa = Glossa(app, library, settings)
        window = glossa.window
        window.resize(width, height)
        window.show()
        # The article with the thread, the reply under comment 6 selected: the tree shows who answered whom.
        for row in range(window.article_model.rowCount()):
            article = window.article_model.article(row)
            if article is not None and article.comments:
                window.select_row(row)
                break
        target = next((n for n in window.reader.comment_model.nodes if n.comment.path == "6.1"), None)
        if target is not None:
            window.reader.select_comment(target.comment.id)
        QTimer.singleShot(600, app.quit)
        app.exec()
        path = args.out / f"{theme}.png"
        window.grab().save(str(path))
        print(f"wrote {path}")
        window.close()
        QApplication.processEvents()
    library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
