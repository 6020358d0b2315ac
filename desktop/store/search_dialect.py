"""Full-text search on PostgreSQL, and what both engines share to find the same words.

search.py writes searching once, over SQLite's FTS5 (the library file). A server library has no
FTS5: its index is a `tsvector` per article and comment with a GIN index (SCHEMA, created by
server.py), and this module is what differs there: the index's upkeep, the MATCH string the
query language compiles turned into a `tsquery`, the hits' FROM ... WHERE, and the snippets.

Finding the same words on both engines
    FTS5's tokenizer (`unicode61 remove_diacritics 2`) folds case and Latin accents; a word is a
    run of letters and digits. PostgreSQL gets the same from `glossa_search_text()`: lower-case
    (ICU, so Cyrillic too), every character that is not a letter or digit made a space, and the
    accented Latin letters folded by `translate()` with the table below, which is computed from
    Unicode's decompositions as unicode61 computes its own (a test compares the two); letters
    written with combining accents are composed first (NFC). The 'simple' text search
    configuration then takes each word as it is: no stemming, no stop words. What still differs:
    FTS5 knows Unicode 6.1 and takes some symbols, emoji and superscripts for letters (`x²` is a
    word there, `x` here); searches for words in the scripts of the news agree.
    No `unaccent` extension: it folds more than FTS5 does (ß, æ, ligatures), would need a
    privilege to create and an immutable wrapper to be indexed; `translate` needs neither.
    Both engines search `ё` as `е`: Russian readers type `е`. The text is folded where it goes
    into the index (SQLite: the INSERTs of search.py; PostgreSQL: glossa_search_text), and the
    query's words in query_language.py. `й` and `и` stay distinct, as do Ukrainian `ї` and `і`.

Index upkeep, ranking
    `index_articles` writes each vector that is missing or changed (no cut-short bookkeeping: a
    row's vector is replaced, not taken out); deleting rows cascades. Ranking is ts_rank with the
    columns weighted as bm25 weights them: the same hits, in an order that may differ among
    near equals. search.py's date-first plan is for SQLite's planner: not used here.

Snippets
    FTS5 makes them from the library's text (search.py). Here they are made in Python from the
    text and the words of the query, the same way (`spans` are the phrases' instances, as FTS5's
    highlight() marks them): Python's folding is the table above."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from peewee import Database

from .dialect import execute, of

# The Latin letters unicode61 folds: a lower-case letter whose decomposition starts with a basic
# Latin letter (both engines fold case first), and the long s; FTS5 keeps ǡ. Not İ: lower-cased
# it is two characters on both engines, which FTS5 folds to i and PostgreSQL keeps.
_LATIN = [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
_ACCENTS = {
    chr(code): decomposed[0]
    for code in _LATIN
    if chr(code).islower() and chr(code) != "ǡ"
    and len(decomposed := unicodedata.normalize("NFD", chr(code))) > 1
    and decomposed[0].isascii() and decomposed[0].isalpha()
}
FOLDS: dict[str, str] = {**_ACCENTS, "ſ": "s", "ẛ": "s", "ё": "е"}
_FOLD_TABLE = str.maketrans(FOLDS)
_FOLDABLE = re.compile(f"[{''.join(FOLDS)}]")  # translate() looks each character up: most text has none


def fold_character(character: str) -> str:
    """One character as both engines index it: lower-case, unaccented (length kept)."""
    lowered = character.lower()
    return (lowered if len(lowered) == 1 else character).translate(_FOLD_TABLE)


def is_word_character(character: str) -> bool:
    """A letter or a decimal digit (ICU's [[:alnum:]] on the server), or a combining mark: the
    server composes letters and marks first (NFC), as `café` typed with a combining accent."""
    return character.isalpha() or character.isdecimal() or unicodedata.category(character)[0] == "M"


# Runs of letters, digits and the combining marks of the Latin and Cyrillic scripts (Python's \w
# also holds numerals such as ², which `_split` takes out).
_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_RUN = re.compile(f"(?:[^\\W_]|[{_MARKS}])+")
# The same runs, faster (the alternation costs a step per character): in text without those
# marks, and in ASCII text lower-cased.
_PLAIN_RUN = re.compile("([^\\W_]+)")
_ASCII_RUN = re.compile("([a-z0-9]+)")
_HAS_MARK = re.compile(f"[{_MARKS}]")
_DECIMAL = re.compile(r"\d")  # str.isdecimal()'s digits


def words(text: str) -> list[tuple[int, int, str]]:
    """The words of a text as both engines index them: (start, end, folded word)."""
    if text.isascii():  # most text: lower-cased at once, its offsets unchanged
        return _split_words(_ASCII_RUN, text.lower())
    lowered = text.lower()
    # Folded at once, where that is each letter folded (_folded): the offsets are the text's.
    folded = (lowered.translate(_FOLD_TABLE) if _FOLDABLE.search(lowered) else lowered) if _folds_alike(
        text, lowered) else None
    marked = _HAS_MARK.search(text) is not None
    if folded is not None and not marked:
        # Folding keeps letters letters and all else as it was, so the folded text's runs are
        # the text's, folded.
        parts = _PLAIN_RUN.split(folded)
        letters = _DECIMAL.sub("", "".join(parts[1::2]))
        if not letters or letters.isalpha():  # every run letters and digits (no ², Ⅻ): a word each
            return _words_of(parts)
    found: list[tuple[int, int, str]] = []
    for run in (_RUN if marked else _PLAIN_RUN).finditer(text):
        word = run.group()
        if word.isascii() or word.isalpha() or word.isdecimal():  # the common cases, at C speed
            start, end = run.span()
            found.append((start, end, folded[start:end] if folded is not None else _folded(word)))
        else:
            found += _split(word, run.start())
    return found


def _split_words(run: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    """(start, end, run) of each run in the text, made in C: split() gives the text between runs
    and the runs in turn, and their running lengths are the offsets (finditer makes an object
    and three calls a word: most of a snippet's time)."""
    return _words_of(run.split(text))  # the pattern's group keeps the runs


def _words_of(parts: list[str]) -> list[tuple[int, int, str]]:
    """The words of split()'s parts: [before, run, between, run, ..., after]."""
    bounds = list(accumulate(map(len, parts)))
    return list(zip(bounds[0:-1:2], bounds[1::2], parts[1::2], strict=True))


def _folds_alike(text: str, lowered: str) -> bool:
    """Whether the text lower-cased whole is each of its letters lower-cased (no letter becomes
    two, as İ does, and no Σ ends a word as ς) and composed already (NFC)."""
    return len(lowered) == len(text) and "Σ" not in text and unicodedata.is_normalized("NFC", text)


def _folded(word: str) -> str:
    if word.isascii():
        return word.lower()
    composed = word if unicodedata.is_normalized("NFC", word) else unicodedata.normalize("NFC", word)
    lowered = composed.lower()
    if _folds_alike(composed, lowered):
        folded = lowered.translate(_FOLD_TABLE)
    else:
        folded = "".join(fold_character(c) for c in composed)
    return folded if folded.isalnum() else "".join(c for c in folded if unicodedata.category(c)[0] != "M")


def _split(run: str, offset: int) -> list[tuple[int, int, str]]:
    """The words of a run that holds something else than letters and digits, one character at a time."""
    found: list[tuple[int, int, str]] = []
    start = -1
    for index, character in enumerate(f"{run} "):
        if index < len(run) and is_word_character(character):
            if start < 0:
                start = index
        elif start >= 0:
            if word := _folded(run[start:index]):
                found.append((offset + start, offset + index, word))
            start = -1
    return found


# --- the query: FTS5's MATCH string as a tsquery, and its phrases ------------------------------


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]  # folded; none for a phrase without a word (it matches nothing)
    prefix: bool = False  # the last word is a prefix


_MATCH_TOKEN = re.compile(r'"((?:[^"]|"")*)"(\s*\*)?|\(|\)|AND|OR|NOT|\s+')


def _match_tokens(match: str) -> Iterable[str | Phrase]:
    """The MATCH strings query_language.py writes: quoted strings (`*` after one: a prefix), AND,
    OR, NOT and parentheses, every compound operand in parentheses."""
    position = 0
    while position < len(match):
        found = _MATCH_TOKEN.match(match, position)
        if found is None:
            raise ValueError(f"not a MATCH string of query_language: {match!r}")
        position = found.end()
        if found.group(1) is not None:
            text = found.group(1).replace('""', '"')
            yield Phrase(tuple(word for _s, _e, word in words(text)), bool(found.group(2)))
        elif not found.group(0).isspace():
            yield found.group(0)


def phrases(match: str | None) -> list[Phrase]:
    return [] if match is None else [t for t in _match_tokens(match) if isinstance(t, Phrase)]


_NOTHING = "'-'"  # a lexeme no text has (words are letters and digits): an empty phrase's


def tsquery(match: str) -> str:
    """The tsquery finding what FTS5 finds for `match`. NOT is FTS5's binary `a NOT b`: `a & !b`."""
    out: list[str] = []
    for token in _match_tokens(match):
        if isinstance(token, Phrase):
            lexemes = [f"'{word}'" for word in token.words]  # letters and digits: nothing to escape
            if lexemes and token.prefix:
                lexemes[-1] += ":*"
            out.append(f"({' <-> '.join(lexemes)})" if lexemes else _NOTHING)
        else:
            out.append({"AND": "&", "OR": "|", "NOT": "& !"}.get(token, token))
    return " ".join(out)


# --- snippets ------------------------------------------------------------------------------


def spans(text: str, searched: Sequence[Phrase], found: list[tuple[int, int, str]] | None = None,
          ) -> list[tuple[int, int]]:
    """Where the phrases occur in the text (its `words`): (start, end) offsets, in order, overlaps
    merged."""
    found = words(text) if found is None else found
    folded = [word for _s, _e, word in found]
    marked: list[tuple[int, int]] = []
    for phrase in searched:
        n = len(phrase.words)
        if not n:
            continue
        first, last = phrase.words[0], phrase.words[-1]
        if n == 1 and phrase.prefix:
            starts = [i for i, word in enumerate(folded) if word.startswith(first)]
        else:
            starts = [i for i, word in enumerate(folded) if word == first]
        for i in starts:
            if i + n > len(folded):
                break
            if all(folded[i + k] == phrase.words[k] for k in range(1, n - 1)) and (
                folded[i + n - 1].startswith(last) if phrase.prefix else folded[i + n - 1] == last
            ):
                marked.append((found[i][0], found[i + n - 1][1]))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(marked):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(columns: Sequence[str | None], searched: Sequence[Phrase], start: str, end: str, ellipsis: str,
            size: int) -> str:
    """A window of `size` words of the column with most matches (the first of equals), matches
    marked, as FTS5's snippet() makes it: the window holds as many matches as it can and centres
    them; a cut is marked with `ellipsis`."""
    best: tuple[str, list[tuple[int, int, str]], list[tuple[int, int]]] | None = None
    for column in columns:
        text = column or ""
        found = words(text)
        marks = spans(text, searched, found)
        if best is None or len(marks) > len(best[2]):
            best = (text, found, marks)
    if best is None or not best[1]:
        return best[0] if best else ""
    text, found, marks = best
    first = 0
    if marks and len(found) > size:
        ends = [e for _s, e, _w in found]
        hits = [bisect_right(ends, m_start) for m_start, _m_end in marks]  # the word each mark starts in
        top = max(hits, key=lambda i: (sum(1 for w in hits if i <= w < i + size), -i))
        inside = [w for w in hits if top <= w < top + size]
        first = max(0, min(len(found) - size, inside[0] - (size - (inside[-1] - inside[0] + 1)) // 2))
    last = min(len(found), first + size) - 1
    begin = 0 if first == 0 else found[first][0]
    finish = len(text) if last == len(found) - 1 else found[last][1]
    pieces = [ellipsis] if begin > 0 else []
    position = begin
    for m_start, m_end in marks:
        if m_end <= begin or m_start >= finish:
            continue
        m_start, m_end = max(m_start, begin), min(m_end, finish)
        pieces += [text[position:m_start], start, text[m_start:m_end], end]
        position = m_end
    pieces.append(text[position:finish])
    if finish < len(text):
        pieces.append(ellipsis)
    return "".join(pieces)


# --- the index on a server --------------------------------------------------------------------

_FROM = "".join(FOLDS)
_TO = "".join(FOLDS.values())
# Every folded letter but ё lies in these ranges (_LATIN: ſ, ẛ too).
_LATIN_FOLDED = "\u00c0-\u024f\u1e00-\u1eff"
assert all(c == "ё" or "\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff" for c in FOLDS)

# The article's text as search.py's article_search_source gives it: its paragraphs joined.
ARTICLE_BODY = "(SELECT string_agg(value, E'\\n\\n') FROM json_array_elements_text(a.paragraphs::json) AS p(value))"

SCHEMA = (
    # Lower-case in every script and letters and digits by Unicode, whatever the database's
    # locale: an ICU collation (server.py's `nocase` needs ICU too).
    "CREATE COLLATION IF NOT EXISTS glossa_words (provider = icu, locale = 'und')",
    # translate() scans its whole FROM list for every character (three quarters of an import's
    # time on a server): only text holding a Latin letter it folds pays for it; ё alone is replaced.
    "CREATE OR REPLACE FUNCTION glossa_search_text(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE"
    f" AS $$SELECT CASE WHEN t ~ '[{_LATIN_FOLDED}]' THEN translate(t, '{_FROM}', '{_TO}')"
    " ELSE replace(t, 'ё', 'е') END"
    # IS NFC NORMALIZED is a quick check; normalize() decomposes and recomposes every text.
    " FROM (SELECT regexp_replace(lower(CASE WHEN $1 IS NFC NORMALIZED THEN $1 ELSE normalize($1, NFC) END"
    " COLLATE glossa_words), '[^[:alnum:]]', ' ', 'g') AS t) s$$",
    "CREATE OR REPLACE FUNCTION glossa_search_vector(text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE"
    " AS $$SELECT to_tsvector('simple'::regconfig, coalesce(glossa_search_text($1), ''))$$",
    'CREATE TABLE IF NOT EXISTS "article_search" ("id" INTEGER NOT NULL PRIMARY KEY'
    ' REFERENCES "article" ("id") ON DELETE CASCADE, "vector" tsvector NOT NULL)',
    'CREATE TABLE IF NOT EXISTS "comment_search" ("id" INTEGER NOT NULL PRIMARY KEY'
    ' REFERENCES "comment" ("id") ON DELETE CASCADE, "vector" tsvector NOT NULL)',
    'CREATE INDEX IF NOT EXISTS "article_search_vector" ON "article_search" USING gin ("vector")',
    'CREATE INDEX IF NOT EXISTS "comment_search_vector" ON "comment_search" USING gin ("vector")',
)

# Title, subtitle and text weighted A, B and D: ts_rank's weights {D, C, B, A} below give them
# FTS5's bm25 weights 10, 4 and 1 (search._ARTICLE_WEIGHTS).
# `||` numbers the right side's words on from the left's last: a lexeme no text has between the
# columns keeps a phrase from running from one into the next, as it cannot in FTS5.
_GAP = "'.:1'::tsvector"
_ARTICLE_VECTOR = (
    f"setweight(glossa_search_vector(a.title), 'A') || {_GAP} || setweight(glossa_search_vector(a.subtitle), 'B')"
    f" || {_GAP} || setweight(glossa_search_vector({ARTICLE_BODY}), 'D')"
)
_WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'"


def index_articles(db: Database, article_ids: Iterable[int]) -> None:
    """search.index_articles on a server: each vector written when missing or changed (a
    comment a newer scrape completed)."""
    ids = of(db).ids(article_ids)
    if ids:
        execute(db, f"INSERT INTO article_search (id, vector) SELECT a.id, {_ARTICLE_VECTOR} FROM article a"
                    " WHERE a.id = ANY(?) ON CONFLICT (id) DO UPDATE SET vector = excluded.vector"
                    " WHERE article_search.vector IS DISTINCT FROM excluded.vector", [ids])
        execute(db, "INSERT INTO comment_search (id, vector) SELECT c.id, glossa_search_vector(c.body)"
                    " FROM comment c WHERE c.article_id = ANY(?) ON CONFLICT (id) DO UPDATE"
                    " SET vector = excluded.vector WHERE comment_search.vector IS DISTINCT FROM excluded.vector",
                [ids])


def unindex_articles(db: Database, article_ids: Iterable[int]) -> None:
    """Deleting the articles deletes their rows here too (ON DELETE CASCADE); this takes them out
    at once, as on SQLite."""
    ids = of(db).ids(article_ids)
    if ids:
        execute(db, "DELETE FROM comment_search WHERE id IN (SELECT id FROM comment WHERE article_id = ANY(?))",
                [ids])
        execute(db, "DELETE FROM article_search WHERE id = ANY(?)", [ids])


def rebuild(db: Database) -> tuple[int, int]:
    with db.atomic():
        execute(db, "DELETE FROM comment_search")
        execute(db, "DELETE FROM article_search")
        execute(db, f"INSERT INTO article_search (id, vector) SELECT a.id, {_ARTICLE_VECTOR} FROM article a")
        execute(db, "INSERT INTO comment_search (id, vector) SELECT c.id, glossa_search_vector(c.body) FROM comment c")
        row = execute(db, "SELECT (SELECT count(*) FROM article_search), (SELECT count(*) FROM comment_search)"
                      ).fetchone()
    return int(row[0]), int(row[1])


# --- searching on a server --------------------------------------------------------------------

_BOOLEANS = {"1": "TRUE", "0": "FALSE"}  # query_language's constant conditions: SQLite takes integers
_TABLES = {"article": ("article_search", "article a", "a.id"), "comment": ("comment_search", "comment c", "c.id")}


def from_where(match: str | None, exclude: str | None, kind: str, condition_sql: str, condition_params: Sequence[Any],
               join: str, need_rows: bool) -> tuple[str, list[Any]]:
    """search._from_where on a server. With words the hits come from the GIN index, `m.q` is the
    query (for ts_rank) and `s.id` the hit; the rows are joined only when a filter or `need_rows`
    asks for them (a join of every match made the planner scan the whole index table)."""
    fts, table, id_column = _TABLES[kind]
    condition_sql = _BOOLEANS.get(condition_sql, condition_sql)
    if match is None:
        sql = f"FROM {table}{join} WHERE ({condition_sql})"
        params = list(condition_params)
        if exclude is not None:
            sql += f" AND {id_column} NOT IN (SELECT id FROM {fts} WHERE vector @@ {_literal(exclude)})"
        return sql, params
    matches = f"FROM (SELECT {_literal(match)} AS q) m JOIN {fts} s ON s.vector @@ m.q"
    if condition_sql == "TRUE" and not need_rows:
        return matches, []
    sql = f"{matches} JOIN {table} ON {id_column} = s.id{join} WHERE ({condition_sql})"
    return sql, list(condition_params)


def _literal(match: str) -> str:
    """The tsquery written into the statement, not bound: a statement run five times is
    prepared by psycopg, and PostgreSQL then plans it once for any parameter; one plan for
    every word scanned the whole index table for `quadco*` (141 ms, where its own plan takes
    0.8). Its words are letters and digits (`tsquery`); quotes are doubled all the same."""
    return "'" + tsquery(match).replace("'", "''") + "'::tsquery"


def rank(kind: str) -> str:
    """Lower is better, as bm25 is: ts_rank negated."""
    return f"-ts_rank({_WEIGHTS}, s.vector, m.q)" if kind == "article" else "-ts_rank(s.vector, m.q)"

