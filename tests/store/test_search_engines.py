"""Search on both engines (SQLite's FTS5, PostgreSQL's tsvector): every kind of query over one
corpus in Russian, Ukrainian and English, with accents, ё and е, й and и, finds the same hits
on each. Snippets, counts, saved searches and the matches in a comment agree too."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.store import search, search_dialect, summaries
from desktop.store.db import Library
from desktop.store.models import Article, ArticleTag, Author, Comment, CommentTag, Highlight, Note, Tag
from tests.postgres import Server

# name: (article, depth, author, posted, body)
COMMENTS = {
    "yo": ("budget", 1, "alice", "2024-01-06 10:00", "Много расчётов, мало денег"),
    "ye": ("budget", 2, "Борис", "2024-01-07 10:00", "РАСЧЕТОВ не видно: ЁЛКИ-палки"),
    "cafe": ("budget", 1, "alice", "2024-01-08 10:00", "The Café was full; nai\u0308ve owners"),
    "kyiv": ("budget", 1, "Оксана", "2024-01-09 10:00", "Київ і Ірпінь: їжак та іжак"),
    "yod": ("tree", 1, "Борис", "2024-02-11 10:00", "Йод полезен, а иод это старое написание"),
    "iod": ("tree", 2, "alice", "2024-02-12 10:00", "иод и только иод"),
    "house": ("sanctions", 1, "alice", "2024-03-01 10:00", "The White House said nothing"),
    "reversed": ("sanctions", 1, "Оксана", "2024-03-02 10:00", "house white, said the press"),
    "covid": ("sanctions", 3, "Борис", "2024-03-03 10:00", "covid-19 again; o'brien agrees"),
    "negotiators": ("sanctions", 2, "alice", "2024-03-04 10:00", "Negotiators met Putin's envoys"),
}
ARTICLES = {
    "budget": ("Расчёты бюджета", "Економіка", ["Міністр оприлюднив розрахунки.", "Crème brûlée at the café."],
               "2024-01-05"),
    "tree": ("Ёлка и йод", None, ["Новогодняя елка стоит. Иод и йод — разные слова."], "2024-02-10T09:00:00"),
    "sanctions": ("Sanctions news", "Putin talks", ["Negotiations stalled over sanctions."], None),
}

# query: what it finds, articles by name (upper case) and comments by name.
QUERIES = {
    # case, accents, ё/е both ways, й/и distinct, Ukrainian letters
    "расчетов": {"yo", "ye"},
    "РАСЧЁТОВ": {"yo", "ye"},
    "расчеты": {"BUDGET"},
    "елка": {"TREE"},
    "ёлка": {"TREE"},
    "ёлки": {"ye"},
    "йод": {"TREE", "yod"},
    "иод": {"TREE", "yod", "iod"},
    "cafe": {"BUDGET", "cafe"},
    "CAFÉ": {"BUDGET", "cafe"},
    "cafe\u0301": {"BUDGET", "cafe"},  # the accent typed as a combining mark
    "naive": {"cafe"},
    "creme brulee": {"BUDGET"},
    "київ": {"kyiv"},
    "ЇЖАК": {"kyiv"},
    "іжак": {"kyiv"},
    "економіка": {"BUDGET"},
    # prefixes, phrases, OR, exclusions, groups
    "расч*": {"BUDGET", "yo", "ye"},
    "Ёл*": {"TREE", "ye"},
    "negotiat*": {"SANCTIONS", "negotiators"},
    '"white house"': {"house"},
    '"house white"': {"reversed"},
    "white house": {"house", "reversed"},
    '"white hou"*': {"house"},
    '"news putin"': set(),  # the title's last word, the subtitle's first: a phrase stays in its column
    '"putin talks"': {"SANCTIONS"},
    "covid-19": {"covid"},
    "o'brien": {"covid"},
    "йод OR расчетов": {"TREE", "yod", "yo", "ye"},
    "иод -йод": {"iod"},
    "иод NOT йод": {"iod"},
    "white -(house said)": set(),
    "said -(white house)": set(),
    "putin -sanctions": {"negotiators"},
    "(white OR covid) -press": {"house", "covid"},
    # fields, alone and with words
    "author:alice": {"yo", "cafe", "iod", "house", "negotiators"},
    "author:борис": {"ye", "yod", "covid"},
    "author:alice иод": {"iod"},
    "tag:topic": {"SANCTIONS", "yo", "covid"},
    "tag:topic/inner": {"covid"},
    "tag:topic расчетов": {"yo"},
    "is:unread in:comment depth:1": {"yo", "cafe", "kyiv", "yod", "reversed"},
    "is:read": {"house", "TREE"},
    "is:starred": {"SANCTIONS", "house", "reversed", "covid", "negotiators"},
    "has:note": {"BUDGET", "iod"},
    "has:highlight": {"house"},
    "has:tag": {"SANCTIONS", "yo", "covid"},
    "in:article йод": {"TREE"},
    "depth:>1": {"ye", "iod", "covid", "negotiators"},
    "depth:>=2 расчетов": {"ye"},
    "after:2024-02 before:2024-03": {"TREE", "yod", "iod"},
    "after:2024-01-07 расчетов": {"ye"},
    "before:2024-01-06": {"BUDGET"},
    "-house author:alice": {"yo", "cafe", "iod", "negotiators"},
    "(author:alice OR author:Оксана) depth:1": {"yo", "cafe", "kyiv", "house", "reversed"},
}


@pytest.fixture
def corpus(engine_library: Library) -> dict[str, int]:
    return _fill(engine_library)


def _fill(library: Library) -> dict[str, int]:
    """The corpus on the library's engine, indexed as an import indexes it; its ids by name."""
    ids: dict[str, int] = {}
    now = datetime(2024, 4, 1)
    with library.atomic():
        authors = {name: Author.create(handle=name) for name in dict.fromkeys(c[2] for c in COMMENTS.values())}
        for name, (title, subtitle, paragraphs, published) in ARTICLES.items():
            ids[name.upper()] = Article.create(
                title=title, subtitle=subtitle, paragraphs=json.dumps(paragraphs, ensure_ascii=False),
                raw_text=title, fingerprint=name, published_at=published, imported_at=now, updated_at=now,
                is_read=name == "tree", is_starred=name == "sanctions",
            ).id
        for position, (name, (article, depth, author, posted, body)) in enumerate(COMMENTS.items()):
            ids[name] = Comment.create(
                article=ids[article.upper()], position=position, depth=depth, path=str(position),
                author=authors[author], posted_at=datetime.fromisoformat(posted), body=body, fingerprint=name,
                is_read=name == "house",
            ).id
        topic = Tag.create(name="Topic", created_at=now)
        inner = Tag.create(name="inner", parent=topic, created_at=now)
        ArticleTag.create(tag=topic, article=ids["SANCTIONS"], created_at=now)
        CommentTag.create(tag=topic, comment=ids["yo"], created_at=now)
        CommentTag.create(tag=inner, comment=ids["covid"], created_at=now)
        Note.create(target_kind="article", article=ids["BUDGET"], body="a note", created_at=now, updated_at=now)
        Note.create(target_kind="comment", comment=ids["iod"], body="another", created_at=now, updated_at=now)
        Highlight.create(target_kind="comment", comment=ids["house"], start_offset=4, end_offset=9, text="White",
                         created_at=now)
        summaries.refresh(library.db, [ids[name.upper()] for name in ARTICLES])
        search.index_articles(library.db, [ids[name.upper()] for name in ARTICLES])
    return ids


