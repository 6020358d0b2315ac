"""Full-text search: the index stays in step with imports and merges; the language finds what it
says; results, snippets, ordering, counts and saved searches."""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import peewee
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.ingest.documents import ParsedComment, ParsedDocument
from desktop.ingest.importer import import_paths
from desktop.store import reading, search
from desktop.store.db import Library
from desktop.store.migrations import SCHEMA_VERSION
from desktop.store.query_language import compile_query
from desktop.store.writer import store_document
from tests.conftest import DATA, SEEDS

Comment = tuple[int, str, str, str]  # depth, handle, time as printed, body


def document(title: str, paragraphs: list[str], comments: list[Comment] = ()) -> str:  # type: ignore[assignment]
    """A Format A page: the title, paragraphs, then the thread indented by depth."""
    lines = [title, ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    for depth, handle, when, body in comments:
        indent = "  " * depth
        lines.append(f"{indent}1. {handle} Offline {handle}")
        lines.append(f"{indent}  {handle} ({handle.title()}) {when}")
        lines.extend(f"{indent}  {line}" for line in body.split("\n"))
    return "\n".join(lines) + "\n"


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def imported(library: Library, *paths: Path) -> None:
    report = import_paths(library, paths)
    assert not report.skipped, [f.skipped or f.problems for f in report.files]


def assert_index_matches_text(library: Library) -> None:
    """The index holds exactly what indexing the library's text afresh gives: the same
    (term, document, column, offset) instances, no more (stale text), no fewer (missed rows).
    The text goes in with ё folded to е (search._indexed)."""
    library.db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
    check = sqlite3.connect(str(library.path))
    try:
        for fts, source, columns, indexed_columns in (
            ("comment_search", "comment_search_source", "body", f"id, {search._indexed('body')}"),
            ("article_search", "article_search_source", "title, subtitle, body", search._ARTICLE_INDEXED),
        ):
            check.execute(f"CREATE VIRTUAL TABLE temp.expected USING fts5({columns}, tokenize='{search.TOKENIZER}')")
            check.execute(f"INSERT INTO temp.expected (rowid, {columns}) SELECT {indexed_columns} FROM {source}")
            check.execute("CREATE VIRTUAL TABLE temp.have_vocab USING fts5vocab(main, " + fts + ", instance)")
            check.execute("CREATE VIRTUAL TABLE temp.want_vocab USING fts5vocab(temp, expected, instance)")
            have = check.execute("SELECT term, doc, col, offset FROM temp.have_vocab").fetchall()
            want = check.execute("SELECT term, doc, col, offset FROM temp.want_vocab").fetchall()
            assert sorted(have) == sorted(want), fts
            indexed = check.execute(f"SELECT count(*) FROM {fts}_docsize").fetchone()[0]
            rows = check.execute(f"SELECT count(*) FROM {source}").fetchone()[0]
            assert indexed == rows, fts
            check.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 0)")
            for table in ("have_vocab", "want_vocab", "expected"):
                check.execute(f"DROP TABLE temp.{table}")
    finally:
        check.close()


def comment_ids(results: search.SearchResults) -> list[int | None]:
    return [hit.comment_id for hit in results.hits]


# --- a small library with known answers --------------------------------------------------------

CORPUS = {
    "talks.txt": document(
        "Café talks in Москва",
        ["First paragraph about naïve diplomats.", "The White House said nothing."],
        [
            (1, "zenion", "23 December 2022 19: 38", "Привет МИР, the white house is quiet"),
            (2, "Владимир", "24 December 2022 08: 00", "Мир вам. Negotiations need a house that is white"),
            (3, "zenion", "24 December 2022 09: 30", "covid-19 and O'Brien wrote c++ code"),
            (1, "k7k8", "1 January 2023 00: 01", "Ёлка at the CAFE, negotiating all night"),
        ],
    ),
    "harbour.txt": document(
        "Harbour news",
        ["Boats and negotiations. Negotiations again, negotiations forever."],
        [
            (1, "Zenion", "15 March 2023 10: 00", "Boats boats boats negotiations"),
            (1, "k7k8", "16 March 2023 11: 00", "Nothing about the topic"),
        ],
    ),
}


@pytest.fixture
def corpus(library: Library, tmp_path: Path) -> Library:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in CORPUS.items():
        write(folder, name, text)
    imported(library, folder)
    return library


def _id(library: Library, sql: str, *params: object) -> int:
    return int(library.db.execute_sql(sql, params).fetchone()[0])


def comment_by(library: Library, fragment: str) -> int:
    return _id(library, "SELECT id FROM comment WHERE body LIKE ?", f"%{fragment}%")


def article_by(library: Library, title: str) -> int:
    return _id(library, "SELECT id FROM article WHERE title = ?", title)


def found(library: Library, query: str, **options: object) -> set[int | None]:
    results = search.search(library.db, query, **options)  # type: ignore[arg-type]
    assert results.message is None, results.message
    return set(comment_ids(results))


# --- the index --------------------------------------------------------------------------------


def test_a_new_library_has_the_index_and_the_latest_version(library: Library) -> None:
    assert library.db.pragma("user_version") == SCHEMA_VERSION >= 3
    tables = set(library.db.get_tables())
    assert {"article_search", "comment_search", "search_cut_short", "saved_search"} <= tables
    assert search.search(library.db, "anything").hits == []


def test_import_indexes_every_article_and_comment(library: Library) -> None:
    imported(library, SEEDS)
    assert_index_matches_text(library)
    assert search.count(library.db, "signature") == 2
    assert search.search(library.db, '"the signature"').hits


