"""What an export covers: the whole library, given articles, the results of a search, or
everything carrying a tag. A `Scope` says which; `Scope.resolve(db)` turns it into article ids.

An export always takes whole articles with their whole threads (a comment without its thread
is no conversation). A search or tag scope also says which comments matched, so a report can
mark them: `ResolvedScope.matched_comments`. Resolved for one coder (an export made in blind
coding), a search's `tag:`/`has:` and a tag scope see only that coder's work."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from peewee import SqliteDatabase

from desktop.store import export_records as store
from desktop.store.annotations import TagError, articles_with_tags, comments_with_tags, find_tag, tag_tree
from desktop.store.search import search
from desktop.texts import QT_TRANSLATE_NOOP

ScopeKind = Literal["all", "articles", "search", "tag"]
_EVERYTHING = 10**12  # a search limit no library reaches


class ScopeError(ValueError):
    """A scope that cannot be resolved, with a message fit for the user."""


@dataclass(frozen=True)
class ResolvedScope:
    kind: ScopeKind
    article_ids: tuple[int, ...]  # ascending
    matched_comments: frozenset[int] | None  # search and tag scopes: the comments that matched
    description: str  # "whole library", "articles 1, 2", "search: war", "tag: propaganda"

    @property
    def whole_library(self) -> bool:
        return self.kind == "all"


@dataclass(frozen=True)
class Scope:
    """Build one with the class methods; `parse` reads the CLI's `--scope` text."""

    kind: ScopeKind = "all"
    article_ids: tuple[int, ...] = ()
    query: str = ""
    tag_ids: tuple[int, ...] = ()

    @classmethod
    def whole_library(cls) -> Scope:
        return cls("all")

    @classmethod
    def articles(cls, ids: tuple[int, ...] | list[int]) -> Scope:
        return cls("articles", article_ids=tuple(dict.fromkeys(int(i) for i in ids)))

    @classmethod
    def search(cls, query: str) -> Scope:
        return cls("search", query=query)

    @classmethod
    def tags(cls, tag_ids: tuple[int, ...] | list[int]) -> Scope:
        """Everything carrying any of the tags or a tag below them."""
        return cls("tag", tag_ids=tuple(dict.fromkeys(int(i) for i in tag_ids)))

    @classmethod
    def parse(cls, db: SqliteDatabase, text: str) -> Scope:
        """`all`, `articles:1,2,3`, `search:QUERY` or `tag:PATH` (the CLI's --scope)."""
        kind, _, value = text.partition(":")
        kind = kind.strip().lower()
        if kind == "all" and not value.strip():
            return cls.whole_library()
        if kind == "articles":
            try:
                ids = [int(part) for part in value.replace(" ", "").split(",") if part]
            except ValueError:
                raise ScopeError(f"articles:IDS takes article ids separated by commas, not {value!r}") from None
            if not ids:
                raise ScopeError("articles:IDS needs at least one article id")
            return cls.articles(ids)
        if kind == "search":
            if not value.strip():
                raise ScopeError("search:QUERY needs a query")
            return cls.search(value)
        if kind == "tag":
            try:
                tag_id = find_tag(db, value)
            except TagError as error:
                raise ScopeError(str(error)) from None
            if tag_id is None:
                raise ScopeError(f"there is no tag {value.strip()!r}")
            return cls.tags([tag_id])
        raise ScopeError(f"a scope is all, articles:1,2,3, search:QUERY or tag:PATH, not {text!r}")

    def resolve(self, db: SqliteDatabase, coder: int | None = None) -> ResolvedScope:
        if self.kind == "all":
            ids = store.all_article_ids(db)
            return ResolvedScope("all", tuple(ids), None, QT_TRANSLATE_NOOP("ExportScope", "whole library"))
        if self.kind == "articles":
            found = store.existing_article_ids(db, self.article_ids)
            missing = sorted(set(self.article_ids) - set(found))
            if missing:
                raise ScopeError(QT_TRANSLATE_NOOP("ExportScope", "there is no article {ids}").format(
                    ids=", ".join(map(str, missing))))
            shown = ", ".join(map(str, found[:20])) + (", …" if len(found) > 20 else "")
            return ResolvedScope("articles", tuple(found), None,
                                 QT_TRANSLATE_NOOP("ExportScope", "articles {ids}").format(ids=shown))
        if self.kind == "search":
            results = search(db, self.query, limit=_EVERYTHING, order="newest", cap=_EVERYTHING, coder=coder)
            if results.message:
                raise ScopeError(results.message)
            articles = sorted({hit.article_id for hit in results.hits})
            comments = frozenset(hit.comment_id for hit in results.hits if hit.comment_id is not None)
            return ResolvedScope("search", tuple(articles), comments,
                                 QT_TRANSLATE_NOOP("ExportScope", "search: {query}").format(query=self.query.strip()))
        if self.kind == "tag":
            return self._resolve_tags(db, coder)
        raise ScopeError(f"unknown scope {self.kind!r}")

    def _resolve_tags(self, db: SqliteDatabase, coder: int | None = None) -> ResolvedScope:
        tags = tag_tree(db)
        paths = {tag.id: tag.path for tag in tags}
        missing = [i for i in self.tag_ids if i not in paths]
        if missing or not self.tag_ids:
            raise ScopeError(QT_TRANSLATE_NOOP(
                "ExportScope", "there is no tag {ids}").format(ids=", ".join(map(str, missing)))
                             if missing else QT_TRANSLATE_NOOP("ExportScope", "no tag was given"))
        children: dict[int | None, list[int]] = {}
        for tag in tags:
            children.setdefault(tag.parent_id, []).append(tag.id)
        subtree: set[int] = set()
        stack = list(self.tag_ids)
        while stack:  # iterative: a hierarchy is data, and data can be deep
            tag_id = stack.pop()
            if tag_id not in subtree:
                subtree.add(tag_id)
                stack.extend(children.get(tag_id, []))
        if coder is None:
            articles, comments = store.tagged(db, subtree)
        else:  # the coder's own links and highlights only
            articles = set(articles_with_tags(db, subtree, "or", descendants=False, coder=coder))
            comments = frozenset(c for a in articles
                                 for c in comments_with_tags(db, a, subtree, "or", descendants=False, coder=coder))
        names = ", ".join(paths[i] for i in self.tag_ids)
        return ResolvedScope("tag", tuple(sorted(articles)), comments,
                             QT_TRANSLATE_NOOP("ExportScope", "tag: {tags}").format(tags=names))
