"""Insight: thread metrics and chart series, computed with aggregate SQL over the comment table.
No Qt. Everything here is read-only and safe to call on a worker thread's own connection.

Definitions (the README's "Insight" section says the same for users):

- comments; participants: distinct authors; replies: comments whose parent is in the library;
  max_depth: the deepest comment's depth (1 = top level; 0 for an article without comments).
- time to first response, `ArticleMetrics.time_to_first`: from the article's published time to
  its first comment when the dump gave a published time with a clock time (a bare date is not
  precise enough) that is not after the first comment; otherwise from the first comment to the
  first reply (the earliest comment that has a parent), "how long until it became a conversation".
  `time_to_first_from` says which ("published" or "first_comment"); None when neither can be
  measured (no times, no reply). Published times keep their local clock; a zone is ignored, as
  comment times carry none.
- duration: from the first to the last comment with a time.
- most replied: the comment with the most direct replies; a tie goes to the earliest in the thread.
- top-3 share: the comments written by the three most active authors of the thread, over all its
  comments.
- A tag is on a comment when the comment is tagged or a highlight in it carries the tag; it is on
  an article when the article is tagged, or any of its comments, or a highlight in it (as
  annotations.articles_with_tags counts it). Tags count exactly: a parent tag does not count its
  children.

Times are local as printed, without a zone. Comments without a time count everywhere except in the
time series and the hour histogram (those report them as `undated`).

Every chart element carries `filter`, a plain dict the UI applies as it is or turns into ids with
`resolve_filter`:

    {"kind": "author", "id": 7}                  comments by the author
    {"kind": "tag", "id": 3}                     comments / articles carrying the tag
    {"kind": "tags", "ids": [3, 5], "on": "comment" | "article"}   carrying both (a heatmap cell)
    {"kind": "hour", "value": 21}                comments posted 21:00-21:59
    {"kind": "date_range", "start": datetime, "end": datetime}     posted in [start, end)
    {"kind": "depth", "value": 3}                comments at depth 3 ({"min": 30}: 30 and deeper)
    {"kind": "comment", "id": 12}                one comment
    {"kind": "article", "id": 4}                 one article
    {"kind": "thread_size", "min": 6, "max": 20} articles with 6-20 comments ("max": None: no limit)

A series computed for one article or one author adds "article_id" or "author_id" to its filters.
Tag figures computed for one coder (`coder`: the window's coder view, so blind coding counts only
the coder's own links and highlights) add "coder" to their filters, which then find only theirs.
Timings at 100k and 1M comments are in tests/store/test_metrics.py's docstring.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from peewee import Database

from desktop.store.times import stored_time

from .annotations import tag_tree
from .dialect import execute, of

Filter = dict[str, Any]

UNITS = ("hour", "day", "week", "month")
MAX_BUCKETS = 2_000  # a coarser unit is used when a time series would have more
TOP_COMMENTERS = 12
TOP_ARTICLES = 10
MATRIX_TAGS = 16
DEPTH_BUCKETS = 30  # the co-occurrence matrix shows the most frequent tags
# Thread sizes for the "threads by size" histogram: (low, high) inclusive; high None = no limit.
SIZE_BUCKETS: tuple[tuple[int, int | None], ...] = (
    (0, 0), (1, 1), (2, 5), (6, 20), (21, 50), (51, 100), (101, 500), (501, None),
)

# A published time with a clock time: 2023-01-31T18:05[:00][.123][+03:00]
_PUBLISHED = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?")


# --- per-article metrics --------------------------------------------------------------------------


@dataclass(frozen=True)
class MostReplied:
    comment_id: int
    author_id: int
    handle: str
    replies: int


@dataclass(slots=True)  # not frozen: 100,000 of them are built at once, and frozen init is slow
class ArticleMetrics:
    article_id: int
    title: str = ""
    comments: int = 0
    participants: int = 0
    replies: int = 0
    max_depth: int = 0
    published: datetime | None = None  # only a published time with a clock time
    first_comment: datetime | None = None
    last_comment: datetime | None = None
    first_reply: datetime | None = None
    most_replied: MostReplied | None = None
    top3_comments: int = 0  # comments written by the thread's three most active authors

    @property
    def top3_share(self) -> float | None:
        return self.top3_comments / self.comments if self.comments else None

    @property
    def duration(self) -> timedelta | None:
        if self.first_comment is None or self.last_comment is None:
            return None
        return self.last_comment - self.first_comment

    @property
    def time_to_first_from(self) -> str | None:
        """"published": from the published time to the first comment; "first_comment": from the
        first comment to the first reply; None when neither is known (see the module docstring)."""
        if self.published is not None and self.first_comment is not None and self.published <= self.first_comment:
            return "published"
        if self.first_comment is not None and self.first_reply is not None:
            return "first_comment"
        return None

    @property
    def time_to_first(self) -> timedelta | None:
        source = self.time_to_first_from
        if source == "published":
            assert self.first_comment is not None and self.published is not None
            return self.first_comment - self.published
        if source == "first_comment":
            assert self.first_reply is not None and self.first_comment is not None
            return self.first_reply - self.first_comment
        return None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: times as ISO text, durations in seconds."""
        most = self.most_replied
        share = self.top3_share
        return {
            "id": self.article_id,
            "title": self.title,
            "comments": self.comments,
            "participants": self.participants,
            "replies": self.replies,
            "max_depth": self.max_depth,
            "published": _iso(self.published),
            "first_comment": _iso(self.first_comment),
            "last_comment": _iso(self.last_comment),
            "first_reply": _iso(self.first_reply),
            "time_to_first_seconds": _seconds(self.time_to_first),
            "time_to_first_from": self.time_to_first_from,
            "duration_seconds": _seconds(self.duration),
            "most_replied": None if most is None else {
                "comment_id": most.comment_id, "author_id": most.author_id, "handle": most.handle,
                "replies": most.replies,
            },
            "top3_share": None if share is None else round(share, 4),
        }