def test_merge_makes_new_comments_findable(library: Library, tmp_path: Path) -> None:
    first = [(1, "zenion", "23 December 2022 19: 38", "An early remark")]
    later = [*first, (1, "k7k8", "24 December 2022 10: 00", "A zebracorn appears")]
    imported(library, write(tmp_path, "old.txt", document("Same page", ["Text."], first)))
    assert search.count(library.db, "zebracorn") == 0
    imported(library, write(tmp_path, "new.txt", document("Same page", ["Text."], later)))
    assert library.db.execute_sql("SELECT count(*) FROM article").fetchone()[0] == 1
    results = search.search(library.db, "zebracorn")
    assert [(h.author, h.article_title) for h in results.hits] == [("k7k8", "Same page")]
    assert search.count(library.db, "remark") == 1
    assert_index_matches_text(library)


def test_reimport_adds_no_duplicate_hits(corpus: Library, tmp_path: Path) -> None:
    before = search.search(corpus.db, "negotiations OR boats", limit=100)
    imported(corpus, tmp_path / "corpus")
    imported(corpus, tmp_path / "corpus" / "talks.txt")
    after = search.search(corpus.db, "negotiations OR boats", limit=100)
    assert [(h.article_id, h.comment_id) for h in after.hits] == [(h.article_id, h.comment_id) for h in before.hits]
    assert len(set(comment_ids(after))) == len(after.hits)
    assert_index_matches_text(corpus)


def test_a_completed_cut_short_comment_is_indexed_with_its_new_text(library: Library, tmp_path: Path) -> None:
    comments = [
        (1, "zenion", "23 December 2022 19: 38", "First comment"),
        (1, "k7k8", "23 December 2022 20: 00", "The ending is полностью понятно"),
    ]
    full = document("Cut page", ["Text."], comments).encode("utf-8")
    cut = full[: full.index("понятно".encode()) + 3]  # inside the second letter of "понятно"
    imported(library, write(tmp_path, "cut.txt", cut))
    comment = comment_by(library, "The ending is")
    assert library.db.execute_sql("SELECT truncated FROM comment WHERE id = ?", (comment,)).fetchone()[0] == 1
    assert found(library, "п") == {comment}  # the cut-off word as the page had it
    assert library.db.execute_sql("SELECT count(*) FROM search_cut_short").fetchone()[0] == 1
    assert_index_matches_text(library)

    imported(library, write(tmp_path, "full.txt", full))  # a newer, complete scrape of the page
    assert library.db.execute_sql("SELECT truncated FROM comment WHERE id = ?", (comment,)).fetchone()[0] == 0
    assert found(library, "понятно") == {comment}
    assert found(library, "п") == set()  # the old text left the index
    assert library.db.execute_sql("SELECT count(*) FROM search_cut_short").fetchone()[0] == 0
    assert_index_matches_text(library)


def test_articles_added_are_indexed_from_their_documents_as_from_their_rows(library: Library) -> None:
    """index_articles takes an added article's text from its document (search.Added): the index
    and the kept text of cut-short comments are what the source views give."""
    comments = [
        ParsedComment("x", None, "Offline", None, "Ёлка и ёж \x02marked\x03", 1, None, "1"),
        ParsedComment("y", "Y", "Offline", datetime(2024, 1, 2), "cut sho\x03", 1, None, "2", truncated=True),
        ParsedComment("z", None, "Offline", None, "", 2, 1, "2.1"),
    ]
    pages = [
        ParsedDocument("Ёжик", "Subtitle ё", ["Первый", "", "Ещё \x02"], comments, raw="", index=0, kind="A"),
        ParsedDocument("No paragraphs", None, [], [], raw="", index=1, kind="B"),
    ]
    with library.atomic():
        stored = [store_document(library.db, page, None, datetime(2024, 1, 1)) for page in pages]
        ids = [result.article_id for result in stored]
        added = [(r.article_id, p, r.comment_ids) for r, p in zip(stored, pages, strict=True)]
        search.index_articles(library.db, ids, added)
    assert found(library, "ежик") == {None}
    assert found(library, "елка") == found(library, "marked") == {comment_by(library, "Ёлка")}
    kept = library.db.execute_sql("SELECT comment_id, body FROM search_cut_short").fetchall()
    assert kept == library.db.execute_sql("SELECT id, body FROM comment_search_source WHERE truncated = 1").fetchall()
    assert kept == [(comment_by(library, "cut sho"), "cut sho ")]
    assert_index_matches_text(library)


def test_an_article_added_and_completed_in_one_batch_is_indexed_with_its_final_text(
    library: Library, tmp_path: Path
) -> None:
    comments = [(1, "k7k8", "23 December 2022 20: 00", "The ending is полностью понятно")]
    full = document("Cut page", ["Text."], comments).encode("utf-8")
    folder = tmp_path / "scrapes"
    folder.mkdir()
    write(folder, "1-cut.txt", full[: full.index("понятно".encode()) + 3])
    write(folder, "2-full.txt", full)
    imported(library, folder)  # one batch: added by the first file, completed by the second
    assert found(library, "понятно") == {comment_by(library, "The ending is")}
    assert found(library, "п") == set()
    assert_index_matches_text(library)


