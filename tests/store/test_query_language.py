"""The search language: parsing, compiling to FTS5 and SQL, and robustness against anything typed."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.store.query_language import (
    FALSE,
    HELP_ROWS,
    MAX_NESTING,
    MAX_QUERY_CHARS,
    MAX_TERMS,
    TRUE,
    And,
    Field,
    Not,
    Or,
    Term,
    clean,
    compile_query,
    parse,
)
from desktop.store.search import TOKENIZER


def w(text: str, prefix: bool = False) -> Term:
    return Term(text, prefix=prefix)


def p(text: str, prefix: bool = False) -> Term:
    return Term(text, prefix=prefix, phrase=True)


PARSES = [
    ("", None),
    ("   \t\n ", None),
    ("putin", w("putin")),
    ("Путин МИР", And((w("Путин"), w("МИР")))),
    ('"exact phrase"', p("exact phrase")),
    ('"exact   phrase" ', p("exact phrase")),
    ('"exact phr"*', p("exact phr", prefix=True)),
    ("pre*", w("pre", prefix=True)),
    ("pre***", w("pre", prefix=True)),
    ("*", None),
    ("*pre", w("pre")),
    ("-trump", Not(w("trump"))),
    ("--trump", Not(w("trump"))),
    ("NOT trump", Not(w("trump"))),
    ("NOT NOT trump", w("trump")),
    ("not trump", And((w("not"), w("trump")))),  # lower-case operators are words
    ("a OR b", Or((w("a"), w("b")))),
    ("a or b", And((w("a"), w("or"), w("b")))),
    ("a b OR c", And((w("a"), Or((w("b"), w("c")))))),  # OR binds tighter than the implied AND
    ("a AND b", And((w("a"), w("b")))),
    ("(a b) OR c", Or((And((w("a"), w("b"))), w("c")))),
    ("-(a b) c", And((Not(And((w("a"), w("b")))), w("c")))),
    ("covid-19", w("covid-19")),
    ("o'brien", w("o'brien")),
    ("c++", w("c++")),
    ("+required", w("required")),
    ("author:zenion", Field("author", "zenion")),
    ('author:"In passing"', Field("author", "In passing")),
    ("AUTHOR:Zenion", Field("author", "Zenion")),
    ("-is:read", Not(Field("is", "read"))),
    ("tag:propaganda/dehumanisation", Field("tag", "propaganda/dehumanisation")),
    ("depth:>2", Field("depth", ">2")),
    ("before:2023-01-31 after:2022", And((Field("before", "2023-01-31"), Field("after", "2022")))),
    ("http://example.com", w("http://example.com")),  # unknown name: an ordinary word
    ("10:30", w("10:30")),
    ("author:", Field("author", "")),
    # Odd input is repaired, never refused by the parser.
    ('"', p("")),
    ('"unclosed phrase', p("unclosed phrase")),
    ('say "hi', And((w("say"), p("hi")))),
    ('ab"cd"', And((w("ab"), p("cd")))),
    ("OR", None),
    ("AND", None),
    ("NOT", None),
    ("-", None),
    ("- - -", None),
    ("a OR", w("a")),
    ("OR a", w("a")),
    ("a OR OR b", Or((w("a"), w("b")))),
    ("a AND OR b", And((w("a"), w("b")))),
    ("AND(", None),
    ("(", None),
    (")", None),
    ("()", None),
    (")a(", w("a")),
    ("(a", w("a")),
    ("a)", w("a")),
    ("((a OR b)", Or((w("a"), w("b")))),
    ("a\x00b", And((w("a"), w("b")))),  # NUL and control characters are spaces
    ("a\x1b[31mb", And((w("a"), w("[31mb")))),
    ("'; DROP TABLE article; --", And((w("';"), w("DROP"), w("TABLE"), w("article;")))),
    ("1=1 OR 1", Or((w("1=1"), w("1")))),
]


@pytest.mark.parametrize(("text", "expected"), PARSES, ids=[repr(t) for t, _ in PARSES])
def test_parse(text: str, expected: object) -> None:
    assert parse(text) == expected


def test_deep_parentheses_do_not_recurse_without_bound() -> None:
    deep = "(" * 100_000 + "a" + ")" * 100_000
    assert parse(deep) == w("a")
    assert compile_query("(" * 500 + "a b")
    nested = "(" * (MAX_NESTING + 3) + "a OR b" + ")" * (MAX_NESTING + 3)
    assert compile_query(nested).error is None


def test_long_negation_chains_do_not_recurse() -> None:
    assert parse("NOT " * 10_000 + "a") == w("a")
    assert parse("-" * 10_000 + "a") == Not(w("a"))


def test_clean_removes_control_characters_and_surrogates() -> None:
    assert clean("a\x00b\x07c\x7fd\x85e\ud800f") == "a b c d e f"
    assert clean("Ёлка café") == "Ёлка café"


COMPILES = [
    # text -> expected FTS5 MATCH string; every word quoted
    ("putin", '"putin"'),
    ("a b OR c", '"a" AND ("b" OR "c")'),
    ('"exact phrase" pre*', '"exact phrase" AND "pre" *'),
    ('"exact phr"*', '"exact phr" *'),
    ("a -b -c", '("a") NOT ("b" OR "c")'),
    ("-(a b) c", '("c") NOT ("a" AND "b")'),
    ("(a -b) OR c", '(("a") NOT ("b")) OR "c"'),
    ("covid-19", '"covid-19"'),
    ("o'brien", '"o\'brien"'),
    ("c++", '"c++"'),
    ('say "he said ""no"""', '"say" AND "he said" AND "no"'),
    ("AND( x", '"x"'),
    ("NEAR(a b)", '"NEAR" AND "a" AND "b"'),
    ("a:b ^c", '"a:b" AND "^c"'),
    ("'; DROP TABLE article; --", '"DROP" AND "TABLE" AND "article;"'),
    ("Путин", '"Путин"'),
    ("пу*", '"пу" *'),
]