def article_metrics(db: Database, article_ids: Sequence[int] | None = None) -> dict[int, ArticleMetrics]:
    """Metrics for a batch of articles (the list asks for what is on screen), or for every
    article when `article_ids` is None: three aggregate queries over the whole comment table then,
    ~1.7 s for 1M comments in 100k articles (a batch of 100 ids: ~1 ms). Unknown ids are left out."""
    if article_ids is None:
        return _article_metrics(db, "", [])
    dialect = of(db)
    return _article_metrics(db, f"article_id {dialect.in_ids}", [dialect.ids(article_ids)])


def one_article_metrics(db: Database, article_id: int) -> ArticleMetrics | None:
    """The metrics of one article (its header); None when there is no such article."""
    return article_metrics(db, [article_id]).get(article_id)


def _article_metrics(db: Database, condition: str, params: list[int]) -> dict[int, ArticleMetrics]:
    where = f"WHERE {condition}" if condition else ""
    and_where = f"AND {condition}" if condition else ""
    figures: dict[int, tuple[Any, ...]] = {
        row[0]: row[1:]
        for row in execute(
            db,
            "SELECT article_id, count(*), count(DISTINCT author_id), count(parent_id), max(depth), min(posted_at),"
            " max(posted_at), min(CASE WHEN parent_id IS NOT NULL THEN posted_at END)"
            f" FROM comment {where} GROUP BY article_id",
            params,
        )
    }
    # Comments per author in each thread, the three largest summed (cheaper than folding this
    # into the pass above: the per-author grouping has to sort every comment).
    top3: dict[int, int] = {
        int(article_id): int(n)  # PostgreSQL's sum() is a numeric
        for article_id, n in execute(
            db,
            "SELECT article_id, sum(n) FROM (SELECT article_id, n,"
            " row_number() OVER (PARTITION BY article_id ORDER BY n DESC) AS r"
            f" FROM (SELECT article_id, count(*) AS n FROM comment {where} GROUP BY article_id, author_id) per_author)"
            " ranked WHERE r <= 3 GROUP BY article_id",
            params,
        )
    }
    most: dict[int, MostReplied] = {}
    for article_id, comment_id, author_id, handle, replies in execute(
        db,
        "SELECT m.article_id, m.id, m.author_id, au.handle, m.n FROM ("
        " SELECT p.article_id, p.id, p.author_id, r.n,"
        "  row_number() OVER (PARTITION BY p.article_id ORDER BY r.n DESC, p.position, p.id) AS rank"
        f" FROM (SELECT parent_id, count(*) AS n FROM comment WHERE parent_id IS NOT NULL {and_where}"
        "  GROUP BY parent_id) r JOIN comment p ON p.id = r.parent_id) m"
        " JOIN author au ON au.id = m.author_id WHERE m.rank = 1",
        params,
    ):
        most[article_id] = MostReplied(int(comment_id), int(author_id), handle, int(replies))
    result: dict[int, ArticleMetrics] = {}
    article_condition = condition.replace("article_id", "id", 1)
    for article_id, title, published in execute(
        db,
        f"SELECT id, title, published_at FROM article {'WHERE ' + article_condition if condition else ''}", params
    ):
        row = figures.get(article_id)
        if row is None:
            result[article_id] = ArticleMetrics(article_id, title, published=published_time(published))
            continue
        comments, participants, replies, depth, first, last, first_reply = row
        result[article_id] = ArticleMetrics(
            article_id, title, comments, participants, replies, depth or 0, published_time(published),
            stored_time(first), stored_time(last), stored_time(first_reply), most.get(article_id),
            top3.get(article_id, 0),
        )
    return result


def published_time(value: object) -> datetime | None:
    """An article's published_at as a time of day, when the dump gave one (a bare date: None)."""
    if not isinstance(value, str):
        return None
    match = _PUBLISHED.match(value)
    if match is None:
        return None
    year, month, day, hour, minute, second = match.groups()
    try:
        return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:
        return None