def _names(ids: dict[str, int], results: search.SearchResults) -> set[str]:
    by_id = {(value, name.isupper()): name for name, value in ids.items()}
    return {by_id[hit.article_id if hit.comment_id is None else hit.comment_id, hit.comment_id is None]
            for hit in results.hits}


@pytest.mark.parametrize("query", list(QUERIES))
def test_every_query_finds_the_same_on_both_engines(engine_library: Library, corpus: dict[str, int],
                                                    query: str) -> None:
    for order in search.ORDERS:
        results = search.search(engine_library.db, query, order=order)
        assert results.message is None, results.message
        assert _names(corpus, results) == QUERIES[query], order
    assert search.count(engine_library.db, query) == len(QUERIES[query])


def test_fewer_hits_than_found_are_the_first_of_them(engine_library: Library) -> None:
    # More candidates than `limit`: a server reads the hits' rows in a second statement.
    for query in [query for query, names in QUERIES.items() if len(names) > 1]:
        for order in search.ORDERS:
            every = [dataclasses.astuple(hit) for hit in search.search(engine_library.db, query, order=order).hits]
            first = search.search(engine_library.db, query, limit=1, order=order).hits
            assert [dataclasses.astuple(hit) for hit in first] == every[:1], (query, order)


def test_snippets_mark_the_words_and_keep_the_text(engine_library: Library, corpus: dict[str, int]) -> None:
    snippets = {hit.comment_id: search.render_snippet(hit.snippet)
                for hit in search.search(engine_library.db, "расчетов OR ёлки").hits}
    assert snippets == {corpus["yo"]: "Много [расчётов], мало денег",
                        corpus["ye"]: "[РАСЧЕТОВ] не видно: [ЁЛКИ]-палки"}
    [article] = search.search(engine_library.db, '"white hou"* OR talks in:article').hits
    assert search.render_snippet(article.snippet) == "Putin [talks]"
    assert all(hit.score is not None for hit in search.search(engine_library.db, "йод").hits)


