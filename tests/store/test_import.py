"""The importer on a real library: folders, JSON-lines dumps, re-imports, newer scrapes, bad files,
a big file, progress and cancellation."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from desktop.ingest.documents import PATH_LEVELS, DocumentKind, Presence
from desktop.ingest.formats import json_lines
from desktop.ingest.importer import ImportReport, Progress, import_paths
from desktop.ingest.parse import parse_bytes
from desktop.store import batches
from desktop.store.db import Library
from desktop.store.dialect import SQLITE, execute, of
from desktop.store.queries import counts
from tests.conftest import DATA
from tests.exported import exported_articles
from tests.ingest.builders import SEED_A, SEED_A_TITLE, SEED_B, SEED_B_TITLE, article_a, comment

SEED_A_TEXT = SEED_A.decode("utf-8")
SEED_A_HANDLES = ["rotkiv04", "Jacques sekavar", "Smirnoff", "soloist2424", "zenion", "In passing", "Vdars", "k7k8"]
VDARS_REPLY = (
    "    1. Vdars Offline Vdars\n"
    "      Vdars (Victor) 23 December 2022 22: 52\n"
    "      Only the cost of ink in the signature!\n"
)


@pytest.fixture
def library(engine_library: Library) -> Library:
    """Each test here runs on both engines: the importer's store path is written once."""
    return engine_library


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def query(library: Library, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in execute(library.db, sql, params).fetchall()]


def thread(library: Library, title: str) -> list[dict[str, Any]]:
    """The exported comments of the article with this title."""
    (article,) = [a for a in exported_articles(library) if a["title"] == title]
    comments: list[dict[str, Any]] = article["comments"]
    return comments


def ok(report: ImportReport) -> ImportReport:
    assert not report.skipped, [(f.path, f.skipped, f.problems) for f in report.skipped]
    return report


def check_search_index(library: Library) -> None:
    """If the library has a comment search index, it holds exactly what indexing the comments'
    text afresh gives: a completed comment's old text is gone from it, its new text is in."""
    if of(library.db) is not SQLITE or not library.db.table_exists("comment_search"):
        return  # a server's index is checked by tests/store/test_search_engines.py
    library.db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
    check = sqlite3.connect(str(library.path))
    try:
        (ddl,) = check.execute("SELECT sql FROM sqlite_master WHERE name = 'comment_search'").fetchone()
        tokenizer = re.search(r"tokenize\s*=\s*'([^']*)'", ddl)
        options = f", tokenize='{tokenizer.group(1)}'" if tokenizer else ""
        check.execute(f"CREATE VIRTUAL TABLE temp.fresh USING fts5(body{options})")
        check.execute("INSERT INTO temp.fresh (rowid, body) SELECT id, body FROM comment_search_source")
        check.execute("CREATE VIRTUAL TABLE temp.have USING fts5vocab(main, comment_search, instance)")
        check.execute("CREATE VIRTUAL TABLE temp.want USING fts5vocab(temp, fresh, instance)")
        have = check.execute("SELECT term, doc, col, offset FROM temp.have").fetchall()
        want = check.execute("SELECT term, doc, col, offset FROM temp.want").fetchall()
        assert sorted(have) == sorted(want)
    finally:
        check.close()


# -- folders and JSON-lines dumps ----------------------------------------------------------------


def test_folders_are_imported_recursively(library: Library, tmp_path: Path) -> None:
    root = tmp_path / "dumps"
    write(root / "2022" / "12" / "000.txt", SEED_A)
    write(root / "2022" / "b" / "004.TXT", SEED_B)
    write(root / "plain", article_a("A file without a suffix"))
    write(root / ".hidden" / "secret.txt", article_a("Hidden folder"))
    write(root / ".dotfile.txt", article_a("Hidden file"))
    write(root / "README.md", "# notes about these dumps")
    write(root / "page.html", "<html></html>")
    report = ok(import_paths(library, [root]))
    assert sorted(Path(f.path).name for f in report.files) == ["000.txt", "004.TXT", "plain"]
    assert sorted(Path(p).name for p in report.ignored) == ["README.md", "page.html"]
    titles = {a["title"] for a in exported_articles(library)}
    assert titles == {SEED_A_TITLE, SEED_B_TITLE, "A file without a suffix"}
    assert report.total("articles_added") == 3
    assert report.total("comments_added") == 8 + 0 + 0