# --- library totals ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LibraryTotals:
    articles: int
    commented_articles: int
    comments: int
    replies: int
    participants: int  # distinct commenters
    max_depth: int
    first_comment: datetime | None
    last_comment: datetime | None
    undated: int  # comments without a time
    median_thread: float  # comments per article with comments
    largest_thread: int
    tags: int
    tagged_comments: int  # comments carrying a tag
    tagged_articles: int  # articles where a tag occurs
    highlights: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles, "commented_articles": self.commented_articles, "comments": self.comments,
            "replies": self.replies, "participants": self.participants, "max_depth": self.max_depth,
            "first_comment": _iso(self.first_comment), "last_comment": _iso(self.last_comment),
            "undated_comments": self.undated, "median_thread": self.median_thread,
            "largest_thread": self.largest_thread, "tags": self.tags, "tagged_comments": self.tagged_comments,
            "tagged_articles": self.tagged_articles, "highlights": self.highlights,
        }


def library_totals(db: Database, coder: int | None = None) -> LibraryTotals:
    depth_rows = _depth_rows(db, [], [])
    sizes = _thread_sizes(db)
    return _totals(db, depth_rows, sizes, coder)


def _depth_rows(db: Database, where: list[str], params: list[Any]) -> list[tuple[Any, ...]]:
    """depth, comments, replies, first time, last time, dated comments: one pass over the comments."""
    return execute(
        db,
        "SELECT depth, count(*), count(parent_id), min(posted_at), max(posted_at), count(posted_at)"
        f" FROM comment c {_where(where)} GROUP BY depth ORDER BY depth",
        params,
    ).fetchall()


def _thread_sizes(db: Database) -> list[tuple[int, int]]:
    """(article id, comments) for every article with comments: the (article_id, position) index
    answers it without reading a comment."""
    return [(int(a), int(n)) for a, n in execute(db, "SELECT article_id, count(*) FROM comment GROUP BY article_id")]


def _totals(
    db: Database, depth_rows: list[tuple[Any, ...]], sizes: list[tuple[int, int]], coder: int | None = None
) -> LibraryTotals:
    comments = sum(int(r[1]) for r in depth_rows)
    firsts = [r[3] for r in depth_rows if r[3] is not None]
    lasts = [r[4] for r in depth_rows if r[4] is not None]
    articles, participants, tags, highlights = execute(
        db,
        "SELECT (SELECT count(*) FROM article), (SELECT count(DISTINCT author_id) FROM comment),"
        f" (SELECT count(*) FROM tag), (SELECT count(*) FROM highlight WHERE 1 = 1{_by(coder)})"
    ).fetchone()
    tagged_comments = execute(db, f"SELECT count(DISTINCT comment_id) FROM ({_comment_tags(coder)}) t").fetchone()[0]
    tagged_articles = execute(db, f"SELECT count(DISTINCT article_id) FROM ({_article_tags(coder)}) t").fetchone()[0]
    counts = [n for _a, n in sizes]
    return LibraryTotals(
        articles=int(articles),
        commented_articles=len(counts),
        comments=comments,
        replies=sum(int(r[2]) for r in depth_rows),
        participants=int(participants),
        max_depth=max((int(r[0]) for r in depth_rows), default=0),
        first_comment=stored_time(min(firsts)) if firsts else None,
        last_comment=stored_time(max(lasts)) if lasts else None,
        undated=comments - sum(int(r[5]) for r in depth_rows),
        median_thread=float(statistics.median(counts)) if counts else 0.0,
        largest_thread=max(counts, default=0),
        tags=int(tags),
        tagged_comments=int(tagged_comments),
        tagged_articles=int(tagged_articles),
        highlights=int(highlights),
    )


# --- chart series -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimeBucket:
    start: datetime
    end: datetime  # exclusive
    comments: int
    filter: Filter


@dataclass(frozen=True)
class TimeSeries:
    unit: str  # one of UNITS
    buckets: list[TimeBucket]
    undated: int  # comments in scope without a time


@dataclass(frozen=True)
class HourCount:
    hour: int
    comments: int
    filter: Filter


@dataclass(frozen=True)
class DepthCount:
    depth: int
    comments: int
    filter: Filter
    or_deeper: bool = False  # the last bucket of a very deep distribution: depth and below


@dataclass(frozen=True)
class CommenterCount:
    author_id: int
    handle: str
    comments: int
    share: float  # of the comments in scope
    filter: Filter


@dataclass(frozen=True)
class ArticleCount:
    article_id: int
    title: str
    comments: int
    filter: Filter


@dataclass(frozen=True)
class SizeBucket:
    low: int
    high: int | None  # inclusive; None: no upper limit
    articles: int
    filter: Filter

    @property
    def label(self) -> str:
        if self.high is None:
            return f"{self.low}+"
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


@dataclass(frozen=True)
class TagRef:
    tag_id: int
    path: str
    color: str


@dataclass(frozen=True)
class TagFrequency:
    tag_id: int
    path: str
    color: str
    comments: int  # comments carrying it (in scope)
    articles: int  # articles where it occurs (in scope)
    filter: Filter


@dataclass(frozen=True)
class TagMatrix:
    """How often two tags occur on the same comment (on="comment") or in the same article
    (on="article"); the diagonal is how often each tag occurs at all. Symmetric."""

    on: str
    tags: list[TagRef]
    counts: list[list[int]]
    scope: Filter = field(default_factory=dict)
    used_tags: int = 0  # tags occurring at all in scope; `tags` holds the `limit` most frequent

    def filter(self, row: int, column: int) -> Filter:
        a, b = self.tags[row].tag_id, self.tags[column].tag_id
        if a == b:
            return {"kind": "tag", "id": a, **self.scope}
        return {"kind": "tags", "ids": sorted((a, b)), "on": self.on, **self.scope}


