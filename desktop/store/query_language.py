"""The search language of the search box and `glossa search`: parsed to a tree, compiled to a
safe FTS5 MATCH string plus SQL conditions with bound parameters. Pure: no database, no Qt.

    word            articles and comments containing the word (case and accents ignored,
                    ё and е alike: SEARCHED_AS)
    pre*            words starting with "pre" (at least 2 letters before the *)
    "exact phrase"  the words next to each other, in this order ("exact phr"* for a prefix)
    a b             both (AND is implied; the word AND is accepted too)
    a OR b          either; OR binds tighter than the implied AND: `a b OR c` is a (b OR c)
    -a, NOT a       without a
    ( ... )         grouping
    author:HANDLE   comments by that commenter (case-insensitive for Latin letters and for
                    handles typed all lower-case, all capitals or capitalised)
    tag:NAME        tagged NAME or with a tag under it; tag:parent/child names a path
    is:unread is:read is:starred   (is:starred on a comment: its article is starred)
    has:note has:highlight has:tag
    in:article in:comment
    depth:>2        comment depth (top-level comments are depth 1, articles 0); < <= >= = too
    before:2023-01-31 after:2023-01   earlier than the date; on or after it (YYYY, YYYY-MM too)
    field:"a value with spaces"

Nothing a user types raises: operators without operands, unbalanced quotes and parentheses are
repaired (an unclosed quote or group runs to the end), unknown `name:value` is an ordinary word,
and what cannot be run (a bad date, `is:nonsense`, a search made only of exclusions) compiles to
a `QueryError` with a message for the user. Every word goes to FTS5 as a quoted string, so FTS5
syntax typed by the user (`AND(`, `c++`, `o'brien`, `NEAR`, `^`) is only ever text; control
characters are removed first. Field values only ever reach SQL as bound parameters.

Conditions are SQL over the aliases `a` (article) and, for comments, `c` (comment; its article
is `a`, joined only when `uses_article` says so): one for article hits and one for comment hits,
each constant-folded, so a query that cannot match articles (`author:`, `depth:>1`) compiles its
article condition to FALSE.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from desktop.texts import QT_TRANSLATE_NOOP

MAX_QUERY_CHARS = 1_000
MAX_TERMS = 64
MAX_NESTING = 8  # deeper parentheses are ignored, so parsing never recurses without bound

FIELDS = ("author", "tag", "is", "has", "in", "depth", "before", "after")
IS_VALUES = ("unread", "read", "starred")
HAS_VALUES = ("note", "highlight", "tag")
IN_VALUES = {"article": "article", "articles": "article", "comment": "comment", "comments": "comment"}


# For the search box's help popup: (what to type, what it finds), in the order to show them. The
# examples are syntax, the same in every language.
HELP_ROWS = (
    ("putin talks",
     QT_TRANSLATE_NOOP("SearchHelp", "both words, anywhere in an article or a comment (case and accents ignored)")),
    ('"white house"', QT_TRANSLATE_NOOP("SearchHelp", "the words next to each other, in this order")),
    ("negotiat*", QT_TRANSLATE_NOOP("SearchHelp", "words starting with negotiat (at least 2 letters before the *)")),
    ("putin OR biden",
     QT_TRANSLATE_NOOP("SearchHelp", "either word; talks putin OR biden means talks and (putin or biden)")),
    ("-trump   NOT trump", QT_TRANSLATE_NOOP("SearchHelp", "without the word; ( ) groups: -(white house)")),
    ('author:zenion   author:"In passing"', QT_TRANSLATE_NOOP("SearchHelp", "comments by that commenter")),
    ("tag:propaganda   tag:propaganda/dehumanisation",
     QT_TRANSLATE_NOOP("SearchHelp", "tagged so, or with a tag under it")),
    ("is:unread   is:read   is:starred",
     QT_TRANSLATE_NOOP("SearchHelp", "by reading state (a comment is starred when its article is)")),
    ("has:note   has:highlight   has:tag", QT_TRANSLATE_NOOP("SearchHelp", "with a note, a highlight or a tag")),
    ("in:article   in:comment", QT_TRANSLATE_NOOP("SearchHelp", "only articles, or only comments")),
    ("depth:>2   depth:1",
     QT_TRANSLATE_NOOP("SearchHelp", "comments at that depth (1 = top level); also < <= >= =")),
    ("before:2023-01-31   after:2023-01", QT_TRANSLATE_NOOP("SearchHelp", "earlier than that day; on or after it")),
)


# --- the tree -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """A word, or a quoted phrase; `prefix` when it ended with `*`."""

    text: str
    prefix: bool = False
    phrase: bool = False


@dataclass(frozen=True)
class Field:
    name: str  # one of FIELDS, lower-case
    value: str  # as typed, quotes removed


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


Node = Term | Field | Not | And | Or


# --- compiled form --------------------------------------------------------------------------


@dataclass(frozen=True)
class Condition:
    """An SQL boolean expression with `?` placeholders and their values, in order."""

    sql: str
    params: tuple[object, ...] = ()
    uses_article: bool = False  # a comment condition that reads its article `a`

    @property
    def is_true(self) -> bool:
        return self.sql == "1"

    @property
    def is_false(self) -> bool:
        return self.sql == "0"


TRUE = Condition("1")
FALSE = Condition("0")


@dataclass(frozen=True)
class QueryError:
    """Why a query cannot run, worded for the line under the search box (a Text: translated there)."""

    message: str


@dataclass(frozen=True)
class CompiledQuery:
    match: str | None = None  # FTS5 MATCH string every hit must match, or None
    exclude: str | None = None  # FTS5 MATCH string no hit may match (only when `match` is None)
    article: Condition = TRUE  # over `a`
    comment: Condition = TRUE  # over `c` and its article `a`
    error: QueryError | None = None
    empty: bool = False  # nothing to search for (blank, or only punctuation): no hits, no message
    # The dates every hit must fall between (ISO, from after: and before: outside OR and NOT),
    # already part of the conditions: search may use them to narrow where it looks.
    after: str | None = None  # on or after
    before: str | None = None  # earlier than

    @property
    def runnable(self) -> bool:
        return self.error is None and not self.empty


class _Refused(Exception):
    """Internal: a query that cannot run; becomes CompiledQuery.error."""


# --- cleaning and lexing --------------------------------------------------------------------


def clean(text: str) -> str:
    """Control characters (NUL included) and lone surrogates become spaces."""
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in text)


@dataclass
class _Token:
    kind: str  # "word", "phrase", "field", "(", ")", "or", "and", "not"
    text: str = ""
    prefix: bool = False
    negated: bool = False  # a leading "-"
    name: str = ""  # field name


_BREAK = set(" ()\"")


def _lex(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch in "()":
            tokens.append(_Token(ch))
            i += 1
            continue
        negated = False
        if ch == "-":
            while i < n and text[i] == "-":
                i += 1
            if i >= n or text[i].isspace() or text[i] == ")":
                continue  # a lone "-" is nothing
            negated = True
            if text[i] == "(":
                tokens.append(_Token("not"))
                continue
        if text[i] == '"':
            phrase, i = _quoted(text, i)
            prefix = i < n and text[i] == "*"
            while i < n and text[i] == "*":
                i += 1
            tokens.append(_Token("phrase", phrase, prefix=prefix, negated=negated))
            continue
        start = i
        while i < n and not text[i].isspace() and text[i] not in _BREAK:
            i += 1
        word = text[start:i]
        name, colon, value = word.partition(":")
        if colon and name.lower() in FIELDS:
            if not value and i < n and text[i] == '"':
                value, i = _quoted(text, i)
            tokens.append(_Token("field", value, name=name.lower(), negated=negated))
            continue
        if not negated and word in ("OR", "AND", "NOT"):
            tokens.append(_Token(word.lower()))
            continue
        word = word.lstrip("*+")
        prefix = word.endswith("*")
        word = word.rstrip("*")
        if word:
            tokens.append(_Token("word", word, prefix=prefix, negated=negated))
    return tokens


def _quoted(text: str, i: int) -> tuple[str, int]:
    """The text between the quote at `i` and the next quote (or the end), and the index after."""
    end = text.find('"', i + 1)
    if end < 0:
        return text[i + 1 :], len(text)
    return text[i + 1 : end], end + 1


# --- parsing ----------------------------------------------------------------------------------


class _Parser:
    """and := or (AND? or)* ; or := unary (OR unary)* ; unary := (NOT|-)* primary ;
    primary := word | phrase | field | "(" and ")". Repairs instead of failing."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.depth = 0

    def _peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def parse(self) -> Node | None:
        parts: list[Node] = []
        while self.pos < len(self.tokens):
            node = self._and()
            if node is not None:
                parts.append(node)
            if self._peek() is not None:  # a ")" without "(" at the top: skip it
                self.pos += 1
        return _and(parts)

    def _and(self) -> Node | None:
        parts: list[Node] = []
        while (token := self._peek()) is not None and token.kind != ")":
            if token.kind in ("and", "or"):  # AND is implied; an OR with nothing before it is dropped
                self.pos += 1
                continue
            node = self._or()
            if node is not None:
                parts.append(node)
        return _and(parts)

    def _or(self) -> Node | None:
        parts: list[Node] = []
        node = self._unary()
        if node is not None:
            parts.append(node)
        while (token := self._peek()) is not None and token.kind == "or":
            self.pos += 1
            nxt = self._peek()
            if nxt is None or nxt.kind in (")", "or", "and"):
                continue  # a trailing OR is dropped
            node = self._unary()
            if node is not None:
                parts.append(node)
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def _unary(self) -> Node | None:
        negations = 0
        while (token := self._peek()) is not None and token.kind == "not":
            negations += 1
            self.pos += 1
        node = self._primary()
        if node is None:
            return None
        return Not(node) if negations % 2 else node

    def _primary(self) -> Node | None:
        token = self._peek()
        if token is None or token.kind in (")", "or", "and"):
            return None
        self.pos += 1
        node: Node | None
        if token.kind == "(":
            if self.depth >= MAX_NESTING:
                return None  # too deep: the parenthesis is ignored, its content read as usual
            self.depth += 1
            node = self._and()
            self.depth -= 1
            if self._peek() is not None:  # the ")" (an unclosed group runs to the end)
                self.pos += 1
            return node
        if token.kind == "field":
            node = Field(token.name, token.text.strip())
        else:
            node = Term(" ".join(token.text.split()), prefix=token.prefix, phrase=token.kind == "phrase")
        return Not(node) if token.negated else node