def test_document_kinds_and_statuses_are_stored_as_every_library_holds_them(library: Library, tmp_path: Path) -> None:
    """The domain names what a document is (a thread, a repost); the library keeps FORMAT.md's
    letters and the status as printed, so libraries made before read the same."""
    assert [parse_bytes(seed)[0].kind for seed in (SEED_A, SEED_B)] == [DocumentKind.THREAD, DocumentKind.REPOST]
    ok(import_paths(library, [write(tmp_path / "a.txt", SEED_A), write(tmp_path / "b.txt", SEED_B)]))
    assert sorted(query(library, "SELECT kind FROM article")) == [("A",), ("B",)]
    if of(library.db) is SQLITE:  # text, not a number SQLite's type affinity could have made of it
        assert sorted(query(library, "SELECT typeof(kind) FROM article")) == [("text",), ("text",)]
    assert {row[0] for row in query(library, "SELECT status FROM comment")} <= {Presence.OFFLINE, Presence.ONLINE}
    assert query(library, "SELECT COUNT(*) FROM comment WHERE status = 'Offline'")[0][0] > 0


def test_a_file_named_on_the_command_line_is_read_whatever_its_suffix(library: Library, tmp_path: Path) -> None:
    path = write(tmp_path / "article.html", SEED_B)
    ok(import_paths(library, [path]))
    assert counts(library.db).articles == 1


def test_missing_paths_are_reported(library: Library, tmp_path: Path) -> None:
    report = import_paths(library, [tmp_path / "nowhere", write(tmp_path / "a.txt", SEED_B)])
    assert [(Path(f.path).name, f.skipped) for f in report.skipped] == [("nowhere", "no such file or folder")]
    assert counts(library.db).articles == 1


def jsonl(*records: Any) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n"


def test_jsonl_dump_with_fields_and_a_bad_line(library: Library, tmp_path: Path) -> None:
    body_without_title = "\n".join(
        ["The first paragraph of a record whose text lacks its title.", "", *comment(1, "solo", "Hi.")]
    )
    path = write(
        tmp_path / "dump.jsonl",
        jsonl(
            {"text": SEED_A_TEXT, "url": "https://en.topcor.ru/1.html", "id": 17, "date": "2022-12-23"},
            '{"text": "cut off by the byte cap',
            {"url": "https://example.com/no-text"},
            "",
            {"text": SEED_B.decode("utf-8"), "title": SEED_B_TITLE + " - Site name", "id": "b-2"},
            {"text": body_without_title, "title": "The title the dump kept apart"},
            ["not", "an", "object"],
        ),
    )
    report = import_paths(library, [path])
    (file_report,) = report.files
    assert file_report.problems == [
        "line 2: not valid JSON",
        "record on line 3: no 'text' field",
        "line 7: not a JSON object",
    ]
    assert file_report.skipped is None
    assert report.skipped == [file_report]  # reported: the CLI exits 1
    articles = {a["title"]: a for a in exported_articles(library)}
    assert set(articles) == {SEED_A_TITLE, SEED_B_TITLE, "The title the dump kept apart"}
    a_source = articles[SEED_A_TITLE]["source"]
    assert (a_source["url"], a_source["id"], a_source["published_at"]) == (
        "https://en.topcor.ru/1.html", "17", "2022-12-23",
    )
    assert articles[SEED_B_TITLE]["source"]["id"] == "b-2"
    assert articles[SEED_B_TITLE]["paragraphs"][0].startswith("Russia's position")  # title not doubled
    kept_apart = articles["The title the dump kept apart"]
    assert kept_apart["paragraphs"] == ["The first paragraph of a record whose text lacks its title."]
    assert [c["author"] for c in kept_apart["comments"]] == ["solo"]
    assert len(articles[SEED_A_TITLE]["comments"]) == 8


def test_a_json_array_file(library: Library, tmp_path: Path) -> None:
    path = write(tmp_path / "dump.json", json.dumps([{"text": SEED_B.decode("utf-8")}, 5]))
    report = import_paths(library, [path])
    assert report.files[0].problems == ["item 2: not a JSON object"]
    assert counts(library.db).articles == 1


