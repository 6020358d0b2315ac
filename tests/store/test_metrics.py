"""Thread metrics and chart series (desktop/store/metrics.py) on hand-built threads whose answers
are worked out by hand below, on both engines a library can live on (SQLite, PostgreSQL): the
threads are written with the peewee models, as tests/store/test_engines.py does.

Measured on this machine (benchmarks/insight_data.py libraries, warm cache, best of 2-3):
  100k comments / 10k articles: article_metrics(all) 0.16 s, insight(library) 0.16 s, insight(the
  10k-comment article) 0.04 s, insight(top author) 0.08 s, a batch of 100 ids 1 ms.
  1M comments / 100k articles: article_metrics(all) 1.7 s, insight(library) 1.4 s, insight(the
  99k-comment article) 0.4 s, insight(top author) 0.5 s, one_article_metrics(99k comments) 0.14 s,
  a batch of 100 ids 1 ms, resolve_filter 80-130 ms. The dashboard computes on a worker thread:
  the GUI event loop's longest pause meanwhile was 30-60 ms (the charts being built).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from peewee import Database

from desktop.store import metrics, summaries
from desktop.store.db import Library
from desktop.store.models import Article, ArticleTag, Author, Comment, CommentTag, Highlight, Tag

DAY = datetime(2024, 3, 1)  # a Friday


def at(hour: int, minute: int = 0, day: datetime = DAY) -> datetime:
    return day.replace(hour=hour, minute=minute)


# (handle, time or None, parent index or None)
THREAD_A = [
    ("alice", at(10), None),  # 0  depth 1, three replies: the most replied
    ("bob", at(10, 5), 0),  # 1  depth 2: the first reply, 5 minutes after the first comment
    ("carol", at(10, 20), 0),  # 2  depth 2
    ("alice", at(10, 30), 1),  # 3  depth 3
    ("dave", at(11), None),  # 4  depth 1
    ("bob", at(11, 10), 4),  # 5  depth 2
    ("erin", at(12), 3),  # 6  depth 4
    ("alice", at(21, 15), None),  # 7  depth 1, the last comment
    ("frank", None, 0),  # 8  depth 2, no time
]
PUBLISHED_A = "2024-03-01T09:00:00+01:00"  # one hour before the first comment; the zone is ignored
THREAD_B = [("gina", at(8, 0, datetime(2024, 3, 2)), None), ("hank", at(8, 45, datetime(2024, 3, 2)), 0)]
THREAD_E = [  # a tie: comments 0 and 1 both have two replies; 0 comes first
    ("a", at(9), None), ("b", at(9, 1), None), ("c", at(9, 2), 1), ("d", at(9, 3), 1), ("e", at(9, 4), 0),
    ("f", at(9, 5), 0),
]


def add_article(db: Database, title: str, rows: list, published: str | None = None) -> tuple[int, list[int]]:
    """An article with a thread of (handle, time, parent index) rows (depth 1 = top level); its
    id and its comments' ids in thread order."""
    with db.atomic():
        article = Article.create(title=title, paragraphs=f'["{title} text."]', raw_text="", kind="A",
                                 fingerprint=title, published_at=published, imported_at=datetime(2024, 4, 1),
                                 updated_at=datetime(2024, 4, 1))
        comments: list[Comment] = []
        roots = 0
        children = [0] * len(rows)
        for position, (handle, when, parent) in enumerate(rows):
            if parent is None:
                roots += 1
                depth, path, above = 1, str(roots), None
            else:
                children[parent] += 1
                above = comments[parent]
                depth, path = above.depth + 1, f"{above.path}.{children[parent]}"
            author, _ = Author.get_or_create(handle=handle)
            comments.append(Comment.create(article=article, parent=above, position=position, depth=depth, path=path,
                                           author=author, display_name=handle.title(), posted_at=when,
                                           body=f"{handle} says {path}", fingerprint=f"{title} {position}"))
        summaries.refresh(db, [article.id])
    return article.id, [c.id for c in comments]


def add_tag(name: str, color: str, parent: int | None = None) -> int:
    return Tag.create(name=name, color=color, parent=parent, created_at=DAY).id


@dataclass
class Figures:
    a: int
    b: int
    c: int
    d: int
    e: int
    ca: list[int]  # comment ids of A, in order
    cb: list[int]
    ce: list[int]
    x: int  # tags
    y: int
    z: int