def _and(parts: list[Node]) -> Node | None:
    flat: list[Node] = []
    for part in parts:
        flat.extend(part.children if isinstance(part, And) else (part,))
    if not flat:
        return None
    return flat[0] if len(flat) == 1 else And(tuple(flat))


def parse(text: str) -> Node | None:
    """The tree of a query, or None when there is nothing in it. Never raises."""
    return _Parser(_lex(clean(text))).parse()


# --- compiling --------------------------------------------------------------------------------


def compile_query(text: str, coder: int | None = None) -> CompiledQuery:
    """Compile what the user typed. Never raises: problems come back as `error`. With `coder`
    (the window's coder view), tag:, has:tag, has:highlight and has:note see only that coder's
    work: a coder coding blind finds nothing through the others' codes."""
    if len(text) > MAX_QUERY_CHARS:
        return CompiledQuery(error=QueryError(QT_TRANSLATE_NOOP(
            "QueryLanguage", "The search is too long (over {limit} characters).").format(
            limit=MAX_QUERY_CHARS)))
    node = parse(text)
    if node is None:
        return CompiledQuery(empty=True)
    try:
        return _compile(node, coder)
    except _Refused as refusal:
        return CompiledQuery(error=QueryError(refusal.args[0]))


def _compile(node: Node, coder: int | None = None) -> CompiledQuery:
    terms = sum(1 for _ in _walk(node) if isinstance(_, Term))
    if terms > MAX_TERMS:
        raise _Refused(QT_TRANSLATE_NOOP(
            "QueryLanguage", "Too many words: a search can have at most {limit}.").format(limit=MAX_TERMS))
    positive: list[str] = []
    negative: list[str] = []
    article: list[Condition] = []
    comment: list[Condition] = []
    after: list[str] = []
    before: list[str] = []
    for part in node.children if isinstance(node, And) else (node,):
        kind = _kind(part)
        if kind == "text":
            target, inner = (negative, part.child) if isinstance(part, Not) else (positive, part)
            fts = _fts(inner)
            if fts is not None:
                target.append(fts)
        elif kind == "field":
            article_condition, comment_condition = _conditions(part, coder)
            article.append(article_condition)
            comment.append(comment_condition)
            if isinstance(part, Field) and part.name in ("after", "before"):
                (after if part.name == "after" else before).append(str(_parse_date(part.value)))
        else:
            raise _Refused(QT_TRANSLATE_NOOP("QueryLanguage",
                "OR and - can combine words, or filters, but not a word with a filter: "
                "write the filter outside, e.g. (putin OR biden) author:zenion."
            ))
    match = exclude = None
    if positive:
        match = _join(positive, "AND")
        if negative:
            match = f"({match}) NOT ({_join(negative, 'OR')})"
    elif negative:
        exclude = _join(negative, "OR")
    if match is None and exclude is not None and not article and not comment:
        raise _Refused(QT_TRANSLATE_NOOP(
            "QueryLanguage", "Add a word or a filter to search for: a search cannot only exclude."))
    if match is None and exclude is None and not article:
        return CompiledQuery(empty=True)  # only punctuation, e.g. `"` or `++`
    return CompiledQuery(
        match=match, exclude=exclude, article=_all(article), comment=_all(comment),
        after=max(after, default=None), before=min(before, default=None),
    )