def test_jsonl_text_is_cleaned_like_a_file(library: Library, tmp_path: Path) -> None:
    text = SEED_A_TEXT.replace("\n", "\r\n").replace("Vdars (Victor)", "Vdars\x00 (Victor)")
    ok(import_paths(library, [write(tmp_path / "d.jsonl", jsonl({"text": text}))]))
    vdars = thread(library, SEED_A_TITLE)[6]
    assert (vdars["author"], vdars["display_name"], vdars["path"]) == ("Vdars", "Victor", "6.1")
    assert "\r" not in query(library, "SELECT raw_text FROM article")[0][0]


# -- idempotence and newer scrapes ---------------------------------------------------------------


def test_importing_twice_adds_nothing(library: Library, tmp_path: Path) -> None:
    write(tmp_path / "in" / "a.txt", SEED_A)
    write(tmp_path / "in" / "b.txt", SEED_B)
    write(tmp_path / "in" / "ab.txt", SEED_A + SEED_B)  # the same documents again, glued
    write(tmp_path / "in" / "d.jsonl", jsonl({"text": SEED_A_TEXT, "url": "https://x/1"}))
    first = ok(import_paths(library, [tmp_path / "in"]))
    assert first.total("articles_added") == 2
    before = query(library, "SELECT id, article_id, parent_id, position, path, body FROM comment ORDER BY id")
    figures = counts(library.db)
    second = ok(import_paths(library, [tmp_path / "in"]))
    assert (second.total("articles_added"), second.total("comments_added"), second.total("articles_merged")) == (
        0, 0, 0,
    )
    assert second.total("articles_unchanged") == 5
    assert counts(library.db) == figures
    assert query(library, "SELECT id, article_id, parent_id, position, path, body FROM comment ORDER BY id") == before


def older_scrape_of_seed_a() -> str:
    """Seed A as an earlier crawl saw it: no reply by Vdars yet, no comment 7."""
    older = SEED_A_TEXT.replace(VDARS_REPLY, "")
    return older[: older.index("  7. k7k8")].rstrip("\n")


def ids_by_handle(library: Library) -> dict[str, int]:
    return {c["author"]: c["id"] for c in thread(library, SEED_A_TITLE)}


def test_a_newer_scrape_merges_new_comments_and_keeps_ids(library: Library, tmp_path: Path) -> None:
    ok(import_paths(library, [write(tmp_path / "old.txt", older_scrape_of_seed_a())]))
    old_ids = ids_by_handle(library)
    assert list(old_ids) == SEED_A_HANDLES[:6]
    report = ok(import_paths(library, [write(tmp_path / "new.txt", SEED_A)]))
    assert (report.total("articles_merged"), report.total("comments_added")) == (1, 2)
    assert report.total("articles_added") == 0
    comments = thread(library, SEED_A_TITLE)
    assert [c["author"] for c in comments] == SEED_A_HANDLES  # the newer page's order
    new_ids = ids_by_handle(library)
    assert all(new_ids[handle] == old_ids[handle] for handle in old_ids)
    by_author = {c["author"]: c for c in comments}
    assert (by_author["Vdars"]["parent_id"], by_author["Vdars"]["path"], by_author["Vdars"]["depth"]) == (
        old_ids["In passing"], "6.1", 2,
    )
    assert (by_author["k7k8"]["parent_id"], by_author["k7k8"]["path"]) == (None, "7")
    assert counts(library.db).articles == 1
    check_search_index(library)
    # And the newer scrape again: nothing more.
    again = ok(import_paths(library, [tmp_path / "new.txt"]))
    assert (again.total("articles_unchanged"), again.total("comments_added")) == (1, 0)