def build(db: Database) -> Figures:
    """Five articles: A (the worked example), B (published date without a time), C (no comments),
    D (one comment without a time), E (a tie for most replied). Tags: x and y together on A0 and
    A1, x alone on A2, z/child on A3 and through a highlight on B1; y on article B."""
    a, ca = add_article(db, "Article A", THREAD_A, PUBLISHED_A)
    b, cb = add_article(db, "Article B", THREAD_B, "2024-03-02")
    c, _ = add_article(db, "Article C", [])
    d, _ = add_article(db, "Article D", [("ivan", None, None)])
    e, ce = add_article(db, "Article E", THREAD_E)
    x = add_tag("x", "#ff0000")
    y = add_tag("y", "#00ff00")
    z = add_tag("child", "#0000ff", add_tag("z", "#808080"))
    for tag, comments in ((x, ca[0:3]), (y, ca[0:2]), (z, ca[3:4])):
        for comment in comments:
            CommentTag.create(tag=tag, comment=comment, created_at=DAY)
    ArticleTag.create(tag=y, article=b, created_at=DAY)
    Highlight.create(target_kind="comment", article=b, comment=cb[1], start_offset=0, end_offset=4, text="hank",
                     tag=z, created_at=DAY)
    return Figures(a, b, c, d, e, ca, cb, ce, x, y, z)


@pytest.fixture
def library(engine_library: Library) -> Library:
    """Every test here runs on both engines."""
    return engine_library


@pytest.fixture
def figures(library: Library) -> Figures:
    return build(library.db)


# --- per-article metrics -----------------------------------------------------------------------------


def test_metrics_of_the_worked_example(library: Library, figures: Figures) -> None:
    m = metrics.one_article_metrics(library.db, figures.a)
    assert m is not None
    assert (m.comments, m.participants, m.replies, m.max_depth) == (9, 6, 6, 4)
    assert m.title == "Article A"
    assert m.published == at(9)
    assert (m.first_comment, m.last_comment, m.first_reply) == (at(10), at(21, 15), at(10, 5))
    assert m.time_to_first_from == "published"
    assert m.time_to_first == timedelta(hours=1)
    assert m.duration == timedelta(hours=11, minutes=15)
    assert m.most_replied == metrics.MostReplied(figures.ca[0], m.most_replied.author_id, "alice", 3)
    assert m.top3_comments == 6  # alice 3 + bob 2 + one of the four with 1
    assert m.top3_share == pytest.approx(6 / 9)


def test_without_a_published_time_the_first_reply_is_measured_from_the_first_comment(
    library: Library, figures: Figures
) -> None:
    m = metrics.one_article_metrics(library.db, figures.b)
    assert m is not None
    assert m.published is None  # "2024-03-02" has no time of day
    assert m.time_to_first_from == "first_comment"
    assert m.time_to_first == timedelta(minutes=45)
    assert m.top3_share == 1.0


def test_an_article_without_comments_has_zeros_and_nones(library: Library, figures: Figures) -> None:
    m = metrics.one_article_metrics(library.db, figures.c)
    assert m is not None
    assert (m.comments, m.participants, m.replies, m.max_depth, m.top3_comments) == (0, 0, 0, 0, 0)
    assert m.most_replied is None and m.top3_share is None
    assert m.time_to_first is None and m.time_to_first_from is None and m.duration is None


def test_a_comment_without_a_time_gives_no_durations(library: Library, figures: Figures) -> None:
    m = metrics.one_article_metrics(library.db, figures.d)
    assert m is not None
    assert m.comments == 1 and m.max_depth == 1
    assert m.first_comment is None and m.duration is None and m.time_to_first is None
    assert m.most_replied is None


def test_a_tie_for_most_replied_goes_to_the_earlier_comment(library: Library, figures: Figures) -> None:
    m = metrics.one_article_metrics(library.db, figures.e)
    assert m is not None and m.most_replied is not None
    assert (m.most_replied.comment_id, m.most_replied.handle, m.most_replied.replies) == (figures.ce[0], "a", 2)


def test_a_published_time_after_the_first_comment_is_not_trusted(library: Library) -> None:
    article, _ = add_article(library.db, "Late", [("p", at(8), None), ("q", at(8, 30), 0)], "2024-03-01 09:00")
    m = metrics.one_article_metrics(library.db, article)
    assert m is not None and m.published == at(9)
    assert m.time_to_first_from == "first_comment"
    assert m.time_to_first == timedelta(minutes=30)