def test_rebuild_restores_a_lost_index(corpus: Library) -> None:
    for table in ("article_search", "comment_search"):
        corpus.db.execute_sql(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
    assert search.count(corpus.db, "negotiations") == 0
    assert search.rebuild(corpus.db) == (2, 6)
    assert search.count(corpus.db, "negotiations") == 3
    assert_index_matches_text(corpus)


def test_index_articles_is_idempotent(corpus: Library) -> None:
    ids = [row[0] for row in corpus.db.execute_sql("SELECT id FROM article")]
    with corpus.atomic():
        search.index_articles(corpus.db, ids)
        search.index_articles(corpus.db, ids + ids)
    assert search.count(corpus.db, "negotiations") == 3
    assert_index_matches_text(corpus)


def test_unindex_before_deleting_articles_keeps_the_index_exact(corpus: Library) -> None:
    harbour = article_by(corpus, "Harbour news")
    with corpus.atomic():
        search.unindex_articles(corpus.db, [harbour])
        corpus.db.execute_sql("DELETE FROM comment WHERE article_id = ?", (harbour,))
        corpus.db.execute_sql("DELETE FROM article WHERE id = ?", (harbour,))
    assert search.count(corpus.db, "boats") == 0
    assert_index_matches_text(corpus)


def test_a_v1_library_is_upgraded_with_its_text_indexed(tmp_path: Path) -> None:
    copy = tmp_path / "old.glossa"
    shutil.copy(DATA / "library-v1.glossa", copy)
    with sqlite3.connect(str(copy)) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
        comments = raw.execute("SELECT count(*) FROM comment").fetchone()[0]
        word = raw.execute("SELECT body FROM comment ORDER BY id LIMIT 1").fetchone()[0].split()[0]
    library = Library.open(copy)
    try:
        assert library.db.pragma("user_version") == SCHEMA_VERSION
        assert library.db.execute_sql("SELECT count(*) FROM comment_search_docsize").fetchone()[0] == comments
        assert search.search(library.db, word).hits
        assert search.list_saved_searches(library.db) == []
        assert_index_matches_text(library)
    finally:
        library.close()


def test_an_upgrade_to_v9_reindexes_with_yo_searched_as_ye(library: Library, tmp_path: Path) -> None:
    imported(library, write(tmp_path, "yo.txt", document("Расчёты", ["Ёлка."], [(1, "x", "15 March 2023 10: 00",
                                                                                  "Много расчётов")])))
    # The index as version 8 made it: the text as it is, ё and all.
    with library.atomic():
        library.db.execute_sql("INSERT INTO comment_search (comment_search) VALUES ('delete-all')")
        library.db.execute_sql("INSERT INTO comment_search (rowid, body) SELECT id, body FROM comment_search_source")
        library.db.pragma("user_version", 8)
    assert found(library, "расчетов") == set()
    library.close()
    upgraded = Library.open(library.path)
    try:
        assert upgraded.db.pragma("user_version") == SCHEMA_VERSION
        assert found(upgraded, "расчетов") == found(upgraded, "расчётов") == {comment_by(upgraded, "Много")}
        assert found(upgraded, "елка") == {None}  # the article, by its text
        assert [search.render_snippet(h.snippet) for h in search.search(upgraded.db, "расчетов").hits] == [
            "Много [расчётов]"]  # the text as written
        assert_index_matches_text(upgraded)
    finally:
        upgraded.close()


@pytest.mark.parametrize("from_documents", [False, True], ids=["from the views", "from the documents"])
def test_text_with_marker_characters_cannot_fake_a_match(library: Library, from_documents: bool) -> None:
    # The importer drops control characters; text stored by other paths may still hold them.
    body = "evil \x02fake\x03 markers around the word needle"
    comment = ParsedComment("x", None, "Offline", None, body, 1, None, "1")
    page = ParsedDocument("Evil \x02page\x03", None, ["Text \x03needle"], [comment], raw="", index=0, kind="A")
    with library.atomic():
        stored = store_document(library.db, page, None, datetime(2024, 1, 1))
        added = [(stored.article_id, page, stored.comment_ids)] if from_documents else []
        search.index_articles(library.db, [stored.article_id], added)
    hits = search.search(library.db, "needle").hits
    assert {hit.comment_id is None: search.snippet_segments(hit.snippet) for hit in hits} == {
        False: [("evil fake markers around the word ", False), ("needle", True)],
        True: [("Text ", False), ("needle", True)],
    }
    assert_index_matches_text(library)


# --- what the language finds -------------------------------------------------------------------


def test_cyrillic_matches_whatever_the_case(corpus: Library) -> None:
    privet = comment_by(corpus, "Привет")
    mir = comment_by(corpus, "Мир вам")
    assert found(corpus, "мир") == found(corpus, "МИР") == found(corpus, "Мир") == {privet, mir}
    assert found(corpus, "привет") == {privet}
    assert found(corpus, "ёлка") == found(corpus, "ЁЛКА") == {comment_by(corpus, "Ёлка")}
    assert found(corpus, "москва in:article") == {None}


def test_accented_latin_matches_without_accents_and_back(corpus: Library) -> None:
    talks = article_by(corpus, "Café talks in Москва")
    elka = comment_by(corpus, "Ёлка")
    assert found(corpus, "cafe") == found(corpus, "CAFÉ") == found(corpus, "Café") == {None, elka}
    results = search.search(corpus.db, "naive")
    assert [(h.article_id, h.comment_id) for h in results.hits] == [(talks, None)]
    assert search.count(corpus.db, "naïve") == 1


def test_phrases_need_the_words_together(corpus: Library) -> None:
    quiet = comment_by(corpus, "Привет")
    white = comment_by(corpus, "house that is white")
    assert found(corpus, '"white house"') == {None, quiet}
    assert white in found(corpus, "white house")
    assert found(corpus, '"house that is"') == {white}


def test_prefix(corpus: Library) -> None:
    assert found(corpus, "negotiat*") == {
        comment_by(corpus, "Negotiations need"),
        comment_by(corpus, "negotiating all"),
        comment_by(corpus, "Boats boats"),
        None,
    }
    assert found(corpus, "negotiat") == set()


def test_or_and_exclusion(corpus: Library) -> None:
    boats = comment_by(corpus, "Boats boats")
    nothing = comment_by(corpus, "Nothing about")
    assert found(corpus, "boats OR nothing in:comment") == {boats, nothing}
    assert found(corpus, "negotiations -boats in:comment") == {comment_by(corpus, "Negotiations need")}
    assert found(corpus, "-negotiations author:k7k8") == {nothing, comment_by(corpus, "negotiating all")}
    assert found(corpus, "-negotiat* author:k7k8") == {nothing}


def test_odd_words_are_searched_as_text(corpus: Library) -> None:
    odd = comment_by(corpus, "covid-19")
    for query in ("covid-19", "o'brien", "O'BRIEN", "c++", "covid-19 c++ o'brien"):
        assert found(corpus, query) == {odd}, query
    assert found(corpus, "'; DROP TABLE comment; --") == set()
    assert found(corpus, 'author:"x\' OR 1=1 --"') == set()
    assert corpus.db.execute_sql("SELECT count(*) FROM comment").fetchone()[0] == 6


def test_author_filter(corpus: Library) -> None:
    # Handles compare case-insensitively: "zenion" and "Zenion" (two handles here) both match.
    by_zenion = {comment_by(corpus, "Привет"), comment_by(corpus, "covid-19"), comment_by(corpus, "Boats boats")}
    assert found(corpus, "author:zenion") == found(corpus, "author:ZENION") == by_zenion
    assert found(corpus, "author:zenion -author:k7k8") == by_zenion
    assert found(corpus, "author:zenion OR author:k7k8 boats") == {comment_by(corpus, "Boats boats")}
    assert found(corpus, "author:владимир") == found(corpus, "author:Владимир") == {comment_by(corpus, "Мир вам")}
    assert found(corpus, "author:K7K8 negotiating") == {comment_by(corpus, "negotiating all")}
    assert found(corpus, "author:nobody") == set()
    assert found(corpus, 'author:"In passing"') == set()


def test_read_and_starred_filters(corpus: Library) -> None:
    harbour = article_by(corpus, "Harbour news")
    boats = comment_by(corpus, "Boats boats")
    reading.set_comments_read(corpus.db, [boats], True)
    reading.set_starred(corpus.db, [harbour], True)
    assert found(corpus, "boats is:read") == {boats}
    assert found(corpus, "boats is:unread") == {None}  # the article is unread
    assert found(corpus, "is:starred") == {None, boats, comment_by(corpus, "Nothing about")}
    assert found(corpus, "white -is:starred in:article") == {None}
    [hit] = search.search(corpus.db, "white -is:starred in:article").hits
    assert hit.article_title == "Café talks in Москва"


def test_annotation_filters(corpus: Library) -> None:
    db = corpus.db
    now = "2024-01-01 00:00:00"
    quiet = comment_by(corpus, "Привет")
    boats = comment_by(corpus, "Boats boats")
    talks = article_by(corpus, "Café talks in Москва")
    db.execute_sql("INSERT INTO tag (id, parent_id, name, created_at) VALUES (1, NULL, 'Propaganda', ?)", (now,))
    db.execute_sql("INSERT INTO tag (id, parent_id, name, created_at) VALUES (2, 1, 'dehumanisation', ?)", (now,))
    db.execute_sql("INSERT INTO tag (id, parent_id, name, created_at) VALUES (3, NULL, 'Пропаганда', ?)", (now,))
    db.execute_sql("INSERT INTO comment_tag (tag_id, comment_id, created_at) VALUES (2, ?, ?)", (quiet, now))
    db.execute_sql("INSERT INTO comment_tag (tag_id, comment_id, created_at) VALUES (3, ?, ?)", (boats, now))
    db.execute_sql("INSERT INTO article_tag (tag_id, article_id, created_at) VALUES (1, ?, ?)", (talks, now))
    assert found(corpus, "tag:propaganda") == {None, quiet}  # the tag and the tags under it
    assert found(corpus, "tag:dehumanisation") == found(corpus, "tag:Propaganda/Dehumanisation") == {quiet}
    assert found(corpus, "tag:Пропаганда") == {boats}
    assert found(corpus, "tag:nothing") == set()
    assert found(corpus, "has:tag in:comment") == {quiet, boats}
    assert found(corpus, "white -has:tag") == {comment_by(corpus, "house that is white")}

    db.execute_sql(
        "INSERT INTO note (target_kind, comment_id, body, created_at, updated_at) VALUES ('comment', ?, 'check', ?, ?)",
        (quiet, now, now),
    )
    db.execute_sql(
        "INSERT INTO note (target_kind, article_id, body, created_at, updated_at) VALUES ('article', ?, '', ?, ?)",
        (talks, now, now),
    )  # an emptied note is no note
    db.execute_sql(
        "INSERT INTO highlight (id, target_kind, article_id, comment_id, start_offset, end_offset, text, created_at)"
        " VALUES (1, 'comment', ?, ?, 0, 4, 'Boat', ?)",
        (article_by(corpus, "Harbour news"), boats, now),
    )
    db.execute_sql(
        "INSERT INTO note (target_kind, highlight_id, body, created_at, updated_at)"
        " VALUES ('highlight', 1, 'hm', ?, ?)",
        (now, now),
    )
    assert found(corpus, "has:note") == {quiet, boats}
    assert found(corpus, "has:highlight") == {boats}  # the comment's highlight is not the article's
    assert found(corpus, "boats has:highlight") == {boats}


def test_kind_depth_and_date_filters(corpus: Library) -> None:
    covid = comment_by(corpus, "covid-19")
    mir = comment_by(corpus, "Мир вам")
    assert found(corpus, "negotiations in:article") == {None}
    assert None not in found(corpus, "negotiations in:comment")
    assert found(corpus, "depth:>2") == {covid}
    assert found(corpus, "depth:>=2") == {covid, mir}
    assert found(corpus, "depth:2") == {mir}
    assert None in found(corpus, "negotiations depth:<2")  # an article is depth 0
    assert found(corpus, "before:2022-12-24") == {comment_by(corpus, "Привет")}
    assert found(corpus, "after:2023-03-16") == {comment_by(corpus, "Nothing about")}
    assert found(corpus, "after:2023-01 before:2023-02") == {comment_by(corpus, "Ёлка")}
    assert found(corpus, "after:2023") == {comment_by(corpus, "Ёлка"), comment_by(corpus, "Boats boats"),
                                           comment_by(corpus, "Nothing about")}


def test_article_dates_come_from_an_iso_published_date(library: Library, tmp_path: Path) -> None:
    records = [
        '{"text": "Dated page\\n\\nAbout sailing.\\n", "date": "2023-05-01T08:00:00"}',
        '{"text": "Undated page\\n\\nAbout sailing too.\\n", "date": "last Tuesday"}',
    ]
    imported(library, write(tmp_path, "dump.jsonl", "\n".join(records)))
    results = search.search(library.db, "sailing before:2023-06-01")
    assert [(h.article_title, h.posted_at) for h in results.hits] == [("Dated page", datetime(2023, 5, 1, 8, 0))]
    assert [h.article_title for h in search.search(library.db, "sailing", order="oldest").hits] == [
        "Dated page", "Undated page"
    ]


# --- results ----------------------------------------------------------------------------------


def test_hits_carry_what_the_ui_needs(corpus: Library) -> None:
    results = search.search(corpus.db, "covid")
    [hit] = results.hits
    assert hit == search.Hit(
        article_id=article_by(corpus, "Café talks in Москва"),
        article_title="Café talks in Москва",
        comment_id=comment_by(corpus, "covid-19"),
        author="zenion",
        posted_at=datetime(2022, 12, 24, 9, 30),
        depth=3,
        snippet=hit.snippet,
        score=hit.score,
        display_name="Zenion",  # as the comment was signed
    )
    assert hit.snippet == "\x02covid\x03-19 and O'Brien wrote c++ code"
    assert search.render_snippet(hit.snippet) == "[covid]-19 and O'Brien wrote c++ code"
    assert hit.score is not None and hit.score < 0


def test_snippets_mark_every_matched_word_and_cut_long_text(library: Library, tmp_path: Path) -> None:
    long_body = " ".join(["filler"] * 100 + ["Needle"] + ["filler"] * 100 + ["needles"])
    page = document("Long", ["Text."], [(1, "a", "1 May 2023 10: 00", long_body)])
    imported(library, write(tmp_path, "long.txt", page))
    [hit] = search.search(library.db, "needle*").hits
    assert hit.snippet.startswith(search.ELLIPSIS) and hit.snippet.endswith(search.ELLIPSIS)
    assert "\x02Needle\x03" in hit.snippet
    assert len(hit.snippet.split()) <= search.SNIPPET_TOKENS + 2
    segments = search.snippet_segments("a \x02b\x03 c \x02d\x03")
    assert segments == [("a ", False), ("b", True), (" c ", False), ("d", True)]
    assert search.render_snippet("\x02x\x03 y", "<b>", "</b>") == "<b>x</b> y"


def test_field_only_hits_have_plain_snippets(corpus: Library) -> None:
    results = search.search(corpus.db, "author:Владимир")
    [hit] = results.hits
    assert hit.snippet == "Мир вам. Negotiations need a house that is white" and hit.score is None
    articles = search.search(corpus.db, "in:article").hits
    assert {h.snippet.split(".")[0] for h in articles} >= {"First paragraph about naïve diplomats"}


def test_results_are_grouped_by_article_in_order_of_first_hit(corpus: Library) -> None:
    results = search.search(corpus.db, "negotiations OR negotiating OR boats", limit=50)
    assert len(results.hits) == 4
    order = list(dict.fromkeys(hit.article_id for hit in results.hits))
    assert [group.article_id for group in results.groups] == order
    assert [hit for group in results.groups for hit in group.hits] == sorted(
        results.hits, key=lambda h: (order.index(h.article_id), results.hits.index(h))
    )
    assert all(hit.article_id == group.article_id for group in results.groups for hit in group.hits)


def test_relevance_ranks_more_occurrences_higher(corpus: Library) -> None:
    results = search.search(corpus.db, "boats OR nothing in:comment")
    assert comment_ids(results) == [comment_by(corpus, "Boats boats"), comment_by(corpus, "Nothing about")]
    scores = [h.score for h in results.hits]
    assert scores == sorted(scores)  # type: ignore[type-var]


def test_a_word_in_a_title_ranks_above_the_same_word_in_the_text(library: Library, tmp_path: Path) -> None:
    pages = [("Lighthouse keepers", "They keep lights."), ("Harbour", "A lighthouse stands here.")]
    pages += [(f"Other {n}", "Nothing to see.") for n in range(4)]
    (tmp_path / "pages").mkdir()
    for number, (title, text) in enumerate(pages):
        write(tmp_path / "pages", f"{number}.txt", document(title, [text]))
    imported(library, tmp_path / "pages")
    assert [h.article_title for h in search.search(library.db, "lighthouse").hits] == ["Lighthouse keepers", "Harbour"]


def test_newest_and_oldest_order_by_time(corpus: Library) -> None:
    newest = search.search(corpus.db, "in:comment", order="newest")
    times = [h.posted_at for h in newest.hits]
    assert len(times) == 6 and times == sorted(times, reverse=True)  # type: ignore[type-var]
    oldest = search.search(corpus.db, "negotiat* in:comment", order="oldest")
    assert [h.posted_at for h in oldest.hits] == sorted(h.posted_at for h in oldest.hits)  # type: ignore[type-var]
    assert all(h.score is None for h in oldest.hits)
    with pytest.raises(ValueError, match="order"):
        search.search(corpus.db, "x", order="sideways")


def test_limit_and_cap(corpus: Library) -> None:
    assert len(search.search(corpus.db, "in:comment", limit=2).hits) == 2
    capped = search.search(corpus.db, "negotiat*", limit=1, cap=2)
    assert capped.capped and len(capped.hits) == 1
    assert not search.search(corpus.db, "negotiat*").capped


def test_filters_alone_give_the_newest_of_all_hits_whatever_the_import_order(library: Library, tmp_path: Path) -> None:
    # Imported newest first, so the most recently imported comments are the oldest by time: a
    # query without words still shows the newest (and oldest) of every hit, and is not capped.
    times = [f"{day} March 2023 10:00" for day in range(28, 0, -1)]
    thread = [(1, "ann", when, f"Comment {n}.") for n, when in enumerate([*times, "sometime"])]
    imported(library, write(tmp_path, "a.txt", document("A title", ["A paragraph."], thread)))
    for order, expected in (("newest", [28, 27, 26]), ("oldest", [1, 2, 3]), ("relevance", [28, 27, 26])):
        results = search.search(library.db, "author:ann", limit=3, cap=3, order=order)
        assert [h.posted_at.day for h in results.hits if h.posted_at] == expected, order
        assert not results.capped
    # The undated hit comes after the dated ones, in both orders.
    assert search.search(library.db, "author:ann", limit=30, order="newest").hits[-1].posted_at is None
    assert search.search(library.db, "author:ann", limit=30, order="oldest").hits[-1].posted_at is None


def test_an_authors_newest_comments_come_from_the_author_time_index(corpus: Library, monkeypatch) -> None:
    # A prolific author has tens of thousands of comments: their times are read from the
    # (author, posted_at) index, never from every one of their comment rows.
    queries: list[tuple[str, list[object]]] = []
    real = corpus.db.execute_sql

    def recorded(sql: str, params=None, *args, **kwargs):  # type: ignore[no-untyped-def]
        queries.append((sql, list(params or [])))
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(corpus.db, "execute_sql", recorded)
    search.search(corpus.db, "author:ann", order="newest")
    monkeypatch.undo()
    sql, params = next(q for q in queries if "c.posted_at IS NULL" in q[0])
    plan = [row[3] for row in corpus.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params)]
    assert any("COVERING INDEX comment_author_id_posted_at" in step for step in plan), plan