def _walk(node: Node) -> list[Node]:
    """Every node of the tree, without recursion."""
    out: list[Node] = []
    stack: list[Node] = [node]
    while stack:
        current = stack.pop()
        out.append(current)
        if isinstance(current, Not):
            stack.append(current.child)
        elif isinstance(current, And | Or):
            stack.extend(current.children)
    return out


def _kind(node: Node) -> str:
    kinds = {"field" if isinstance(n, Field) else "text" for n in _walk(node) if isinstance(n, Term | Field)}
    return kinds.pop() if len(kinds) == 1 else "mixed"


# FTS5 ------------------------------------------------------------------------------------------


def _has_token(text: str) -> bool:
    """Whether the unicode61 tokenizer finds a token in `text` (letters, digits, symbols beyond
    ASCII). A quoted string without one would be an empty phrase, which matches nothing."""
    for ch in text:
        if ch.isalnum():
            return True
        if ord(ch) > 127 and unicodedata.category(ch)[0] in "LNS":
            return True
    return False


# Russian readers type е for ё: both are searched as е, the text indexed so too (search.py,
# search_dialect.py). й and и stay distinct.
SEARCHED_AS = str.maketrans("ёЁ", "еЕ")
_TOKEN = re.compile(r"[^\W_]+")
MIN_PREFIX = 2  # the index keeps 2-character prefixes; a 1-character prefix would scan every word