def test_all_articles_at_once_equal_one_at_a_time(library: Library, figures: Figures) -> None:
    everything = metrics.article_metrics(library.db)
    assert set(everything) == {figures.a, figures.b, figures.c, figures.d, figures.e}
    for article_id, m in everything.items():
        assert metrics.one_article_metrics(library.db, article_id) == m
    batch = metrics.article_metrics(library.db, [figures.e, figures.a, 999_999])
    assert set(batch) == {figures.a, figures.e}
    assert metrics.one_article_metrics(library.db, 999_999) is None


def test_batches_larger_than_a_chunk(library: Library, figures: Figures) -> None:
    ids = [figures.a, *range(10_000, 11_200), figures.e]
    assert set(metrics.article_metrics(library.db, ids)) == {figures.a, figures.e}


def test_to_dict_is_json_ready(library: Library, figures: Figures) -> None:
    data = metrics.one_article_metrics(library.db, figures.a).to_dict()  # type: ignore[union-attr]
    assert data["time_to_first_seconds"] == 3600 and data["time_to_first_from"] == "published"
    assert data["duration_seconds"] == 11 * 3600 + 15 * 60
    assert data["most_replied"]["handle"] == "alice" and data["most_replied"]["replies"] == 3
    assert data["top3_share"] == pytest.approx(0.6667)
    assert data["first_comment"] == "2024-03-01 10:00:00"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-01T09:00:00+01:00", datetime(2024, 3, 1, 9)),
        ("2024-03-01 09:05", datetime(2024, 3, 1, 9, 5)),
        ("2024-03-01", None),
        ("1 March 2024", None),
        ("2024-13-01T09:00", None),
        (None, None),
    ],
)
def test_published_time_needs_a_clock_time(value: str | None, expected: datetime | None) -> None:
    assert metrics.published_time(value) == expected


# --- library totals and series -----------------------------------------------------------------------


def test_library_totals(library: Library, figures: Figures) -> None:
    t = metrics.library_totals(library.db)
    assert (t.articles, t.commented_articles, t.comments) == (5, 4, 18)
    assert t.replies == 6 + 1 + 4
    assert t.participants == len({"alice", "bob", "carol", "dave", "erin", "frank", "gina", "hank", "ivan",
                                  "a", "b", "c", "d", "e", "f"})
    assert t.max_depth == 4
    assert t.undated == 2  # frank's and ivan's
    assert t.median_thread == 4.0  # threads of 9, 2, 1, 6
    assert t.largest_thread == 9
    assert (t.tags, t.tagged_comments, t.tagged_articles, t.highlights) == (4, 5, 2, 1)  # z and z/child
    assert t.first_comment == at(9) and t.last_comment == at(8, 45, datetime(2024, 3, 2))


def test_an_empty_library(library: Library) -> None:
    t = metrics.library_totals(library.db)
    assert (t.articles, t.comments, t.max_depth, t.median_thread, t.first_comment) == (0, 0, 0, 0.0, None)
    data = metrics.insight(library.db)
    assert data.over_time.buckets == [] and data.depths == [] and data.tags == []
    assert all(h.comments == 0 for h in data.by_hour)
    assert [b.articles for b in data.thread_sizes] == [0] * len(metrics.SIZE_BUCKETS)


def test_hour_histogram(library: Library, figures: Figures) -> None:
    hours = metrics.activity_by_hour(library.db, article_id=figures.a)
    assert len(hours) == 24
    assert {h.hour: h.comments for h in hours if h.comments} == {10: 4, 11: 2, 12: 1, 21: 1}
    assert hours[21].filter == {"kind": "hour", "value": 21, "article_id": figures.a}
    library_hours = metrics.activity_by_hour(library.db)
    assert sum(h.comments for h in library_hours) == 16  # 18 comments, 2 without a time
    assert library_hours[9].comments == 6 and library_hours[8].comments == 2