def _scope(article_id: int | None, author_id: int | None, alias: str = "c") -> tuple[list[str], list[Any], Filter]:
    where: list[str] = []
    params: list[Any] = []
    scope: Filter = {}
    if article_id is not None:
        where.append(f"{alias}.article_id = ?")
        params.append(int(article_id))
        scope["article_id"] = int(article_id)
    if author_id is not None:
        where.append(f"{alias}.author_id = ?")
        params.append(int(author_id))
        scope["author_id"] = int(author_id)
    return where, params, scope


def _where(conditions: list[str]) -> str:
    return f"WHERE {' AND '.join(conditions)}" if conditions else ""


def _hour_rows(db: Database, where: list[str], params: list[Any]) -> list[tuple[datetime, int]]:
    """Comments per clock hour ('YYYY-MM-DD HH'): one pass that feeds both the time series and
    the hour-of-day histogram."""
    rows = []
    posted = of(db).time_text("c.posted_at")
    for stamp, count in execute(
        db,
        f"SELECT substr({posted}, 1, 13), count(*) FROM comment c {_where([*where, 'c.posted_at IS NOT NULL'])}"
        " GROUP BY 1",
        params,
    ):
        try:
            rows.append((datetime.strptime(str(stamp), "%Y-%m-%d %H"), int(count)))
        except ValueError:
            continue  # not a time: counts as undated
    return rows