def _quote(term: Term) -> str | None:
    if not _has_token(term.text):
        return None
    if term.prefix:
        tokens = _TOKEN.findall(term.text)
        if tokens and len(tokens[-1]) < MIN_PREFIX:
            raise _Refused(QT_TRANSLATE_NOOP(
                "QueryLanguage", "A word ending in * needs at least {count} letters before the *, e.g. pu*.").format(
                count=MIN_PREFIX))
    quoted = '"' + term.text.translate(SEARCHED_AS).replace('"', '""') + '"'
    return quoted + " *" if term.prefix else quoted


def _join(parts: list[str], operator: str) -> str:
    if len(parts) == 1:
        return parts[0]
    return f" {operator} ".join(f"({p})" if " AND " in p or " OR " in p or " NOT " in p else p for p in parts)


def _fts(node: Node) -> str | None:
    """FTS5 syntax for a text-only node; None when nothing in it has a token."""
    if isinstance(node, Term):
        return _quote(node)
    if isinstance(node, Or):
        parts = []
        for child in node.children:
            if isinstance(child, Not):
                raise _Refused(QT_TRANSLATE_NOOP(
                    "QueryLanguage", "A word after OR cannot be excluded: write -word outside the OR."))
            fts = _fts(child)
            if fts is not None:
                parts.append(fts)
        return _join(parts, "OR") if parts else None
    if isinstance(node, And):
        positive: list[str] = []
        negative: list[str] = []
        for child in node.children:
            target, inner = (negative, child.child) if isinstance(child, Not) else (positive, child)
            fts = _fts(inner)
            if fts is not None:
                target.append(fts)
        if not positive:
            if negative:
                raise _Refused(QT_TRANSLATE_NOOP(
                    "QueryLanguage", "A group in parentheses needs a word that is not excluded."))
            return None
        expression = _join(positive, "AND")
        return f"({expression}) NOT ({_join(negative, 'OR')})" if negative else expression
    if isinstance(node, Not):
        raise _Refused(QT_TRANSLATE_NOOP("QueryLanguage", "An excluded word needs something to be excluded from."))
    raise _Refused(QT_TRANSLATE_NOOP(
        "QueryLanguage", "A filter cannot be combined with words here."))  # not reached: callers check _kind