def test_comments_over_time_by_hour_day_week_month(library: Library, figures: Figures) -> None:
    by_hour = metrics.comments_over_time(library.db, "hour", article_id=figures.a)
    assert by_hour.unit == "hour" and by_hour.undated == 1
    assert [b.start.hour for b in by_hour.buckets] == list(range(10, 22))  # empty hours included
    assert [b.comments for b in by_hour.buckets] == [4, 2, 1] + [0] * 8 + [1]
    first = by_hour.buckets[0]
    assert first.filter == {"kind": "date_range", "start": at(10), "end": at(11), "article_id": figures.a}
    by_day = metrics.comments_over_time(library.db, "day")
    assert [(b.start, b.comments) for b in by_day.buckets] == [(DAY, 14), (datetime(2024, 3, 2), 2)]
    by_week = metrics.comments_over_time(library.db, "week")
    assert [(b.start, b.end, b.comments) for b in by_week.buckets] == [
        (datetime(2024, 2, 26), datetime(2024, 3, 4), 16)  # weeks start on Monday
    ]
    by_month = metrics.comments_over_time(library.db, "month")
    assert [(b.start, b.end) for b in by_month.buckets] == [(datetime(2024, 3, 1), datetime(2024, 4, 1))]
    assert metrics.comments_over_time(library.db).unit == "hour"  # auto: the span is under three days
    with pytest.raises(ValueError):
        metrics.comments_over_time(library.db, "fortnight")


def test_pick_unit() -> None:
    assert metrics.pick_unit(DAY, DAY + timedelta(days=2)) == "hour"
    assert metrics.pick_unit(DAY, DAY + timedelta(days=60)) == "day"
    assert metrics.pick_unit(DAY, DAY + timedelta(days=700)) == "week"
    assert metrics.pick_unit(DAY, DAY + timedelta(days=2000)) == "month"


def test_too_many_buckets_take_a_coarser_unit(library: Library) -> None:
    add_article(library.db, "Long", [("p", datetime(2020, 1, 1), None), ("q", datetime(2024, 1, 1), 0)])
    series = metrics.comments_over_time(library.db, "hour")
    assert series.unit == "day" and len(series.buckets) == 1462  # 35,000 hours are too many; 1,462 days are not
    assert sum(b.comments for b in series.buckets) == 2
    month = metrics.comments_over_time(library.db, "month")
    assert month.buckets[-1].start == datetime(2024, 1, 1) and month.buckets[11].end == datetime(2021, 1, 1)


def test_depth_distribution(library: Library, figures: Figures) -> None:
    depths = metrics.depth_distribution(library.db, article_id=figures.a)
    assert [(d.depth, d.comments) for d in depths] == [(1, 3), (2, 4), (3, 1), (4, 1)]
    assert depths[2].filter == {"kind": "depth", "value": 3, "article_id": figures.a}
    assert [d.comments for d in metrics.depth_distribution(library.db)] == [3 + 1 + 1 + 2, 4 + 1 + 4, 1, 1]


def test_very_deep_threads_share_a_last_depth_bucket(library: Library) -> None:
    rows = [("p", at(10), None)] + [(f"u{i}", at(10), i) for i in range(60)]  # a chain 61 deep
    article, ids = add_article(library.db, "Deep", rows)
    depths = metrics.depth_distribution(library.db, article_id=article)
    assert len(depths) == metrics.DEPTH_BUCKETS
    last = depths[-1]
    assert last.or_deeper and last.comments == 61 - metrics.DEPTH_BUCKETS + 1
    assert sorted(metrics.resolve_filter(library.db, last.filter).comment_ids) == ids[metrics.DEPTH_BUCKETS - 1 :]


def test_top_commenters(library: Library, figures: Figures) -> None:
    top = metrics.top_commenters(library.db, article_id=figures.a, limit=2)
    assert [(c.handle, c.comments) for c in top] == [("alice", 3), ("bob", 2)]
    assert top[0].share == pytest.approx(3 / 9)
    assert top[0].filter == {"kind": "author", "id": top[0].author_id, "article_id": figures.a}
    library_top = metrics.top_commenters(library.db, limit=3)
    assert [c.handle for c in library_top] == ["alice", "bob", "a"]  # ties by handle
    assert library_top[0].filter == {"kind": "author", "id": library_top[0].author_id}


def test_thread_sizes_and_most_discussed(library: Library, figures: Figures) -> None:
    sizes = {b.label: b.articles for b in metrics.thread_size_distribution(library.db)}
    assert sizes == {"0": 1, "1": 1, "2–5": 1, "6–20": 2, "21–50": 0, "51–100": 0, "101–500": 0, "501+": 0}
    top = metrics.most_discussed(library.db, limit=2)
    assert [(a.article_id, a.title, a.comments) for a in top] == [
        (figures.a, "Article A", 9), (figures.e, "Article E", 6)]
    assert top[0].filter == {"kind": "article", "id": figures.a}