@pytest.mark.parametrize(("text", "match"), COMPILES, ids=[t for t, _ in COMPILES])
def test_compile_match(text: str, match: str) -> None:
    compiled = compile_query(text)
    assert compiled.error is None
    assert compiled.match == match
    assert compiled.article == TRUE and compiled.comment == TRUE


EMPTY = ["", "  ", '"', '""', "*", "-", "OR", "AND(", "()", "++", "...", '" "', "\x00\x00"]


@pytest.mark.parametrize("text", EMPTY, ids=repr)
def test_nothing_to_search_for_is_empty_not_an_error(text: str) -> None:
    compiled = compile_query(text)
    assert compiled.empty and compiled.error is None and not compiled.runnable


REFUSED = [
    ("-trump", "cannot only exclude"),
    ("-a -b", "cannot only exclude"),
    ("a OR -b", "cannot be excluded"),
    ("(-a -b) OR c", "needs a word that is not excluded"),
    ("putin OR author:zenion", "not a word with a filter"),
    ("-(putin author:zenion)", "not a word with a filter"),
    ("is:bogus", "is: can be unread, read or starred"),
    ("has:beer", "has: can be note, highlight or tag"),
    ("in:sidebar", "in: can be article or comment"),
    ("depth:deep", "depth: needs a number"),
    ("depth:>", "depth: needs a number"),
    ("before:yesterday", "before: needs a date"),
    ("after:2023-02-30", "after: needs a date"),
    ("author:", "author: needs"),
    ('author:""', "author: needs"),
    ("tag:", "tag: needs"),
    ("tag:///", "tag: needs"),
    ("p*", "at least 2 letters"),
    ("п*", "at least 2 letters"),
    ('"white h"*', "at least 2 letters"),
    ("c++*", "at least 2 letters"),  # FTS5 would read it as the prefix c*
    ("x" * (MAX_QUERY_CHARS + 1), "too long"),
    (" ".join(f"w{n}" for n in range(MAX_TERMS + 1)), "Too many words"),
]


@pytest.mark.parametrize(("text", "message"), REFUSED, ids=[t[:30] for t, _ in REFUSED])
def test_refused_with_a_friendly_message(text: str, message: str) -> None:
    compiled = compile_query(text)
    assert compiled.error is not None
    assert message in compiled.error.message
    assert compiled.match is None and not compiled.runnable


def test_field_only_queries_need_no_words() -> None:
    compiled = compile_query("author:zenion is:unread")
    assert compiled.runnable and compiled.match is None and compiled.exclude is None
    assert compiled.article == FALSE  # articles have no author
    assert "c.author_id" in compiled.comment.sql and "c.is_read = 0" in compiled.comment.sql
    assert compiled.comment.params.count("zenion") == 2 and "Zenion" in compiled.comment.params


def test_only_starred_needs_the_comments_article() -> None:
    assert compile_query("-is:starred").comment.uses_article
    assert compile_query("author:x OR is:starred").comment.uses_article
    assert not compile_query("author:x is:unread depth:>1 tag:y has:note before:2023").comment.uses_article


def test_exclusion_with_a_filter_compiles_to_an_exclude_match() -> None:
    compiled = compile_query("-trump in:comment")
    assert compiled.match is None and compiled.exclude == '"trump"'
    assert compiled.article == FALSE and compiled.comment == TRUE


def test_values_are_bound_never_spliced() -> None:
    evil = "x'); DROP TABLE comment; --"
    for text in (f'author:"{evil}"', f'tag:"{evil}"'):
        compiled = compile_query(text)
        assert evil not in compiled.comment.sql and evil in compiled.comment.params