# SQL conditions ------------------------------------------------------------------------------


def _all(conditions: list[Condition]) -> Condition:
    if any(c.is_false for c in conditions):
        return FALSE
    kept = [c for c in conditions if not c.is_true]
    if not kept:
        return TRUE
    if len(kept) == 1:
        return kept[0]
    return Condition(
        " AND ".join(f"({c.sql})" for c in kept),
        tuple(p for c in kept for p in c.params),
        any(c.uses_article for c in kept),
    )


def _any(conditions: list[Condition]) -> Condition:
    if any(c.is_true for c in conditions):
        return TRUE
    kept = [c for c in conditions if not c.is_false]
    if not kept:
        return FALSE
    if len(kept) == 1:
        return kept[0]
    return Condition(
        " OR ".join(f"({c.sql})" for c in kept),
        tuple(p for c in kept for p in c.params),
        any(c.uses_article for c in kept),
    )


def _negate(condition: Condition) -> Condition:
    if condition.is_true:
        return FALSE
    if condition.is_false:
        return TRUE
    return Condition(f"NOT ({condition.sql})", condition.params, condition.uses_article)


def _conditions(node: Node, coder: int | None = None) -> tuple[Condition, Condition]:
    """(article condition, comment condition) of a filter-only node."""
    if isinstance(node, Field):
        return _field(node, coder)
    if isinstance(node, Not):
        article, comment = _conditions(node.child, coder)
        return _negate(article), _negate(comment)
    if isinstance(node, And | Or):
        pairs = [_conditions(child, coder) for child in node.children]
        combine = _all if isinstance(node, And) else _any
        return combine([p[0] for p in pairs]), combine([p[1] for p in pairs])
    raise _Refused(QT_TRANSLATE_NOOP(
        "QueryLanguage", "A word cannot be combined with filters here."))  # not reached: callers check _kind


# An article's time: its published date when the dump gave one in ISO form, else none.
ARTICLE_TIME = (
    "(CASE WHEN a.published_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
    " THEN substr(replace(a.published_at, 'T', ' '), 1, 19) END)"
)

# Tags as paths ("parent/child"), compared in lower case (ASCII: SQLite's lower()).
_TAG_IDS = (
    "WITH RECURSIVE tag_path(id, path) AS ("
    " SELECT id, lower(name) FROM tag WHERE parent_id IS NULL"
    " UNION ALL SELECT t.id, tp.path || '/' || lower(t.name) FROM tag t JOIN tag_path tp ON t.parent_id = tp.id),"
    " named(path) AS (SELECT path FROM tag_path"
    " WHERE path = lower(?) OR substr(path, length(path) - length(?)) = '/' || lower(?))"
    " SELECT tp.id FROM tag_path tp JOIN named n"
    " ON tp.path = n.path OR substr(tp.path, 1, length(n.path) + 1) = n.path || '/'"
)

_DEPTH = re.compile(r"^(<=|>=|<|>|=)?(\d{1,4})$")
_DATE = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")
_COMPARE = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "=": lambda a, b: a == b,
}


def _by(coder: int | None, column: str = "coder_id") -> tuple[str, tuple[object, ...]]:
    """The condition (after AND) and parameters restricting rows to one coder's; none for None."""
    return ("", ()) if coder is None else (f" AND {column} = ?", (coder,))