def _floor(moment: datetime, unit: str) -> datetime:
    if unit == "hour":
        return moment.replace(minute=0, second=0, microsecond=0)
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if unit == "day":
        return day
    if unit == "week":  # weeks start on Monday
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def _next(moment: datetime, unit: str) -> datetime:
    if unit == "hour":
        return moment + timedelta(hours=1)
    if unit == "day":
        return moment + timedelta(days=1)
    if unit == "week":
        return moment + timedelta(days=7)
    return moment.replace(year=moment.year + moment.month // 12, month=moment.month % 12 + 1)


def pick_unit(first: datetime, last: datetime) -> str:
    """The bucket size that shows a span best: hours up to 3 days, days up to 3 months, weeks up
    to 3 years, months beyond."""
    span = last - first
    if span <= timedelta(days=3):
        return "hour"
    if span <= timedelta(days=92):
        return "day"
    if span <= timedelta(days=3 * 366):
        return "week"
    return "month"


def _time_series(hours: list[tuple[datetime, int]], unit: str, undated: int, scope: Filter) -> TimeSeries:
    if unit not in (*UNITS, "auto"):
        raise ValueError(f"unit must be one of {(*UNITS, 'auto')}, not {unit!r}")
    if not hours:
        return TimeSeries("day" if unit == "auto" else unit, [], undated)
    first = min(h for h, _n in hours)
    last = max(h for h, _n in hours)
    if unit == "auto":
        unit = pick_unit(first, last)
    while unit != UNITS[-1] and _bucket_count(first, last, unit) > MAX_BUCKETS:
        unit = UNITS[UNITS.index(unit) + 1]
    counts: dict[datetime, int] = defaultdict(int)
    for moment, count in hours:
        counts[_floor(moment, unit)] += count
    buckets = []
    start = _floor(first, unit)
    while start <= last:
        end = _next(start, unit)
        buckets.append(TimeBucket(start, end, counts.get(start, 0),
                                  {"kind": "date_range", "start": start, "end": end, **scope}))
        start = end
    return TimeSeries(unit, buckets, undated)


def _bucket_count(first: datetime, last: datetime, unit: str) -> int:
    seconds = (last - first).total_seconds()
    per = {"hour": 3600, "day": 86_400, "week": 7 * 86_400, "month": 28 * 86_400}[unit]
    return int(seconds // per) + 1


def _by_hour(hours: list[tuple[datetime, int]], scope: Filter) -> list[HourCount]:
    counts = [0] * 24
    for moment, count in hours:
        counts[moment.hour] += count
    return [HourCount(h, counts[h], {"kind": "hour", "value": h, **scope}) for h in range(24)]


def comments_over_time(
    db: Database, unit: str = "auto", article_id: int | None = None, author_id: int | None = None
) -> TimeSeries:
    """Comments per hour, day, week (from Monday) or month, empty buckets included, for the
    library, one article or one author. "auto" picks the unit from the span (pick_unit)."""
    where, params, scope = _scope(article_id, author_id)
    hours = _hour_rows(db, where, params)
    total = execute(db, f"SELECT count(*) FROM comment c {_where(where)}", params).fetchone()[0]
    return _time_series(hours, unit, int(total) - sum(n for _h, n in hours), scope)


def activity_by_hour(
    db: Database, article_id: int | None = None, author_id: int | None = None
) -> list[HourCount]:
    """Comments per hour of the day (0-23, local time as printed), all 24 hours."""
    where, params, scope = _scope(article_id, author_id)
    return _by_hour(_hour_rows(db, where, params), scope)


def depth_distribution(
    db: Database, article_id: int | None = None, author_id: int | None = None
) -> list[DepthCount]:
    """Comments per depth, from 1 to the deepest (depths without comments included as 0); depths
    from DEPTH_BUCKETS on share one last bucket (`or_deeper`)."""
    where, params, scope = _scope(article_id, author_id)
    return _depths(_depth_rows(db, where, params), scope)


def _depths(depth_rows: list[tuple[Any, ...]], scope: Filter) -> list[DepthCount]:
    counts = {int(r[0]): int(r[1]) for r in depth_rows}
    deepest = max(counts, default=0)
    result = [
        DepthCount(d, counts.get(d, 0), {"kind": "depth", "value": d, **scope})
        for d in range(1, min(deepest, DEPTH_BUCKETS - 1) + 1)
    ]
    if deepest >= DEPTH_BUCKETS:  # a 100,000-deep chain must not make 100,000 bars
        tail = sum(n for d, n in counts.items() if d >= DEPTH_BUCKETS)
        result.append(DepthCount(DEPTH_BUCKETS, tail, {"kind": "depth", "min": DEPTH_BUCKETS, **scope}, True))
    return result


def top_commenters(
    db: Database, article_id: int | None = None, limit: int = TOP_COMMENTERS
) -> list[CommenterCount]:
    """The authors with the most comments, in the library or one article; ties by handle."""
    where, params, scope = _scope(article_id, None)
    total = execute(db, f"SELECT count(*) FROM comment c {_where(where)}", params).fetchone()[0]
    rows = execute(
        db,
        "SELECT s.author_id, au.handle, s.n FROM"
        f" (SELECT c.author_id, count(*) AS n FROM comment c {_where(where)} GROUP BY c.author_id) s"
        " JOIN author au ON au.id = s.author_id ORDER BY s.n DESC, au.handle COLLATE NOCASE, au.handle LIMIT ?",
        [*params, max(0, limit)],
    )
    return [
        CommenterCount(int(a), handle, int(n), int(n) / total if total else 0.0,
                       {"kind": "author", "id": int(a), **scope})
        for a, handle, n in rows
    ]


def most_discussed(db: Database, limit: int = TOP_ARTICLES) -> list[ArticleCount]:
    """The articles with the most comments."""
    return _most_discussed(db, _thread_sizes(db), limit)


def _most_discussed(db: Database, sizes: list[tuple[int, int]], limit: int) -> list[ArticleCount]:
    top = sorted(sizes, key=lambda s: (-s[1], s[0]))[: max(0, limit)]
    titles = _titles(db, [a for a, _n in top])
    return [ArticleCount(a, titles.get(a, ""), n, {"kind": "article", "id": a}) for a, n in top]


def author_articles(db: Database, author_id: int, limit: int = TOP_ARTICLES) -> list[ArticleCount]:
    """The articles an author commented on most."""
    rows = execute(
        db,
        "SELECT c.article_id, a.title, count(*) AS n FROM comment c JOIN article a ON a.id = c.article_id"
        " WHERE c.author_id = ? GROUP BY c.article_id, a.title ORDER BY n DESC, c.article_id LIMIT ?",
        (int(author_id), max(0, limit)),
    )
    return [
        ArticleCount(int(a), title, int(n), {"kind": "article", "id": int(a), "author_id": int(author_id)})
        for a, title, n in rows
    ]


def thread_size_distribution(db: Database) -> list[SizeBucket]:
    """How many articles have no comments, one, 2-5, 6-20 ... (SIZE_BUCKETS)."""
    articles = execute(db, "SELECT count(*) FROM article").fetchone()[0]
    return _size_buckets(_thread_sizes(db), int(articles))


def _size_buckets(sizes: list[tuple[int, int]], articles: int) -> list[SizeBucket]:
    counts = [0] * len(SIZE_BUCKETS)
    counts[0] = max(0, articles - len(sizes))
    for _article, n in sizes:
        for index, (low, high) in enumerate(SIZE_BUCKETS):
            if n >= low and (high is None or n <= high):
                counts[index] += 1
                break
    return [
        SizeBucket(low, high, counts[i], {"kind": "thread_size", "min": low, "max": high})
        for i, (low, high) in enumerate(SIZE_BUCKETS)
    ]


# Which tags are on which comment / article (see the module docstring), every coder's or one's.
def _by(coder: int | None, column: str = "coder_id") -> str:
    """The condition keeping one coder's rows (written into the SQL: the id is an int, so these
    subqueries keep no parameters of their own wherever they are nested)."""
    return "" if coder is None else f" AND {column} = {int(coder)}"


def _comment_tags(coder: int | None = None) -> str:
    return (
        f"SELECT comment_id, tag_id FROM comment_tag WHERE comment_id IS NOT NULL{_by(coder)}"
        " UNION SELECT comment_id, tag_id FROM highlight WHERE comment_id IS NOT NULL AND tag_id IS NOT NULL"
        f"{_by(coder)}"
    )


def _article_tags(coder: int | None = None) -> str:
    return (
        f"SELECT article_id, tag_id FROM article_tag WHERE article_id IS NOT NULL{_by(coder)}"
        " UNION SELECT c.article_id, ct.tag_id FROM comment_tag ct JOIN comment c ON c.id = ct.comment_id"
        f" WHERE ct.comment_id IS NOT NULL{_by(coder, 'ct.coder_id')}"
        " UNION SELECT article_id, tag_id FROM highlight WHERE article_id IS NOT NULL AND tag_id IS NOT NULL"
        f" AND (target_kind = 'article' OR comment_id IS NOT NULL){_by(coder)}"
    )


def _comment_tags_in(where: list[str], coder: int | None = None) -> str:
    """The (comment_id, tag_id) pairs of the comments in scope."""
    if not where:
        return _comment_tags(coder)
    return (
        f"SELECT t.comment_id, t.tag_id FROM ({_comment_tags(coder)}) t JOIN comment c ON c.id = t.comment_id"
        f" {_where(where)}"
    )


def _article_tags_in(article_id: int | None, coder: int | None = None) -> tuple[str, list[Any]]:
    if article_id is None:
        return _article_tags(coder), []
    return f"SELECT article_id, tag_id FROM ({_article_tags(coder)}) t WHERE article_id = ?", [int(article_id)]


def _coder_scope(scope: Filter, coder: int | None) -> Filter:
    return scope if coder is None else {**scope, "coder": int(coder)}


def tag_frequencies(
    db: Database, article_id: int | None = None, author_id: int | None = None, coder: int | None = None
) -> list[TagFrequency]:
    """Tags by how many comments carry them (then articles), in scope; unused tags left out. For
    an author, `articles` counts the articles where the tag is on one of their comments. With
    `coder`, only that coder's tags count."""
    where, params, scope = _scope(article_id, author_id)
    scope = _coder_scope(scope, coder)
    on_comments = dict(execute(
        db,
        f"SELECT tag_id, count(DISTINCT comment_id) FROM ({_comment_tags_in(where, coder)}) t GROUP BY tag_id", params
    ).fetchall())
    if author_id is not None:
        on_articles = dict(execute(
            db,
            f"SELECT t.tag_id, count(DISTINCT c.article_id) FROM ({_comment_tags_in(where, coder)}) t"
            " JOIN comment c ON c.id = t.comment_id GROUP BY t.tag_id", params
        ).fetchall())
    else:
        sql, article_params = _article_tags_in(article_id, coder)
        on_articles = dict(execute(
            db,
            f"SELECT tag_id, count(DISTINCT article_id) FROM ({sql}) t GROUP BY tag_id", article_params
        ).fetchall())
    if not on_comments and not on_articles:
        return []
    result = []
    for tag in tag_tree(db):
        comments, articles = int(on_comments.get(tag.id, 0)), int(on_articles.get(tag.id, 0))
        if comments or articles:
            result.append(TagFrequency(tag.id, tag.path, tag.color, comments, articles,
                                       {"kind": "tag", "id": tag.id, **scope}))
    result.sort(key=lambda t: (-t.comments, -t.articles, t.path.casefold(), t.path))
    return result


def tag_cooccurrence(
    db: Database,
    on: str = "comment",
    article_id: int | None = None,
    author_id: int | None = None,
    limit: int = MATRIX_TAGS,
    coder: int | None = None,
) -> TagMatrix:
    """Co-occurrence of the `limit` most frequent tags: on the same comment (`on="comment"`), or
    in the same article (`on="article"`: on the article, its comments or its highlights); with
    `coder`, that coder's tags only."""
    if on not in ("comment", "article"):
        raise ValueError(f"on must be 'comment' or 'article', not {on!r}")
    where, params, scope = _scope(article_id, author_id)
    scope = _coder_scope(scope, coder)
    if on == "comment":
        pairs_sql, key = _comment_tags_in(where, coder), "comment_id"
    else:
        if author_id is not None:
            raise ValueError("article co-occurrence is for the library or one article")
        pairs_sql, params = _article_tags_in(article_id, coder)
        key = "article_id"
    counts: dict[tuple[int, int], int] = {}
    for a, b, n in execute(
        db,
        f"WITH t AS ({pairs_sql}) SELECT x.tag_id, y.tag_id, count(*) FROM t x JOIN t y"
        f" ON x.{key} = y.{key} AND x.tag_id <= y.tag_id GROUP BY x.tag_id, y.tag_id",
        params,
    ):
        counts[(int(a), int(b))] = int(n)
    known = {tag.id: tag for tag in tag_tree(db)}
    frequent = sorted(
        (t for (t, u), n in counts.items() if t == u and t in known),
        key=lambda t: (-counts[(t, t)], known[t].path.casefold(), known[t].path),
    )[: max(0, limit)]
    frequent.sort(key=lambda t: (known[t].path.casefold(), known[t].path))  # siblings side by side
    tags = [TagRef(t, known[t].path, known[t].color) for t in frequent]
    matrix = [[counts.get((min(a, b), max(a, b)), 0) for b in frequent] for a in frequent]
    used = sum(1 for (t, u) in counts if t == u and t in known)
    return TagMatrix(on, tags, matrix, scope, used)


# --- authors ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuthorSummary:
    author_id: int
    handle: str
    comments: int
    articles: int
    replies: int  # of their comments, those that answer another comment
    replies_received: int  # comments answering theirs
    first_comment: datetime | None
    last_comment: datetime | None


def author_summary(db: Database, author_id: int) -> AuthorSummary | None:
    row = execute(db, "SELECT handle FROM author WHERE id = ?", (int(author_id),)).fetchone()
    if row is None:
        return None
    comments, articles, replies, first, last = execute(
        db,
        "SELECT count(*), count(DISTINCT article_id), count(parent_id), min(posted_at), max(posted_at)"
        " FROM comment WHERE author_id = ?",
        (int(author_id),),
    ).fetchone()
    received = execute(
        db,
        "SELECT count(*) FROM comment p JOIN comment c ON c.parent_id = p.id WHERE p.author_id = ?", (int(author_id),)
    ).fetchone()[0]
    return AuthorSummary(int(author_id), row[0], int(comments), int(articles), int(replies), int(received),
                         stored_time(first), stored_time(last))


# --- everything a dashboard shows -------------------------------------------------------------------


@dataclass(frozen=True)
class Insight:
    """Every figure and series of one dashboard: the library (article_id and author_id None),
    one article, or one author (the commenter profile). Series that make no sense for the scope
    are empty: thread sizes and article co-occurrence only for the library; commenters not for an
    author; `articles` is the most discussed articles (library) or the author's articles."""

    article_id: int | None = None
    author_id: int | None = None
    totals: LibraryTotals | None = None
    article: ArticleMetrics | None = None
    author: AuthorSummary | None = None
    over_time: TimeSeries = field(default_factory=lambda: TimeSeries("day", [], 0))
    by_hour: list[HourCount] = field(default_factory=list)
    depths: list[DepthCount] = field(default_factory=list)
    commenters: list[CommenterCount] = field(default_factory=list)
    articles: list[ArticleCount] = field(default_factory=list)
    thread_sizes: list[SizeBucket] = field(default_factory=list)
    tags: list[TagFrequency] = field(default_factory=list)
    co_comments: TagMatrix = field(default_factory=lambda: TagMatrix("comment", [], []))
    co_articles: TagMatrix = field(default_factory=lambda: TagMatrix("article", [], []))
    missing: bool = False  # the article or author is not (or no longer) in the library
    coder: int | None = None  # the tag figures are this coder's only; None: every coder's


def insight(
    db: Database, article_id: int | None = None, author_id: int | None = None, unit: str = "auto",
    coder: int | None = None,
) -> Insight:
    """Everything a dashboard shows for its scope, in as few passes as the figures allow: for the
    library, two scans of the comment table (by depth; by clock hour) plus index-only counts.
    With `coder` (blind coding, one coder's view) the tag figures count only that coder's."""
    if article_id is not None and author_id is not None:
        raise ValueError("an insight is for the library, one article or one author")
    where, params, scope = _scope(article_id, author_id)
    hours = _hour_rows(db, where, params)
    depth_rows = _depth_rows(db, where, params)
    undated = sum(int(r[1]) - int(r[5]) for r in depth_rows)
    common: dict[str, Any] = {
        "over_time": _time_series(hours, unit, undated, scope),
        "by_hour": _by_hour(hours, scope),
        "depths": _depths(depth_rows, scope),
        "tags": tag_frequencies(db, article_id, author_id, coder),
        "co_comments": tag_cooccurrence(db, "comment", article_id, author_id, coder=coder),
        "coder": coder,
    }
    if author_id is not None:
        summary = author_summary(db, author_id)
        return Insight(author_id=author_id, author=summary, articles=author_articles(db, author_id),
                       missing=summary is None, **common)
    if article_id is not None:
        metrics = one_article_metrics(db, article_id)
        return Insight(article_id=article_id, article=metrics, commenters=top_commenters(db, article_id),
                       missing=metrics is None, **common)
    sizes = _thread_sizes(db)
    totals = _totals(db, depth_rows, sizes, coder)
    return Insight(
        totals=totals,
        commenters=top_commenters(db),
        articles=_most_discussed(db, sizes, TOP_ARTICLES),
        thread_sizes=_size_buckets(sizes, totals.articles),
        co_articles=tag_cooccurrence(db, "article", coder=coder),
        **common,
    )


# --- filters back to ids -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FilterMatch:
    """What a chart element counts: the articles to keep in the list, the comments to mark."""

    article_ids: list[int]
    comment_ids: list[int]


FILTER_KINDS = ("author", "tag", "tags", "hour", "date_range", "depth", "comment", "article", "thread_size")


def resolve_filter(db: Database, spec: Mapping[str, Any]) -> FilterMatch:
    """The ids behind a chart element's filter (see the module docstring), within its scope
    ("article_id" / "author_id" in the filter). Raises ValueError for a filter it does not know."""
    kind = spec.get("kind")
    where, params, _scope_filter = _scope(spec.get("article_id"), spec.get("author_id"))
    if kind == "thread_size":
        low, high = int(spec.get("min") or 0), spec.get("max")
        limits, bounds = ["COALESCE(s.n, 0) >= ?"], [low]
        if high is not None:  # a NULL parameter has no type on PostgreSQL: leave the bound out
            limits.append("COALESCE(s.n, 0) <= ?")
            bounds.append(int(high))
        ids = _ids(db, "SELECT a.id FROM article a LEFT JOIN (SELECT article_id, count(*) AS n FROM comment"
                   f" GROUP BY article_id) s ON s.article_id = a.id {_where(limits)} ORDER BY a.id", bounds)
        return FilterMatch(ids, [])
    if kind == "article":
        article_id = int(spec["id"])
        comments = _ids(db, f"SELECT c.id FROM comment c {_where(['c.article_id = ?', *where])} ORDER BY c.id",
                        [article_id, *params])
        exists = _ids(db, "SELECT id FROM article WHERE id = ?", [article_id])
        return FilterMatch(exists, comments)
    coder = None if spec.get("coder") is None else int(spec["coder"])
    if kind == "tags" and spec.get("on") == "article":
        return _articles_with_all_tags(db, [int(t) for t in spec["ids"]], spec.get("article_id"), coder)
    condition, extra = _comment_condition(db, kind, spec)
    rows = execute(
        db,
        f"SELECT c.id, c.article_id FROM comment c {_where([condition, *where])} ORDER BY c.id", [*extra, *params]
    ).fetchall()
    comment_ids = [int(r[0]) for r in rows]
    article_ids = sorted({int(r[1]) for r in rows})
    if kind == "tag" and spec.get("article_id") is None and spec.get("author_id") is None:
        sql, _ = _article_tags_in(None, coder)
        article_ids = _ids(db, f"SELECT DISTINCT article_id FROM ({sql}) t WHERE tag_id = ? ORDER BY 1",
                           [int(spec["id"])])
    return FilterMatch(article_ids, comment_ids)


def _comment_condition(db: Database, kind: object, spec: Mapping[str, Any]) -> tuple[str, list[Any]]:
    if kind == "author":
        return "c.author_id = ?", [int(spec["id"])]
    if kind == "comment":
        return "c.id = ?", [int(spec["id"])]
    if kind == "depth" and "min" in spec:
        return "c.depth >= ?", [int(spec["min"])]
    if kind == "depth":
        return "c.depth = ?", [int(spec["value"])]
    if kind == "hour":
        return f"substr({of(db).time_text('c.posted_at')}, 12, 2) = ?", [f"{int(spec['value']):02d}"]
    if kind == "date_range":
        return "c.posted_at >= ? AND c.posted_at < ?", [_stamp(spec["start"]), _stamp(spec["end"])]
    coder = None if spec.get("coder") is None else int(spec["coder"])
    if kind == "tag":
        return f"c.id IN (SELECT comment_id FROM ({_comment_tags(coder)}) t WHERE tag_id = ?)", [int(spec["id"])]
    if kind == "tags":
        ids = {int(t) for t in spec["ids"]}
        dialect = of(db)
        return (
            f"c.id IN (SELECT comment_id FROM ({_comment_tags(coder)}) t WHERE tag_id {dialect.in_ids}"
            " GROUP BY comment_id HAVING count(DISTINCT tag_id) = ?)",
            [dialect.ids(ids), len(ids)],
        )
    raise ValueError(f"unknown filter kind {kind!r}; known: {', '.join(FILTER_KINDS)}")


def _articles_with_all_tags(
    db: Database, tag_ids: list[int], article_id: int | None, coder: int | None = None
) -> FilterMatch:
    """Articles where every tag occurs (only `article_id` when given); the comments in them that
    carry any of the tags (the coder's tags only, with `coder`)."""
    dialect = of(db)
    tags = dialect.ids(tag_ids)
    articles = _ids(
        db,
        f"SELECT article_id FROM ({_article_tags(coder)}) t WHERE tag_id {dialect.in_ids}"
        " GROUP BY article_id HAVING count(DISTINCT tag_id) = ? ORDER BY article_id",
        [tags, len(set(tag_ids))],
    )
    if article_id is not None:
        articles = [a for a in articles if a == int(article_id)]
    comments = _ids(
        db,
        f"SELECT c.id FROM comment c WHERE c.article_id {dialect.in_ids}"
        f" AND c.id IN (SELECT comment_id FROM ({_comment_tags(coder)}) t WHERE tag_id {dialect.in_ids}) ORDER BY c.id",
        [dialect.ids(articles), tags],
    )
    return FilterMatch(articles, comments)


# --- helpers -----------------------------------------------------------------------------------------


def _ids(db: Database, sql: str, params: Iterable[Any]) -> list[int]:
    return [int(row[0]) for row in execute(db, sql, list(params))]


def _titles(db: Database, ids: list[int]) -> dict[int, str]:
    dialect = of(db)
    rows = execute(db, f"SELECT id, title FROM article WHERE id {dialect.in_ids}", [dialect.ids(ids)])
    return {int(article_id): title for article_id, title in rows}


def _stamp(value: object) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return str(value)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(sep=" ")


def _seconds(value: timedelta | None) -> int | None:
    return None if value is None else int(value.total_seconds())