FOLDS = [
    # filter -> (article condition, comment condition) as constants or SQL fragments
    ("in:article", TRUE, FALSE),
    ("in:comments", FALSE, TRUE),
    ("-in:article", FALSE, TRUE),
    ("depth:0", TRUE, "c.depth = ?"),
    ("depth:<2", TRUE, "c.depth < ?"),
    ("depth:>=1", FALSE, "c.depth >= ?"),
    ("depth:>2", FALSE, "c.depth > ?"),
    ("depth:=3", FALSE, "c.depth = ?"),
    ("author:a OR in:article", TRUE, "c.author_id"),
    ("-author:a", TRUE, "NOT (c.author_id"),
    ("is:starred", "a.is_starred = 1", "a.is_starred = 1"),
    ("is:READ", "a.is_read = 1", "c.is_read = 1"),
    ("has:note", "FROM note", "FROM note"),
    ("has:highlight", "FROM highlight", "FROM highlight"),
    ("has:tag", "FROM article_tag", "FROM comment_tag"),
    ("tag:x", "FROM article_tag", "FROM comment_tag"),
    ("before:2023-01-31", "a.published_at", "c.posted_at < ?"),
    ("after:2023-01", "a.published_at", "c.posted_at >= ?"),
]


@pytest.mark.parametrize(("text", "article", "comment"), FOLDS, ids=[t for t, _, _ in FOLDS])
def test_filter_conditions(text: str, article: object, comment: object) -> None:
    compiled = compile_query(text)
    assert compiled.runnable, compiled.error
    for got, want in ((compiled.article, article), (compiled.comment, comment)):
        if isinstance(want, str):
            assert want in got.sql
            assert got.sql.count("?") == len(got.params)
        else:
            assert got == want


@pytest.mark.parametrize(
    ("text", "bound"),
    [("before:2023", "2023-01-01"), ("after:2023-1", "2023-01-01"), ("before:2023/02/05", "2023-02-05")],
)
def test_dates_name_their_first_day(text: str, bound: str) -> None:
    assert compile_query(text).comment.params == (bound,)


# --- anything typed --------------------------------------------------------------------------

_FTS = sqlite3.connect(":memory:")
_FTS.execute(f"CREATE VIRTUAL TABLE probe USING fts5(body, tokenize='{TOKENIZER}')")
_FTS.executemany(
    "INSERT INTO probe (body) VALUES (?)",
    [("covid-19 o'brien c++ Путин café",), ("AND OR NOT NEAR the white house",), ("ёлка МИР",)],
)

_PIECES = st.sampled_from(
    ['"', "'", "(", ")", "-", "*", "+", "^", ":", ";", " ", " ", "OR", "AND", "NOT", "NEAR", "NEAR(",
     "author:", "tag:", "is:", "has:", "in:", "depth:", "depth:>", "before:", "after:", "2023-01-31",
     "unread", "starred", "note", "article", "a", "Ж", "é", "\x00", "\x1f", "\u200d", "🙂", "--", "*\"",
     "covid-19", "o'brien", "c++", "SELECT * FROM comment;", "'; DROP TABLE article; --", "\\", "%", "_"]
)
ANYTHING = st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=25).map("".join))


def _fts_accepts(match: str) -> None:
    _FTS.execute("SELECT count(*) FROM probe WHERE probe MATCH ?", (match,)).fetchone()


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANYTHING)
def test_anything_typed_compiles_without_raising_and_fts5_accepts_it(text: str) -> None:
    compiled = compile_query(text)
    assert compiled.error is None or compiled.error.message
    if compiled.error is not None or compiled.empty:
        assert compiled.match is None and compiled.exclude is None
        return
    assert compiled.match is not None or compiled.exclude is not None or not compiled.article.is_false \
        or not compiled.comment.is_false
    for match in (compiled.match, compiled.exclude):
        if match is not None:
            assert "\x00" not in match
            _fts_accepts(match)
    for condition in (compiled.article, compiled.comment):
        assert condition.sql.count("?") == len(condition.params)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_decoded_any_way_compile(data: bytes) -> None:
    for text in (data.decode("utf-8", errors="replace"), data.decode("latin-1")):
        compiled = compile_query(text)
        if compiled.match is not None:
            _fts_accepts(compiled.match)



@pytest.mark.parametrize("example", [example for example, _ in HELP_ROWS])
def test_every_help_example_runs(example: str) -> None:
    for part in example.split("   "):
        compiled = compile_query(f"word {part}")  # exclusions need something to exclude from
        assert compiled.runnable, (part, compiled.error)


@pytest.mark.parametrize(
    ("text", "after", "before"),
    [
        ("x after:2023-03 before:2023-04", "2023-03-01", "2023-04-01"),
        ("after:2023 x after:2023-05 before:2024 before:2023-09-01", "2023-05-01", "2023-09-01"),  # the narrowest
        ("x (before:2023-02)", None, "2023-02-01"),
        ("x after:2023-04 before:2023-03", "2023-04-01", "2023-03-01"),  # empty, as typed
        ("x -after:2023", None, None),  # negated: no range every hit is in
        ("x (after:2023 OR before:2020)", None, None),
        ("x author:a", None, None),
    ],
)
def test_the_range_every_hit_must_be_in(text: str, after: str | None, before: str | None) -> None:
    compiled = compile_query(text)
    assert (compiled.after, compiled.before) == (after, before)