def _field(node: Field, coder: int | None = None) -> tuple[Condition, Condition]:
    name, value = node.name, node.value
    mine, by = _by(coder)
    lowered = value.lower()
    if name == "author":
        if not value:
            raise _Refused(QT_TRANSLATE_NOOP(
                "QueryLanguage", "author: needs a commenter's handle, e.g. author:zenion or author:\"In passing\"."))
        variants = tuple(dict.fromkeys((value, value.lower(), value.upper(), value.capitalize(), value.title())))
        marks = ",".join("?" * len(variants))
        sql = f"c.author_id IN (SELECT id FROM author WHERE handle IN ({marks}) OR handle = ? COLLATE NOCASE)"
        return FALSE, Condition(sql, (*variants, value))
    if name == "tag":
        if not value.strip("/"):
            raise _Refused(QT_TRANSLATE_NOOP(
                "QueryLanguage", "tag: needs a tag name, e.g. tag:propaganda or tag:\"to check\"."))
        path = "/".join(part.strip() for part in value.strip("/").split("/"))
        return (
            Condition(f"a.id IN (SELECT article_id FROM article_tag WHERE tag_id IN ({_TAG_IDS}){mine})",
                      (*(path,) * 3, *by)),
            Condition(f"c.id IN (SELECT comment_id FROM comment_tag WHERE tag_id IN ({_TAG_IDS}){mine})",
                      (*(path,) * 3, *by)),
        )
    if name == "is":
        if lowered == "unread":
            return Condition("a.is_read = 0"), Condition("c.is_read = 0")
        if lowered == "read":
            return Condition("a.is_read = 1"), Condition("c.is_read = 1")
        if lowered == "starred":
            return Condition("a.is_starred = 1"), Condition("a.is_starred = 1", uses_article=True)
        raise _Refused(QT_TRANSLATE_NOOP(
            "QueryLanguage", "is: can be unread, read or starred, not {value}.").format(value=repr(value)))
    if name == "has":
        if lowered == "note":
            noted, by_n = _by(coder, "n.coder_id")
            return (
                Condition(
                    f"EXISTS (SELECT 1 FROM note n WHERE n.article_id = a.id AND n.body <> ''{noted})"
                    " OR EXISTS (SELECT 1 FROM note n JOIN highlight h ON h.id = n.highlight_id"
                    f" WHERE h.article_id = a.id AND h.target_kind = 'article' AND n.body <> ''{noted})",
                    by_n * 2,
                ),
                Condition(
                    f"EXISTS (SELECT 1 FROM note n WHERE n.comment_id = c.id AND n.body <> ''{noted})"
                    " OR EXISTS (SELECT 1 FROM note n JOIN highlight h ON h.id = n.highlight_id"
                    f" WHERE h.comment_id = c.id AND n.body <> ''{noted})",
                    by_n * 2,
                ),
            )
        if lowered == "highlight":
            return (
                Condition("EXISTS (SELECT 1 FROM highlight h WHERE h.article_id = a.id"
                          f" AND h.target_kind = 'article'{mine})", by),
                Condition(f"EXISTS (SELECT 1 FROM highlight h WHERE h.comment_id = c.id{mine})", by),
            )
        if lowered == "tag":
            return (
                Condition(f"EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id{mine})", by),
                Condition(f"EXISTS (SELECT 1 FROM comment_tag t WHERE t.comment_id = c.id{mine})", by),
            )
        raise _Refused(QT_TRANSLATE_NOOP(
            "QueryLanguage", "has: can be note, highlight or tag, not {value}.").format(value=repr(value)))
    if name == "in":
        kind = IN_VALUES.get(lowered)
        if kind is None:
            raise _Refused(QT_TRANSLATE_NOOP(
                "QueryLanguage", "in: can be article or comment, not {value}.").format(value=repr(value)))
        return (TRUE, FALSE) if kind == "article" else (FALSE, TRUE)
    if name == "depth":
        found = _DEPTH.match(value.replace(" ", ""))
        if not found:
            raise _Refused(QT_TRANSLATE_NOOP(
                "QueryLanguage", "depth: needs a number, e.g. depth:>2 or depth:1, not {value}.").format(
                value=repr(value)))
        operator, number = found.group(1) or "=", int(found.group(2))
        article = TRUE if _COMPARE[operator](0, number) else FALSE  # an article counts as depth 0
        return article, Condition(f"c.depth {operator} ?", (number,))
    # before: / after:
    day = _parse_date(value)
    if day is None:
        raise _Refused(QT_TRANSLATE_NOOP(
            "QueryLanguage", "{field}: needs a date like 2023-01-31, 2023-01 or 2023, not {value}.").format(
            field=name, value=repr(value)))
    operator = "<" if name == "before" else ">="
    bound = day.isoformat()
    return (
        Condition(f"{ARTICLE_TIME} IS NOT NULL AND {ARTICLE_TIME} {operator} ?", (bound,)),
        Condition(f"c.posted_at IS NOT NULL AND c.posted_at {operator} ?", (bound,)),
    )


def _parse_date(value: str) -> date | None:
    """The first day a date names: 2023 -> 2023-01-01, 2023-01 -> 2023-01-01."""
    found = _DATE.match(value)
    if not found:
        return None
    year, month, day = int(found.group(1)), int(found.group(2) or 1), int(found.group(3) or 1)
    try:
        return date(year, month, day)
    except ValueError:
        return None

