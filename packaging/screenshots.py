"""Every README screenshot from the real app on the demo library, in one command:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python packaging/screenshots.py

writes light.png, dark.png and russian.png at 1280x800 and small.png at 1024x700 (light), plus
profile.png (a commenter's profile in the reader's place) and coders.png and coders-dark.png (the
demo thread coded by two more coders, in All Coders: their chips carry initials in their
colours). `--only light dark` makes some of them.
Uses a temporary library and settings folder, so the user's own library is never touched; each
shot starts from the default layout, as a first start does."""

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


def _other_coders(library: object) -> None:
    """Two more coders on the demo thread: chips only they applied show who, in their colours."""
    from desktop.store import annotations as store
    from desktop.store import coders, reading

    db = library.db  # type: ignore[attr-defined]
    article_id = next(i for i in reading.article_ids(db) if reading.thread(db, i))
    comments = {c.handle: c.id for c in reading.thread(db, article_id)}
    boris, vera = coders.coder_id(db, "Boris Ivanov"), coders.coder_id(db, "Vera")
    hostility, irony = store.find_tag(db, "rhetoric/hostility"), store.find_tag(db, "rhetoric/irony")
    assert hostility is not None and irony is not None
    store.tag_comments(db, hostility, [comments["k7k8"], comments["Vdars"]], coder=boris)
    store.tag_comments(db, irony, [comments["Smirnoff"], comments["Vdars"]], coder=vera)
    store.tag_comments(db, hostility, [comments["Vdars"]], coder=vera)
    store.tag_articles(db, irony, [article_id], coder=boris)  # the article's own chip: Boris's alone


# name: (theme, language, size)
SHOTS = {
    "light": ("light", "en", (1280, 800)),
    "dark": ("dark", "en", (1280, 800)),
    "russian": ("light", "ru", (1280, 800)),
    "small": ("light", "en", (1024, 700)),
    "profile": ("light", "en", (1280, 800)),
    "coders": ("light", "en", (1280, 800)),
    "coders-dark": ("dark", "en", (1280, 800)),
}


def _scroll_to_path(window: object, path: str) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    reader = window.reader  # type: ignore[attr-defined]
    node = next((n for n in reader.comment_model.nodes if n.comment.path == path), None)
    if node is not None:
        reader.comment_tree.scrollTo(reader.comment_model.index_of(node.comment.id),
                                     QAbstractItemView.ScrollHint.PositionAtTop)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "screenshots")
    parser.add_argument("--only", nargs="+", choices=sorted(SHOTS), default=list(SHOTS))
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="glossa-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(workdir / "config")

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import Glossa, apply_theme, make_app
    from desktop.cli import open_library_seeded
    from desktop.ui.i18n import apply_language
    from desktop.ui.settings import Settings

    app = make_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    library = open_library_seeded(workdir / "demo.glossa", seed_demo=True)
    _annotate_demo(library)
    team = None  # the demo library with two more coders' work, for the coders shots
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.only:
        theme, language, (width, height) = SHOTS[name]
        settings = Settings()
        settings.store.clear()  # the default layout, not the previous shot's
        settings.theme, settings.language = theme, language
        apply_language(language)
        apply_theme(app, theme)
        shown = library
        if name.startswith("coders"):
            if team is None:
                team = open_library_seeded(workdir / "team.glossa", seed_demo=True)
                _annotate_demo(team)
                _other_coders(team)
            shown = team
        glossa = Glossa(app, shown, settings)
        window = glossa.window
        window.resize(width, height)
        window.show()
        # The thread a first start opens, the reply under comment 6 selected: who answered whom.
        target = next((n for n in window.reader.comment_model.nodes if n.comment.path == "6.1"), None)
        if target is not None:
            window.reader.select_comment(target.comment.id)
            if name == "profile":
                window.show_author(target.comment.author_id)
        QTimer.singleShot(400, lambda: _scroll_to_path(window, "4"))  # whole cards from #4 to the reply
        QTimer.singleShot(800, app.quit)
        app.exec()
        if window.width() > width or window.height() > height:
            print(f"{name}: the window grew to {window.width()}x{window.height()}", file=sys.stderr)
        path = args.out / f"{name}.png"
        window.grab().save(str(path))
        print(f"wrote {path}")
        window.close()
        QApplication.processEvents()
    library.close()
    if team is not None:
        team.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