def test_long_text_is_cut_around_the_match(engine_library: Library, corpus: dict[str, int]) -> None:
    body = " ".join(f"w{i}" for i in range(100)) + " найдено " + " ".join(f"x{i}" for i in range(100))
    with engine_library.atomic():  # the index takes out the text it indexed: before it changes
        search.unindex_articles(engine_library.db, [corpus["TREE"]])
        Comment.update(body=body).where(Comment.id == corpus["iod"]).execute()
        search.index_articles(engine_library.db, [corpus["TREE"]])
    [hit] = search.search(engine_library.db, "найдено").hits
    text = search.render_snippet(hit.snippet)
    assert text.startswith(search.ELLIPSIS) and text.endswith(search.ELLIPSIS) and "[найдено]" in text
    assert len(text.split()) == search.SNIPPET_TOKENS
    assert search.search(engine_library.db, "иод").hits[-1].comment_id != corpus["iod"]


def test_comment_matches_and_saved_searches(engine_library: Library, corpus: dict[str, int]) -> None:
    db = engine_library.db
    body = COMMENTS["ye"][4]
    spans = search.comment_matches(db, "расчётов ёлки", corpus["ye"])
    assert [body[start:end] for start, end in spans] == ["РАСЧЕТОВ", "ЁЛКИ"]
    assert search.comment_matches(db, '"white house"', corpus["house"]) == [(4, 15)]
    assert search.comment_matches(db, "author:alice", corpus["house"]) == []
    saved = search.create_saved_search(db, "ёлки", "ёл*")
    other = search.create_saved_search(db, "Alpha", "author:alice")
    assert [s.name for s in search.list_saved_searches(db)] == ["Alpha", "ёлки"]
    assert search.saved_search_counts(db, [saved, other]) == {saved.id: 2, other.id: 5}
    with pytest.raises(search.SearchError):
        search.rename_saved_search(db, saved.id, "Alpha")
    search.delete_saved_search(db, other.id)
    assert [s.id for s in search.list_saved_searches(db)] == [saved.id]


