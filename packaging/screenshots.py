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


def _annotate_demo(library: object) -> None:
    """A small coding scheme on the demo thread, as a researcher would leave it."""
    from desktop.store import annotations as store
    from desktop.store import reading

    db = library.db  # type: ignore[attr-defined]
    article_id = next(i for i in reading.article_ids(db) if reading.thread(db, i))
    comments = {c.handle: c for c in reading.thread(db, article_id)}
    hostility, _ = store.create_tag(db, "rhetoric/hostility", "#e05d5d")
    irony, _ = store.create_tag(db, "rhetoric/irony", "#5d8de0")
    distrust, _ = store.create_tag(db, "stance/distrust of the West", "#e0a85d")
    store.set_favorite(db, hostility, 1)
    store.set_favorite(db, irony, 2)
    store.tag_comments(db, hostility, [comments["Smirnoff"].id, comments["rotkiv04"].id])
    store.tag_comments(db, irony, [comments["k7k8"].id, comments["Vdars"].id, comments["zenion"].id])
    store.tag_subthread(db, distrust, comments["In passing"].id)
    store.tag_articles(db, distrust, [article_id])
    body = comments["Vdars"].body
    store.add_highlight(db, ("comment", comments["Vdars"].id), body.index("cost of ink"),
                        body.index("cost of ink") + len("cost of ink"), irony)
    paragraphs = reading.article_detail(db, article_id).paragraphs  # type: ignore[union-attr]
    text = store.article_text(paragraphs)
    phrase = "no readiness for serious negotiations"
    store.add_highlight(db, ("article", article_id), text.index(phrase), text.index(phrase) + len(phrase),
                        distrust, "The framing the comments react to.")
    store.set_note(db, ("comment", comments["Vdars"].id),
                   "Reply mocks the **value of a signature**: a recurring *irony* pattern.\n\n- compare k7k8")


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
    _annotate_demo(library)
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
