"""A library with every kind of annotation, built through the importer and the store API."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop.ingest.importer import import_paths
from desktop.store import annotations as ann
from desktop.store import reading, summaries
from desktop.store.annotations import Target
from desktop.store.db import Library
from tests.conftest import SEEDS
from tests.ingest.builders import comment

SEED_HANDLES = ("rotkiv04", "Jacques sekavar", "Smirnoff", "soloist2424", "zenion", "In passing", "Vdars", "k7k8")
SEED_DISPLAY_NAMES = ("Victor", "Jacques Sekavar", "Oleg", "zinovy", "Galina Rožkova", "vic")

CYRILLIC_PARAGRAPHS = [
    "Президент заявил о готовности к переговорам 🙂 с Западом.",
    "Эксперты называют это пропагандой, а не дипломатией.",
]


def cyrillic_article() -> str:
    """A Format A page in Russian whose thread nests three deep and quotes a seed commenter."""
    lines = [
        "Переговоры: новый раунд",
        "",
        CYRILLIC_PARAGRAPHS[0],
        "",
        CYRILLIC_PARAGRAPHS[1],
        "  • Photos used: Кремль",
        "Dear reader, to leave comments on the publication, you must sign in.",
    ]
    lines += comment(1, "Анна_К", "Это пропаганда 🙂 чистая.\nQuote: Smirnoff", number=1, display="Анна",
                     time="24 December 2022 10: 00")  # fmt: skip
    lines += comment(2, "boris", ["Нет, это не так.", "", "=SUM(A1) - not a formula"], number=1, display="Борис",
                     time="24 December 2022 10: 05")  # fmt: skip
    lines += comment(3, "Анна_К", "Так и есть, @Smirnoff и Vdars согласны.", number=1, display="Анна",
                     time="24 December 2022 10: 07")  # fmt: skip
    lines += comment(1, "vera", "-1 for this, +1 for that; @home", number=2, display=None,
                     time="24 December 2022 11: 00")  # fmt: skip
    return "\n".join(lines) + "\n"


@dataclass
class Rich:
    """Ids of what the rich library holds."""

    seed_a: int = 0
    seed_b: int = 0
    cyrillic: int = 0
    comments: dict[str, int] = field(default_factory=dict)  # "<handle>" or "<handle>#2" -> id
    tags: dict[str, int] = field(default_factory=dict)
    highlights: dict[str, int] = field(default_factory=dict)


def build_rich(library: Library, folder: Path) -> Rich:
    """Seeds plus a Cyrillic article; tags in a hierarchy with colours and keys; tagged articles,
    comments and a subthread; highlights on article and comment text (Cyrillic, after an emoji,
    across a line break, in a reply); notes on all five target kinds, revised; read and starred
    state; a detached note and highlight."""
    db = library.db
    page = folder / "cyrillic.txt"
    page.write_text(cyrillic_article(), encoding="utf-8")
    report = import_paths(library, [SEEDS, page])
    assert not report.skipped, [f.skipped or f.problems for f in report.skipped]
    rich = Rich()
    titles = {row[1]: row[0] for row in db.execute_sql("SELECT id, title FROM article")}
    rich.seed_a = next(i for t, i in titles.items() if t.startswith("US administration"))
    rich.seed_b = next(i for t, i in titles.items() if t.startswith("The Kremlin"))
    rich.cyrillic = titles["Переговоры: новый раунд"]
    for comment_id, handle in db.execute_sql(
        "SELECT c.id, a.handle FROM comment c JOIN author a ON a.id = c.author_id ORDER BY c.article_id, c.position"
    ):
        key = handle if handle not in rich.comments else f"{handle}#2"
        rich.comments[key] = comment_id
    assert len(rich.comments) == 12, rich.comments

    t = rich.tags
    t["propaganda"], _ = ann.create_tag(db, "propaganda", "#ff0000")
    t["dehumanisation"], _ = ann.create_tag(db, "propaganda/dehumanisation", "#00aa00")
    t["animals"], _ = ann.create_tag(db, "propaganda/dehumanisation/animal metaphors", "#123456")
    t["irony"], _ = ann.create_tag(db, "irony", "#0000ff")
    t["ирония"], _ = ann.create_tag(db, "irony/сарказм", "#abcdef")
    ann.set_favorite(db, t["propaganda"], 1)
    ann.set_favorite(db, t["dehumanisation"], 2)
    ann.set_favorite(db, t["ирония"], 9)

    ann.tag_articles(db, t["propaganda"], [rich.seed_a, rich.cyrillic])
    ann.tag_articles(db, t["irony"], [rich.cyrillic])
    ann.tag_comments(db, t["dehumanisation"], [rich.comments["Smirnoff"], rich.comments["Vdars"]])
    ann.tag_subthread(db, t["ирония"], rich.comments["Анна_К"])
    ann.tag_comments(db, t["animals"], [rich.comments["boris"]])

    seed_text = ann.article_text(json.loads(db.execute_sql(
        "SELECT paragraphs FROM article WHERE id = ?", (rich.seed_a,)).fetchone()[0]))  # fmt: skip
    start = seed_text.index("Biden could meet")
    h = rich.highlights
    h["biden"], _ = ann.add_highlight(db, Target("article", rich.seed_a), start, start + 5, t["propaganda"], "the name")
    cyr_text = ann.article_text(CYRILLIC_PARAGRAPHS)
    start = cyr_text.index("пропагандой")
    h["пропаганда"], _ = ann.add_highlight(db, Target("article", rich.cyrillic), start, start + len("пропагандой"),
                                           t["ирония"])  # fmt: skip
    h["two paragraphs"], _ = ann.add_highlight(db, Target("article", rich.cyrillic), cyr_text.index("Западом"),
                                               cyr_text.index("называют"))  # fmt: skip
    anna = db.execute_sql("SELECT body FROM comment WHERE id = ?", (rich.comments["Анна_К"],)).fetchone()[0]
    start = anna.index("чистая")
    h["after emoji"], _ = ann.add_highlight(db, Target("comment", rich.comments["Анна_К"]), start, start + 6,
                                            t["dehumanisation"], "после эмодзи")  # fmt: skip
    h["line break"], _ = ann.add_highlight(db, Target("comment", rich.comments["Анна_К"]), start,
                                           anna.index("Smirnoff"))  # fmt: skip
    boris = db.execute_sql("SELECT body FROM comment WHERE id = ?", (rich.comments["boris"],)).fetchone()[0]
    start = boris.index("не так")
    h["reply"], _ = ann.add_highlight(db, Target("comment", rich.comments["boris"]), start, boris.index("SUM"),
                                      t["animals"])  # fmt: skip
    vdars = db.execute_sql("SELECT body FROM comment WHERE id = ?", (rich.comments["Vdars"],)).fetchone()[0]
    start = vdars.index("cost of ink")
    h["ink"], _ = ann.add_highlight(db, Target("comment", rich.comments["Vdars"]), start, start + 11, t["irony"])

    ann.set_note(db, Target("article", rich.seed_a), "First thoughts.")
    ann.set_note(db, Target("article", rich.seed_a), "## Framing\nBiden is *conditional*; see Smirnoff's reply.")
    ann.set_note(db, Target("comment", rich.comments["Smirnoff"]), "Caps lock = anger")
    ann.set_note(db, Target("comment", rich.comments["Smirnoff"]), "Caps lock = anger?\n\n- typical\n- of k7k8 too")
    ann.set_note(db, Target("comment", rich.comments["Анна_К"]), "Цитирует Smirnoff.")
    ann.set_note(db, Target("highlight", h["ink"]), "ink, not blood")
    ann.set_note(db, Target("highlight", h["biden"]), "the name, again")
    ann.set_note(db, Target("author", _author(library, "Smirnoff")), "Posts in capitals. Also known as Victor.")
    ann.set_note(db, Target("author", _author(library, "Анна_К")), "Только по-русски.")
    ann.set_note(db, Target("tag", t["dehumanisation"]), "Speech that denies humanity.")
    ann.set_note(db, Target("tag", t["dehumanisation"]), "Speech that denies the other side's humanity.")

    reading.set_articles_read(db, [rich.seed_a], True)
    reading.set_starred(db, [rich.cyrillic], True)
    reading.set_comments_read(db, [rich.comments["rotkiv04"], rich.comments["boris"]], True)

    # Detached: a note and a highlight whose comment is gone.
    gone = db.execute_sql(
        "INSERT INTO comment (article_id, parent_id, position, depth, path, author_id, status, body, fingerprint,"
        " truncated, is_read) VALUES (?, NULL, 99, 1, '99', ?, 'Offline', 'Soon deleted by zenion', 'gone', 0, 0)",
        (rich.seed_b, _author(library, "zenion")),
    ).lastrowid
    ann.set_note(db, Target("comment", gone), "A note on a deleted comment")
    ann.add_highlight(db, Target("comment", gone), 0, 4, t["irony"], "kept")
    db.execute_sql("DELETE FROM comment WHERE id = ?", (gone,))
    summaries.refresh(db, [rich.seed_b])  # what the store keeps with the comments
    return rich


def _author(library: Library, handle: str) -> int:
    return int(library.db.execute_sql("SELECT id FROM author WHERE handle = ?", (handle,)).fetchone()[0])
