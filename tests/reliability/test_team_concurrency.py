"""Five coders, each a login of their own and a process of their own, tag, highlight and write
notes on one server library at once (issue 22): no write is lost and none fails. Notes are
written on the same three comments by everyone, half of the saves as checkpoints that keep no
revision: every text a coder saved is the note's text or one of its revisions afterwards. A sixth
process imports new articles meanwhile (`glossa import`): every one of them comes in, and the
coders wait at most a batch for it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.store import annotations as ann
from desktop.store.db import Library
from desktop.store.dialect import execute
from tests.ingest.builders import article_a, comment
from tests.postgres import Server

ROOT = Path(__file__).resolve().parent.parent.parent
CODERS = 5
OPERATIONS = 60
IMPORTED = 400  # articles of two comments each, imported while the coders write


def _articles(url: str) -> int:
    library = Library.open(url)
    try:
        return int(execute(library.db, "SELECT COUNT(*) FROM article").fetchone()[0])
    finally:
        library.close()


def _writer_login(server: Server, url: str, role: str) -> str:
    database = url.rsplit("/", 1)[1]
    server.admin(f'CREATE ROLE "{role}" LOGIN')
    server.run_sql(database, f'GRANT USAGE ON SCHEMA public TO "{role}"; '
                             f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"; '
                             f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}"')
    return url.replace("postgres@", f"{role}@", 1)


@pytest.mark.slow
def test_five_coders_at_once_lose_nothing(
    seeded_path: Path, postgres_server: Server, postgres_url: str, tmp_path: Path
) -> None:
    assert main(["copy", "-q", str(seeded_path), postgres_url]) == 0
    before = _articles(postgres_url)
    corpus = tmp_path / "new"
    corpus.mkdir()
    for n in range(IMPORTED):
        comments = (comment(1, f"reader{n % 37}", f"First on {n}."), comment(2, "replier", f"A reply on {n}."))
        (corpus / f"{n}.txt").write_text(article_a(f"Imported meanwhile {n}", *comments), encoding="utf-8")
    suffix = postgres_url.rsplit("_", 1)[1]
    logins = {f"coder{n}x{suffix}": _writer_login(postgres_server, postgres_url, f"coder{n}x{suffix}")
              for n in range(CODERS)}
    processes = {
        name: subprocess.Popen([sys.executable, "-m", "tests.reliability.team_worker", url, str(seed), str(OPERATIONS)],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for seed, (name, url) in enumerate(logins.items())
    }
    importer = subprocess.Popen([sys.executable, "-m", "desktop", "--library", postgres_url, "import", "-q",
                                 str(corpus)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    written: dict[str, list[dict[str, object]]] = {}
    for name, process in processes.items():
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        lines = [json.loads(line) for line in out.splitlines()]
        assert lines[-1] == {"done": 0}, [line for line in lines if "error" in line]
        written[name] = lines[:-1]
    assert sum(len(lines) for lines in written.values()) == CODERS * OPERATIONS
    out, err = importer.communicate(timeout=300)
    assert importer.returncode == 0, (out, err)
    assert _articles(postgres_url) == before + IMPORTED

    library = Library.open(postgres_url)
    try:
        db = library.db
        coder_ids = {name: execute(db, "SELECT id FROM coder WHERE name = ?", (name,)).fetchone()[0] for name in logins}
        links = set(execute(db, "SELECT tag_id, comment_id, coder_id FROM comment_tag").fetchall())
        highlights = dict(execute(db, "SELECT id, coder_id FROM highlight").fetchall())
        # A checkpoint replaces the text its editor showed (its base) without keeping it: the
        # coder typed on from that text. Every other text must survive, as the note or a revision.
        continued = {line["base"] for lines in written.values() for line in lines
                     if "note" in line and not line["keep"]}
        for name, lines in written.items():
            for line in lines:
                if "tag" in line:
                    tag = ann.find_tag(db, str(line["tag"]))
                    assert (tag, line["comment"], coder_ids[name]) in links, line
                elif "highlight" in line:
                    assert highlights.get(line["highlight"]) == coder_ids[name], line
                elif line["text"] not in continued:
                    note = ann.get_note(db, ("comment", int(line["note"])))  # type: ignore[call-overload]
                    assert note is not None
                    texts = {note.body} | {revision.body for revision in ann.note_history(db, note.id)}
                    assert line["text"] in texts, (name, line, sorted(texts))
        assert len({ann.find_tag(db, path) for path in ("team/claims", "team/insults", "team/irony")}) == 3
    finally:
        library.close()