def test_a_newer_scrape_with_a_reply_in_the_middle(library: Library, tmp_path: Path) -> None:
    old = article_a("Thread", comment(1, "a", "A."), comment(1, "b", "B.", number=2))
    new = article_a("Thread", comment(1, "a", "A."), comment(2, "r", "Reply to a."), comment(1, "b", "B.", number=2))
    ok(import_paths(library, [write(tmp_path / "old.txt", old)]))
    ids = {c["author"]: c["id"] for c in thread(library, "Thread")}
    ok(import_paths(library, [write(tmp_path / "new.txt", new)]))
    comments = thread(library, "Thread")
    assert [(c["author"], c["path"], c["parent_id"]) for c in comments] == [
        ("a", "1", None), ("r", "1.1", ids["a"]), ("b", "2", None),
    ]
    assert (comments[0]["id"], comments[2]["id"]) == (ids["a"], ids["b"])


def test_comments_only_the_older_scrape_had_are_kept(library: Library, tmp_path: Path) -> None:
    old = article_a("Thread", comment(1, "a", "A."), comment(2, "gone", "Deleted later."))
    new = article_a("Thread", comment(1, "a", "A."), comment(1, "b", "B.", number=2))
    ok(import_paths(library, [write(tmp_path / "old.txt", old)]))
    ok(import_paths(library, [write(tmp_path / "new.txt", new)]))
    assert [(c["author"], c["path"]) for c in thread(library, "Thread")] == [("a", "1"), ("gone", "1.1"), ("b", "2")]


def test_same_url_merges_even_when_the_article_text_changed(library: Library, tmp_path: Path) -> None:
    url = "https://en.topwar.ru/1-x.html"
    old = older_scrape_of_seed_a()
    new = SEED_A_TEXT.replace("John Kirby", "John F. Kirby")  # the site edited the article
    ok(import_paths(library, [write(tmp_path / "old.jsonl", jsonl({"text": old, "url": url}))]))
    report = ok(import_paths(library, [write(tmp_path / "new.jsonl", jsonl({"text": new, "url": url}))]))
    assert report.total("articles_merged") == 1
    assert counts(library.db).articles == 1
    assert [c["author"] for c in thread(library, SEED_A_TITLE)] == SEED_A_HANDLES


def cut_seed_a(after: str) -> str:
    return SEED_A_TEXT[: SEED_A_TEXT.index(after) + len(after)]


@pytest.mark.parametrize(
    "cut_after",
    [
        "      Vdars (Vic",  # inside the meta line: flagged as cut
        "Only the co",  # inside the body between two characters: no mark at all
        "Smirnoff (Victor) 23 December 2022 20: 29\n    ....if the White House sees Russia's"
        " readiness...?\n\n    It is",
    ],
    ids=["meta", "body", "interior blank line"],
)
def test_a_newer_scrape_completes_a_cut_comment(library: Library, tmp_path: Path, cut_after: str) -> None:
    ok(import_paths(library, [write(tmp_path / "cut.txt", cut_seed_a(cut_after))]))
    cut_ids = ids_by_handle(library)
    last = list(cut_ids)[-1]
    report = ok(import_paths(library, [write(tmp_path / "full.txt", SEED_A)]))
    assert report.total("articles_merged") == 1
    full = parse_comments(library)
    assert [c["author"] for c in full] == SEED_A_HANDLES
    completed = next(c for c in full if c["author"] == last)
    assert completed["id"] == cut_ids[last]
    assert completed["body"] == expected_body(last)
    assert completed["posted_at"] is not None and completed["display_name"] is not None
    assert query(library, "SELECT truncated FROM comment WHERE id = ?", completed["id"]) == [(0,)]
    assert all(ids_by_handle(library)[h] == i for h, i in cut_ids.items())
    check_search_index(library)
    # The cut copy once more, after the full one: nothing changes.
    again = ok(import_paths(library, [tmp_path / "cut.txt"]))
    assert (again.total("comments_added"), again.total("articles_merged")) == (0, 0)
    assert parse_comments(library) == full


def parse_comments(library: Library) -> list[dict[str, Any]]:
    return thread(library, SEED_A_TITLE)


def expected_body(handle: str) -> str:
    from desktop.ingest.parse import parse_bytes

    return next(c.body for c in parse_bytes(SEED_A)[0].comments if c.handle == handle)


# -- bad input -----------------------------------------------------------------------------------