def test_tag_frequencies(library: Library, figures: Figures) -> None:
    tags = metrics.tag_frequencies(library.db)
    assert [(t.path, t.comments, t.articles) for t in tags] == [("x", 3, 1), ("y", 2, 2), ("z/child", 2, 2)]
    assert tags[0].filter == {"kind": "tag", "id": figures.x}
    in_a = metrics.tag_frequencies(library.db, article_id=figures.a)
    assert [(t.path, t.comments, t.articles) for t in in_a] == [("x", 3, 1), ("y", 2, 1), ("z/child", 1, 1)]
    alice = metrics.top_commenters(library.db, limit=1)[0].author_id
    by_alice = metrics.tag_frequencies(library.db, author_id=alice)
    assert [(t.path, t.comments, t.articles) for t in by_alice] == [("x", 1, 1), ("y", 1, 1), ("z/child", 1, 1)]


def test_tag_cooccurrence_on_comments_and_on_articles(library: Library, figures: Figures) -> None:
    on_comments = metrics.tag_cooccurrence(library.db, "comment")
    assert [t.path for t in on_comments.tags] == ["x", "y", "z/child"]
    assert on_comments.counts == [[3, 2, 0], [2, 2, 0], [0, 0, 2]]
    assert on_comments.filter(0, 1) == {"kind": "tags", "ids": sorted([figures.x, figures.y]), "on": "comment"}
    assert on_comments.filter(2, 2) == {"kind": "tag", "id": figures.z}
    on_articles = metrics.tag_cooccurrence(library.db, "article")
    # A carries x, y, z (on its comments); B carries y (on the article) and z (a highlight in a comment).
    assert on_articles.counts == [[1, 1, 1], [1, 2, 2], [1, 2, 2]]
    in_a = metrics.tag_cooccurrence(library.db, "comment", article_id=figures.a)
    assert in_a.counts == [[3, 2, 0], [2, 2, 0], [0, 0, 1]]
    assert in_a.filter(0, 1)["article_id"] == figures.a
    limited = metrics.tag_cooccurrence(library.db, "comment", limit=2)
    assert limited.counts == [[3, 2], [2, 2]] and limited.used_tags == 3
    with pytest.raises(ValueError):
        metrics.tag_cooccurrence(library.db, "sentence")


def test_author_summary_and_articles(library: Library, figures: Figures) -> None:
    alice = metrics.top_commenters(library.db, limit=1)[0].author_id
    summary = metrics.author_summary(library.db, alice)
    assert summary is not None
    assert (summary.handle, summary.comments, summary.articles, summary.replies) == ("alice", 3, 1, 1)
    assert summary.replies_received == 3 + 1  # bob, carol and frank to comment 0; erin to comment 3
    assert (summary.first_comment, summary.last_comment) == (at(10), at(21, 15))
    assert metrics.author_summary(library.db, 999_999) is None
    articles = metrics.author_articles(library.db, alice)
    assert [(a.article_id, a.comments) for a in articles] == [(figures.a, 3)]
    assert articles[0].filter == {"kind": "article", "id": figures.a, "author_id": alice}


def test_insight_for_each_scope(library: Library, figures: Figures) -> None:
    whole = metrics.insight(library.db)
    assert whole.totals is not None and whole.totals.comments == 18
    assert whole.articles[0].article_id == figures.a and whole.thread_sizes and whole.co_articles.tags
    one = metrics.insight(library.db, article_id=figures.a)
    assert one.article is not None and one.article.comments == 9
    assert one.totals is None and one.thread_sizes == [] and one.co_articles.tags == []
    assert [c.handle for c in one.commenters[:2]] == ["alice", "bob"]
    alice = one.commenters[0].author_id
    person = metrics.insight(library.db, author_id=alice)
    assert person.author is not None and person.commenters == [] and person.articles[0].article_id == figures.a
    assert sum(h.comments for h in person.by_hour) == 3
    assert metrics.insight(library.db, article_id=999_999).missing
    with pytest.raises(ValueError):
        metrics.insight(library.db, article_id=figures.a, author_id=alice)


# --- filters back to ids ------------------------------------------------------------------------------