def test_counts(corpus: Library) -> None:
    for query in ("negotiat*", "author:zenion", "is:unread", "-boats in:comment", "white house", "depth:>1"):
        results = search.search(corpus.db, query, limit=1000)
        assert search.count(corpus.db, query) == len(results.hits), query
    assert search.count(corpus.db, "is:bogus") == 0
    assert search.count(corpus.db, "") == 0


@pytest.mark.parametrize("query", ['"', "AND(", "-", "OR", "", "*", "()", "\x00"])
def test_odd_queries_give_nothing_quietly(corpus: Library, query: str) -> None:
    results = search.search(corpus.db, query)
    assert results.hits == [] and results.message is None


def test_an_fts5_refusal_becomes_a_message(corpus: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = search.compile_query("boats").__class__(match='"unbalanced')
    monkeypatch.setattr(search, "compile_query", lambda text, coder=None: broken)
    results = search.search(corpus.db, "boats")
    assert results.hits == [] and results.message == "This search cannot be run; try fewer or simpler words."
    assert search.count(corpus.db, "boats") == 0
    monkeypatch.undo()
    corpus.db.execute_sql("DROP TABLE comment_search")  # a broken library is no query problem
    with pytest.raises(peewee.OperationalError, match="no such table"):
        search.search(corpus.db, "boats")


@pytest.mark.parametrize("query", ["-boats", "is:nonsense", "putin OR author:x", "before:soon"])
def test_bad_queries_give_a_message(corpus: Library, query: str) -> None:
    results = search.search(corpus.db, query)
    assert results.hits == [] and results.groups == [] and results.message


# --- dates first: a broad word in a narrow date range ------------------------------------------


@pytest.fixture
def dated(library: Library) -> Library:
    """Two years of threads, stored mostly in date order with a few old ones stored last (so the
    ids of a month are a band with outliers), some comments undated, some articles dated. `alpha`
    is in most comments, `delta` only in 2022's, `rare` in a few."""
    rng = random.Random(11)
    starts = sorted(datetime(2022, 1, 1) + timedelta(hours=rng.randrange(730 * 24)) for _ in range(60))
    starts += [starts.pop(rng.randrange(30)) for _ in range(4)]  # late scrapes of old threads
    handles = ["ann", "bob", "cyd", "dee", "eve"]
    documents = []
    for number, start in enumerate(starts):
        comments = []
        for index in range(rng.randint(0, 12)):
            words = ["alpha"] * (rng.random() < 0.8) + ["beta"] * (rng.random() < 0.3)
            words += ["delta"] * (start.year == 2022 and rng.random() < 0.5)
            words += ["rare"] * (index == 1 and number % 20 == 0)
            body = " ".join([*words, f"note {number}-{index}", *rng.choices(["sea", "land", "sky"], k=3)])
            posted = None if rng.random() < 0.05 else start + timedelta(hours=index * rng.randint(1, 30))
            parent = None if index == 0 or rng.random() < 0.5 else index - 1  # a reply to the one before
            depth, path = (1, str(index + 1)) if parent is None else (
                comments[parent].depth + 1, comments[parent].path + ".1")
            comments.append(ParsedComment(rng.choice(handles), None, "Offline", posted, body, depth, parent, path))
        published = rng.choice([start.strftime("%Y-%m-%dT%H:%M:%S"), start.strftime("%Y-%m-%d"), None, "soon"])
        paragraphs = [f"Story {number} about alpha" if rng.random() < 0.6 else f"Story {number}", "More."]
        documents.append(ParsedDocument(f"Thread {number}", None, paragraphs, comments, raw="", index=0, kind="A",
                                        published_at=published))
    with library.atomic():
        ids = [store_document(library.db, d, None, datetime(2024, 6, 1)).article_id for d in documents]
        search.index_articles(library.db, ids)
    comments_read = [row[0] for row in library.db.execute_sql("SELECT id FROM comment WHERE id % 3 = 0")]
    reading.set_comments_read(library.db, comments_read, True)
    reading.set_starred(library.db, ids[::4], True)
    return library


def _general_plan(db: peewee.SqliteDatabase, compiled: object) -> None:
    return None


DATED_QUERIES = [
    "alpha after:2023-03 before:2023-04",
    "alpha after:2023-03-05 before:2023-03-09",
    "alpha after:2022-06",
    "alpha before:2022-03",
    "alpha after:2023-04 before:2023-03",  # an empty range
    "alpha after:2030",  # a range without comments
    "delta after:2023-03 before:2023-04",  # comments in the range, none with the word
    "alpha after:2023-03 before:2023-04 after:2023-03-10 before:2023-05",  # the narrowest of each
    "alpha (after:2023-03 before:2023-04)",
    "alpha beta after:2022-09 before:2023-09",
    "alpha OR rare after:2022-09 before:2023-09",
    "alpha -beta after:2023 before:2023-07",
    "alp* after:2023 before:2024",
    "alpha depth:>1 after:2023-01 before:2023-06",
    "alpha author:ann after:2022-06 before:2023-06",
    "alpha is:read after:2022-06 before:2023-06",
    "alpha is:starred after:2022-06 before:2023-06",
    "alpha in:comment after:2022-11 before:2023-02",
    "alpha in:article after:2022-11 before:2023-02",
    "alpha -after:2023-03",  # negated: no range to narrow to
]


@pytest.mark.parametrize("query", DATED_QUERIES)
def test_the_date_first_plan_finds_what_the_general_plan_finds(
    dated: Library, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    monkeypatch.setattr(search, "DATE_FIRST_MATCHES", 1)  # the library is small: take it whenever it applies
    compiled = compile_query(query)
    band = search._comment_ids_in_range(dated.db, compiled)
    applies = compiled.after is not None or compiled.before is not None
    assert (band is not None) == (applies and "in:article" not in query), band
    for order in search.ORDERS:
        for limit, cap in ((1000, 1000), (5, 7)):
            date_first = search.search(dated.db, query, limit=limit, order=order, cap=cap)
            with monkeypatch.context() as general:
                general.setattr(search, "_comment_ids_in_range", _general_plan)
                expected = search.search(dated.db, query, limit=limit, order=order, cap=cap)
            assert date_first.message is None
            assert date_first.hits == expected.hits, (order, limit)
            assert date_first.groups == expected.groups and date_first.capped == expected.capped, (order, limit)
    hits = len(search.search(dated.db, query, limit=1000, cap=1000).hits)
    counted = search.count(dated.db, query)
    with monkeypatch.context() as general:
        general.setattr(search, "_comment_ids_in_range", _general_plan)
        assert counted == search.count(dated.db, query) == hits


def test_the_dated_library_tests_what_it_should(dated: Library) -> None:
    # Hits in the range, ids of the range not in date order, a range with no hits, capped results.
    db = dated.db
    month = search.search(db, "alpha after:2023-03 before:2023-04", limit=1000)
    assert len(month.hits) >= 10 and all(h.posted_at and h.posted_at.month == 3 for h in month.hits)
    assert search.search(db, "alpha after:2023-03 before:2023-04", limit=5, cap=7).capped
    assert search.count(db, "delta after:2023") == 0 < search.count(db, "delta")
    times = [row[0] for row in db.execute_sql("SELECT posted_at FROM comment WHERE posted_at IS NOT NULL ORDER BY id")]
    assert times != sorted(times)
    articles = search.search(db, "alpha in:article after:2022 before:2025", limit=1000).hits
    assert 0 < len(articles) < search.count(db, "alpha in:article")


def test_dates_first_only_for_a_broad_word_and_a_narrow_range(dated: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    db = dated.db
    month = compile_query("alpha after:2023-03 before:2023-04")
    assert search._comment_ids_in_range(db, month) is None  # fewer than DATE_FIRST_MATCHES matches
    monkeypatch.setattr(search, "DATE_FIRST_MATCHES", 1)
    lowest, highest = search._comment_ids_in_range(db, month) or (0, 0)
    assert (lowest, highest) == tuple(db.execute_sql(
        "SELECT min(id), max(id) FROM comment WHERE posted_at >= '2023-03-01' AND posted_at < '2023-04-01'").fetchone())
    assert search._comment_ids_in_range(db, compile_query("alpha after:2031")) == (0, -1)
    assert search._comment_ids_in_range(db, compile_query("alpha")) is None
    assert search._comment_ids_in_range(db, compile_query("author:ann after:2023")) is None  # no words: SQL sorts
    # A word in fewer comments than there are authors keeps the general plan.
    authors = db.execute_sql("SELECT count(*) FROM author").fetchone()[0]
    assert 0 < search.count(db, "rare in:comment") < authors
    assert search._comment_ids_in_range(db, compile_query("rare after:2023-03 before:2023-04")) is None
    monkeypatch.setattr(search, "DATE_FIRST_RANGE", 3)  # a range this wide is not looked up
    assert search._comment_ids_in_range(db, month) is None


def test_dates_first_reads_the_range_from_the_author_time_index_and_hands_fts5_the_band(
    dated: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "DATE_FIRST_MATCHES", 1)
    queries: list[tuple[str, list[object]]] = []
    real = dated.db.execute_sql

    def recorded(sql: str, params=None, *args, **kwargs):  # type: ignore[no-untyped-def]
        queries.append((sql, list(params or [])))
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(dated.db, "execute_sql", recorded)
    search.search(dated.db, "alpha after:2023-03 before:2023-04")
    monkeypatch.undo()

    def plan(sql: str, params: list[object]) -> list[str]:
        return [row[3] for row in dated.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params)]

    sql, params = next(q for q in queries if "FROM author au" in q[0])
    assert any("COVERING INDEX comment_author_id_posted_at (author_id=? AND posted_at>? AND posted_at<?)" in step
               for step in plan(sql, params))
    sql, params = next(q for q in queries if "s.rowid BETWEEN" in q[0] and "bm25(comment_search)" in q[0])
    steps = plan(sql, params)
    # FTS5 drives, taking the match and both ends of the band (its index string: M, >, <).
    assert steps[0].startswith("SCAN s VIRTUAL TABLE INDEX") and all(c in steps[0].split(":")[-1] for c in "M><")
    assert "SEARCH c USING INTEGER PRIMARY KEY" in steps[1]


# --- anything typed, against a real library ---------------------------------------------------


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    folder = tmp_path_factory.mktemp("shared")
    for name, text in CORPUS.items():
        write(folder, name, text)
    library = Library.open(folder / "shared.glossa")
    imported(library, folder)
    yield library
    library.close()


_PIECES = st.sampled_from(
    ['"', "(", ")", "-", "*", " ", "OR", "AND", "NOT", "author:", "tag:", "is:", "has:", "in:", "depth:",
     "depth:<", "before:", "after:", "2023", "unread", "starred", "note", "highlight", "comment", "zenion",
     "boats", "Мир", "café", "\x00", "'; DROP TABLE comment; --", "c++", "covid-19"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=80), st.lists(_PIECES, max_size=12).map("".join)))
def test_searching_anything_never_raises(shared: Library, text: str) -> None:
    for order in search.ORDERS:
        results = search.search(shared.db, text, limit=5, order=order)
        assert results.message is None or results.hits == []
    assert search.count(shared.db, text) >= 0
    assert shared.db.execute_sql("SELECT count(*) FROM comment").fetchone()[0] == 6


# --- saved searches ---------------------------------------------------------------------------


def test_saved_searches(corpus: Library) -> None:
    db = corpus.db
    when = datetime(2024, 2, 3, 4, 5, 6)
    boats = search.create_saved_search(db, "  Boats   talk ", "boats", now=when)
    assert (boats.name, boats.query, boats.created_at) == ("Boats talk", "boats", when)
    zen = search.create_saved_search(db, "by zenion", "author:zenion")
    assert [s.name for s in search.list_saved_searches(db)] == ["Boats talk", "by zenion"]
    assert search.list_saved_searches(db)[0] == boats
    assert search.saved_search_counts(db, search.list_saved_searches(db)) == {boats.id: 2, zen.id: 3}

    with pytest.raises(search.SearchError, match="already"):
        search.create_saved_search(db, "Boats talk", "other")
    with pytest.raises(search.SearchError, match="needs a name"):
        search.create_saved_search(db, "   ", "x")
    with pytest.raises(search.SearchError, match="already"):
        search.rename_saved_search(db, zen.id, "Boats talk")
    search.rename_saved_search(db, zen.id, "Zenion's comments")
    assert [s.name for s in search.list_saved_searches(db)] == ["Boats talk", "Zenion's comments"]

    search.delete_saved_search(db, boats.id)
    assert [s.id for s in search.list_saved_searches(db)] == [zen.id]
    with pytest.raises(search.SearchError, match="no longer exists"):
        search.rename_saved_search(db, boats.id, "gone")
    search.create_saved_search(db, "bad", "is:bogus")  # stored as typed; counts 0
    assert sorted(search.saved_search_counts(db, search.list_saved_searches(db)).values()) == [0, 3]


def test_comment_matches_are_offsets_into_the_body(corpus: Library) -> None:
    comment_id = comment_by(corpus, "Negotiations need")
    body = str(corpus.db.execute_sql("SELECT body FROM comment WHERE id = ?", (comment_id,)).fetchone()[0])
    spans = search.comment_matches(corpus.db, "negotiat* мир", comment_id)
    assert [body[start:end] for start, end in spans] == ["Мир", "Negotiations"]
    start = len("Привет МИР, the ")
    assert search.comment_matches(corpus.db, '"white house"', comment_by(corpus, "Привет")) == [(start, start + 11)]
    assert search.comment_matches(corpus.db, "boats", comment_id) == []  # not in this comment
    assert search.comment_matches(corpus.db, "author:zenion", comment_id) == []  # no words
    assert search.comment_matches(corpus.db, 'AND( "', comment_id) == []  # cannot run: nothing, no error