def test_one_bad_file_never_stops_the_others(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    for name in ("empty.txt", "whitespace.txt", "image.txt", "not_text.txt"):
        write(folder / name, (DATA / "damage" / name).read_bytes())
    write(folder / "good_a.txt", SEED_A)
    write(folder / "good_b.txt", SEED_B)
    (folder / "broken_link.txt").symlink_to(tmp_path / "gone.txt")
    report = import_paths(library, [folder])
    skipped = {Path(f.path).name: f.skipped for f in report.skipped}
    assert skipped == {
        "broken_link.txt": "cannot read: No such file or directory",
        "empty.txt": "empty file",
        "whitespace.txt": "only whitespace",
        "image.txt": "binary data, not text",
        "not_text.txt": "not text in any known encoding",
    }
    assert counts(library.db).articles == 2
    assert counts(library.db).comments == 8


def test_an_error_while_storing_one_file_is_reported_and_rolled_back(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = batches.store_document

    def failing(db: Any, document: Any, source: Any, now: Any, cache: Any = None) -> Any:
        if "poison" in str(source):
            real(db, document, source, now, cache)  # half of it is written, then it fails
            raise RuntimeError("disk on fire")
        return real(db, document, source, now, cache)

    monkeypatch.setattr(batches, "store_document", failing)
    write(tmp_path / "in" / "1_good.txt", SEED_B)
    write(tmp_path / "in" / "2_poison.txt", SEED_A)
    write(tmp_path / "in" / "3_good.txt", article_a("Third"))
    report = import_paths(library, [tmp_path / "in"])
    assert [(Path(f.path).name, f.skipped) for f in report.skipped] == [
        ("2_poison.txt", "could not import: RuntimeError: disk on fire")
    ]
    assert {a["title"] for a in exported_articles(library)} == {SEED_B_TITLE, "Third"}
    assert counts(library.db).comments == 0


@pytest.mark.parametrize("group", [1, 4, batches.GROUP_FILES])
def test_files_share_a_transaction_but_fail_alone(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, group: int
) -> None:
    """Files are committed in batches: a failing file in the middle of one is rolled back with
    the files before it under the same savepoint (`group` files each), which are stored again,
    and the files before and after it in the same transaction are kept."""
    monkeypatch.setattr(batches, "GROUP_FILES", group)
    real = batches.store_document

    def failing(db: Any, document: Any, source: Any, now: Any, cache: Any = None) -> Any:
        if "poison" in document.title:
            real(db, document, source, now, cache)  # a new author and comments written, then it fails
            raise RuntimeError("bug")
        return real(db, document, source, now, cache)

    monkeypatch.setattr(batches, "store_document", failing)
    for n in range(30):
        title = "poison pill" if n == 15 else f"Article {n}"
        write(tmp_path / "in" / f"{n:02}.txt", article_a(title, comment(1, f"author{n}"), comment(2, "shared")))
    commits = 0
    real_commit = batches.BatchWriter.commit

    def counting(self: Any) -> None:
        nonlocal commits
        commits += self._transaction is not None
        real_commit(self)

    monkeypatch.setattr(batches.BatchWriter, "commit", counting)
    report = import_paths(library, [tmp_path / "in"])
    assert commits == 1  # thirty small files, one transaction
    skipped = [(Path(f.path).name, f.skipped) for f in report.skipped]
    assert skipped == [("15.txt", "could not import: RuntimeError: bug")]
    assert report.total("articles_added") == counts(library.db).articles == 29
    assert report.total("comments_added") == counts(library.db).comments == 58
    assert query(library, "SELECT COUNT(*) FROM author WHERE handle = 'author15'") == [(0,)]
    check_search_index(library)


def test_a_file_that_cannot_be_stored_again_loses_the_batch(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When a file fails, the files stored before it under the same savepoint are stored again;
    should one of them fail then, the batch is lost and every file of it reported as such, and
    the import goes on with the next file."""
    real = batches.store_document
    flaky_calls = 0

    def failing(db: Any, document: Any, source: Any, now: Any, cache: Any = None) -> Any:
        nonlocal flaky_calls
        if "poison" in document.title:
            raise RuntimeError("bug")
        if "flaky" in document.title:
            flaky_calls += 1
            if flaky_calls > 1:
                raise RuntimeError("only once")
        return real(db, document, source, now, cache)

    monkeypatch.setattr(batches, "store_document", failing)
    titles = ["Article 0", "flaky", "poison", "Article 3"]
    for n, title in enumerate(titles):
        write(tmp_path / "in" / f"{n}.txt", article_a(title, comment(1, f"author{n}")))
    report = import_paths(library, [tmp_path / "in"])
    assert [(Path(f.path).name, f.skipped) for f in report.skipped] == [
        ("0.txt", "could not import: RuntimeError: only once"),
        ("1.txt", "could not import: RuntimeError: only once"),
        ("2.txt", "could not import: RuntimeError: bug"),
    ]
    assert [a["title"] for a in exported_articles(library)] == ["Article 3"]
    assert report.total("articles_added") == 1 and report.total("comments_added") == 1
    assert query(library, "SELECT handle FROM author") == [("author3",)]
    check_search_index(library)


def test_a_lost_batch_is_reported_file_by_file(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the batch's commit fails (here: the disk fills while the search index is written),
    every file of the batch is reported as not imported, with the reason, and the import stops."""

    def full(*args: Any) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(batches, "index_articles", full)
    paths = [write(tmp_path / f"{n}.txt", article_a(f"Article {n}", comment(1, "a"))) for n in range(3)]
    report = import_paths(library, paths)
    assert report.stopped and "disk is full" in report.stopped
    assert [Path(f.path).name for f in report.skipped] == ["0.txt", "1.txt", "2.txt"]
    assert all("disk is full" in (f.skipped or "") for f in report.files)
    assert report.total("articles_added") == report.total("comments_added") == 0
    assert counts(library.db).articles == 0


def test_a_jsonl_dump_is_read_a_line_at_a_time(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dump can be gigabytes: it is never read whole, and progress moves inside it."""
    records = [{"text": article_a(f"Record {n}", comment(1, "a"))} for n in range(json_lines.GROUP * 2 + 5)]
    path = write(tmp_path / "d.jsonl", "\ufeff" + jsonl(*records))
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        assert self != path, "the dump was read whole"
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    seen: list[Progress] = []
    report = ok(import_paths(library, [path], progress=seen.append))
    assert report.total("articles_added") == len(records)
    inside = [p.articles for p in seen if p.done == 0]
    assert inside == [0, json_lines.GROUP, 2 * json_lines.GROUP, len(records)]


def test_a_record_that_cannot_be_stored_loses_only_itself(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = batches.store_document

    def failing(db: Any, document: Any, source: Any, now: Any, cache: Any = None) -> Any:
        if "poison" in document.title:
            raise RuntimeError("bug")
        return real(db, document, source, now, cache)

    monkeypatch.setattr(batches, "store_document", failing)
    records = [{"text": article_a("poison" if n == 7 else f"Record {n}")} for n in range(20)]
    report = import_paths(library, [write(tmp_path / "d.jsonl", jsonl(*records))])
    assert report.files[0].problems == ["record on line 8: could not import: RuntimeError: bug"]
    assert report.total("articles_added") == counts(library.db).articles == 19


def big_dump(path: Path, size: int) -> int:
    """Distinct Format A articles with threads, concatenated up to `size` bytes; returns how many."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        written = 0
        while written < size:
            comments = [
                *comment(1, f"user{count % 97}", "A first comment line.\nAnd a second one, a little longer."),
                *comment(2, "answerer", f"A reply to article {count}.", time="24 December 2022 08:15"),
                *comment(1, "Иван", "Третий комментарий.", number=2, display=None),
            ]
            paragraphs = [f"Paragraph {n} of article {count}, about the negotiations. " * 12 for n in range(3)]
            text = "\n".join([f"Article number {count}", "", *"\n\n".join(paragraphs).split("\n"), *comments])
            out.write(text + "\n")
            written += len(text.encode("utf-8")) + 1
            count += 1
    return count


@pytest.fixture
def file_library(tmp_path: Path) -> Iterator[Library]:
    """A library file only: for what would take minutes on a server and tests nothing more there."""
    library = Library.open(tmp_path / "file.glossa")
    yield library
    library.close()


@pytest.mark.slow
def test_a_50_mb_file_imports(file_library: Library, tmp_path: Path) -> None:
    library = file_library
    path = tmp_path / "big.txt"
    articles = big_dump(path, 50 * 1024 * 1024)
    assert path.stat().st_size >= 50 * 1024 * 1024
    report = ok(import_paths(library, [path]))
    assert report.total("articles_added") == articles
    assert counts(library.db).comments == 3 * articles
    last = query(
        library,
        "SELECT a.title, c.path, c.body FROM comment c JOIN article a ON a.id = c.article_id"
        " ORDER BY a.id DESC, c.position LIMIT 3",
    )
    assert last == [
        (f"Article number {articles - 1}", "1", "A first comment line.\nAnd a second one, a little longer."),
        (f"Article number {articles - 1}", "1.1", f"A reply to article {articles - 1}."),
        (f"Article number {articles - 1}", "2", "Третий комментарий."),
    ]


# -- progress and cancellation -------------------------------------------------------------------


def test_progress_reports_every_file(library: Library, tmp_path: Path) -> None:
    paths = [write(tmp_path / f"{n}.txt", article_a(f"Article {n}", comment(1, "a"))) for n in range(3)]
    seen: list[Progress] = []
    ok(import_paths(library, paths, progress=seen.append))
    assert [(p.done, p.total, Path(p.current).name if p.current else "") for p in seen] == [
        (0, 3, "0.txt"), (1, 3, "1.txt"), (2, 3, "2.txt"), (3, 3, ""),
    ]
    assert [(p.articles, p.comments) for p in seen] == [(0, 0), (1, 1), (2, 2), (3, 3)]


def test_cancel_after_the_first_file_keeps_it(library: Library, tmp_path: Path) -> None:
    paths = [write(tmp_path / f"{n}.txt", article_a(f"Article {n}", comment(1, "a"))) for n in range(3)]
    seen: list[Progress] = []
    report = import_paths(
        library, paths, progress=seen.append, cancelled=lambda: counts(library.db).articles >= 1
    )
    assert report.cancelled
    assert [Path(f.path).name for f in report.files] == ["0.txt"]
    assert [a["title"] for a in exported_articles(library)] == ["Article 0"]
    assert [p.done for p in seen] == [0]  # no "finished" report after a cancel


def test_cancel_inside_a_jsonl_dump_keeps_committed_batches(library: Library, tmp_path: Path) -> None:
    records = [{"text": article_a(f"Record {n}")} for n in range(json_lines.GROUP * 2 + 5)]
    path = write(tmp_path / "d.jsonl", jsonl(*records))
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > json_lines.GROUP + 10  # the first check is import_paths' own

    report = import_paths(library, [path], cancelled=cancelled)
    assert report.cancelled
    stored = counts(library.db).articles
    assert json_lines.GROUP <= stored < len(records)
    assert report.total("articles_added") == stored


def test_one_url_for_unrelated_articles_does_not_merge_them(library: Library, tmp_path: Path) -> None:
    url = "https://en.topcor.ru/"
    records = [{"text": SEED_A_TEXT, "url": url}, {"text": SEED_B.decode("utf-8"), "url": url}]
    ok(import_paths(library, [write(tmp_path / "d.jsonl", jsonl(*records))]))
    assert {a["title"] for a in exported_articles(library)} == {SEED_A_TITLE, SEED_B_TITLE}


def deep_thread(levels: int) -> str:
    comments = [comment(depth, f"user{depth}", f"Level {depth}.") for depth in range(1, levels + 1)]
    return article_a("Deep thread", *comments)


def test_a_2000_level_thread_imports_and_merges(library: Library, tmp_path: Path) -> None:
    ok(import_paths(library, [write(tmp_path / "old.txt", deep_thread(1000))]))
    old_ids = [c["id"] for c in thread(library, "Deep thread")]
    report = ok(import_paths(library, [write(tmp_path / "new.txt", deep_thread(2000))]))
    assert (report.total("articles_merged"), report.total("comments_added")) == (1, 1000)
    comments = thread(library, "Deep thread")
    assert [c["id"] for c in comments[:1000]] == old_ids
    assert [c["depth"] for c in comments] == list(range(1, 2001))
    assert all(c["parent_id"] == p["id"] for p, c in pairwise(comments))
    assert comments[-1]["path"] == "…" + ".".join(["1"] * PATH_LEVELS)  # the last levels: paths stay short