def test_the_index_follows_changes(engine_library: Library, corpus: dict[str, int]) -> None:
    db = engine_library.db
    with engine_library.atomic():
        search.unindex_articles(db, [corpus["TREE"]])
        Comment.update(body="совсем другой текст").where(Comment.id == corpus["iod"]).execute()
        search.index_articles(db, [corpus["TREE"]])
    assert _names(corpus, search.search(db, "другой")) == {"iod"}
    with engine_library.atomic():
        search.unindex_articles(db, [corpus["TREE"]])
        Comment.delete().where(Comment.article == corpus["TREE"]).execute()
        Article.delete().where(Article.id == corpus["TREE"]).execute()
    assert _names(corpus, search.search(db, "иод OR другой")) == set()
    assert search.rebuild(db) == (2, 8)
    assert _names(corpus, search.search(db, "расчетов")) == {"yo", "ye"}


def test_both_engines_fold_latin_letters_alike() -> None:
    """search_dialect.FOLDS (the server's translate()) is what unicode61 remove_diacritics 2
    does to the Latin letters with a diacritic, upper or lower case."""
    probe = sqlite3.connect(":memory:")
    probe.execute(f"CREATE VIRTUAL TABLE f USING fts5(body, tokenize='{search.TOKENIZER}')")
    probe.execute("CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance')")
    letters = [chr(code) for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)) if chr(code).isalpha()]
    probe.executemany("INSERT INTO f (rowid, body) VALUES (?, ?)", enumerate(letters, 1))
    sqlite = {letters[row - 1]: term for term, row in probe.execute("SELECT term, doc FROM v")}
    ours = {letter: "".join(search_dialect.fold_character(letter)) for letter in letters}
    differ = {letter for letter in letters if sqlite[letter] != ours[letter]}
    assert differ == {"İ"}  # FTS5 folds it to i; lower-cased it is two characters (search_dialect.py)
    assert search_dialect.fold_character("Ё") == "е" and search_dialect.fold_character("й") == "й"


def test_the_query_becomes_a_tsquery() -> None:
    tsquery = search_dialect.tsquery
    assert tsquery('"a" AND ("b" OR "c")') == "('a') & ( ('b') | ('c') )"
    assert tsquery('("Ёлка") NOT ("white house" OR "x")') == "( ('елка') ) & ! ( ('white' <-> 'house') | ('x') )"
    assert tsquery('"exact phr" *') == "('exact' <-> 'phr':*)"
    assert tsquery('"a" AND "€"') == "('a') & '-'"  # a quoted string without a word matches nothing


_PIECES = st.sampled_from(
    ['"', "(", ")", "-", "*", " ", " ", "OR", "AND", "NOT", "author:alice", "tag:topic", "is:unread", "has:note",
     "in:comment", "depth:<2", "after:2024-02", "расчетов", "ёлки", "Йод", "иод", "іжак", "café", "white",
     "house", "covid-19", "o'brien", "ра", "wh", "\x00", "€", "'; DROP TABLE comment; --", "\\", "%"]
)


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory, postgres_server: Server) -> Iterator[dict[str, Library]]:
    """The corpus on each engine, for many queries."""
    libraries = {}
    for engine, location in (("sqlite", tmp_path_factory.mktemp("both") / "test.glossa"),
                             ("postgresql", postgres_server.url(postgres_server.new_database()))):
        libraries[engine] = Library.open(location)  # the models follow the library opened last
        _fill(libraries[engine])
    yield libraries
    for library in libraries.values():
        library.close()


# Letters, digits, spaces and punctuation, as the news writes them: FTS5 (Unicode 6.1) takes some
# symbols, emoji and superscripts for letters, the server does not (search_dialect.py).
_TYPED = st.characters(max_codepoint=0x2FFF, categories=("L", "Nd", "Zs", "P", "Mn"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(_TYPED, max_size=40), st.lists(_PIECES, max_size=8).map("".join)))
def test_anything_typed_finds_the_same_on_both_engines(both: dict[str, Library], text: str) -> None:
    found = {}
    for engine, library in both.items():
        results = search.search(library.db, text, limit=50)
        found[engine] = (results.message, sorted((h.article_id, h.comment_id or 0) for h in results.hits),
                         search.count(library.db, text))
    assert found["sqlite"] == found["postgresql"]