def test_resolve_filters(library: Library, figures: Figures) -> None:
    db, ca = library.db, figures.ca

    def resolve(spec: dict) -> tuple[list[int], list[int]]:
        match = metrics.resolve_filter(db, spec)
        return match.article_ids, match.comment_ids

    assert resolve({"kind": "hour", "value": 10, "article_id": figures.a}) == ([figures.a], ca[0:4])
    alice = metrics.top_commenters(db, limit=1)[0].author_id
    assert resolve({"kind": "author", "id": alice}) == ([figures.a], [ca[0], ca[3], ca[7]])
    depth_two = ([figures.a], [ca[1], ca[2], ca[5], ca[8]])
    assert resolve({"kind": "depth", "value": 2, "article_id": figures.a}) == depth_two
    assert resolve({"kind": "date_range", "start": at(11), "end": at(12)}) == ([figures.a], [ca[4], ca[5]])
    assert resolve({"kind": "comment", "id": ca[6]}) == ([figures.a], [ca[6]])
    assert resolve({"kind": "tag", "id": figures.x}) == ([figures.a], ca[0:3])
    assert resolve({"kind": "tag", "id": figures.y}) == ([figures.a, figures.b], ca[0:2])  # B: tagged itself
    assert resolve({"kind": "tag", "id": figures.z}) == ([figures.a, figures.b], [ca[3], figures.cb[1]])
    pair = sorted([figures.x, figures.y])
    assert resolve({"kind": "tags", "ids": pair, "on": "comment"}) == ([figures.a], ca[0:2])
    yz = sorted([figures.y, figures.z])
    assert resolve({"kind": "tags", "ids": yz, "on": "article"}) == (
        [figures.a, figures.b], [ca[0], ca[1], ca[3], figures.cb[1]])
    assert resolve({"kind": "tags", "ids": yz, "on": "article", "article_id": figures.b}) == (
        [figures.b], [figures.cb[1]])
    assert resolve({"kind": "thread_size", "min": 2, "max": 5}) == ([figures.b], [])
    assert resolve({"kind": "thread_size", "min": 0, "max": 0}) == ([figures.c], [])
    assert resolve({"kind": "thread_size", "min": 6, "max": None}) == ([figures.a, figures.e], [])
    assert resolve({"kind": "article", "id": figures.b}) == ([figures.b], figures.cb)
    with pytest.raises(ValueError):
        resolve({"kind": "mood"})


def test_every_series_filter_resolves_to_what_it_counts(library: Library, figures: Figures) -> None:
    """A bar's count equals the comments (or articles) its filter finds."""
    db = library.db
    for scope in ({}, {"article_id": figures.a}):
        data = metrics.insight(db, **scope)
        for hour in data.by_hour:
            assert len(metrics.resolve_filter(db, hour.filter).comment_ids) == hour.comments
        for bucket in data.over_time.buckets:
            assert len(metrics.resolve_filter(db, bucket.filter).comment_ids) == bucket.comments
        for depth in data.depths:
            assert len(metrics.resolve_filter(db, depth.filter).comment_ids) == depth.comments
        for person in data.commenters:
            assert len(metrics.resolve_filter(db, person.filter).comment_ids) == person.comments
        for tag in data.tags:
            assert len(metrics.resolve_filter(db, tag.filter).comment_ids) == tag.comments
        matrix = data.co_comments
        for row in range(len(matrix.tags)):
            for column in range(len(matrix.tags)):
                found = metrics.resolve_filter(db, matrix.filter(row, column)).comment_ids
                assert len(found) == matrix.counts[row][column]
    whole = metrics.insight(db)
    for size in whole.thread_sizes:
        assert len(metrics.resolve_filter(db, size.filter).article_ids) == size.articles
    for tag in whole.tags:
        assert len(metrics.resolve_filter(db, tag.filter).article_ids) == tag.articles
    matrix = whole.co_articles
    for row in range(len(matrix.tags)):
        for column in range(len(matrix.tags)):
            assert len(metrics.resolve_filter(db, matrix.filter(row, column)).article_ids) == matrix.counts[row][column]


def test_the_insight_data_generator_makes_a_library_the_metrics_read(tmp_path: Path) -> None:
    from benchmarks.insight_data import generate

    path = tmp_path / "generated.glossa"
    generate(path, comments=2_000, articles=200, seed=3, index=False)
    library = Library.open(path)
    try:
        data = metrics.insight(library.db)
        assert data.totals is not None and (data.totals.articles, data.totals.comments) == (200, 2_000)
        assert data.totals.max_depth >= 3 and data.totals.tagged_comments > 0
        assert data.co_comments.tags and data.over_time.unit == "week"
        assert sum(a.comments for a in metrics.article_metrics(library.db).values()) == 2_000
    finally:
        library.close()
