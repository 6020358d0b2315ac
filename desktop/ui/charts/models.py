"""Chart models: what each chart draws, as plain Python built from desktop.store.metrics.

No Qt here, so the figures, labels, tooltips, filters and CSV rows of every chart are tested
without rendering anything. The widgets (chart_view.py, heatmap.py) only draw a model and report
the element under the mouse; the element's `filter` is what a click emits (see the store's
metrics module for the filter dicts)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.store.metrics import (
    ArticleCount,
    ArticleMetrics,
    AuthorSummary,
    CommenterCount,
    DepthCount,
    HourCount,
    Insight,
    LibraryTotals,
    SizeBucket,
    TagFrequency,
    TagMatrix,
    TimeSeries,
    human_duration,
)

Filter = dict[str, Any]
MAX_LABEL = 26  # characters of a category label; the tooltip has the whole text
TOP_TAGS = 15
UNIT_NAMES = {"hour": "hour", "day": "day", "week": "week", "month": "month"}


def plural(number: float, word: str, words: str | None = None) -> str:
    return f"{number:,} {word if number == 1 else (words or word + 's')}"


def elide(text: str, limit: int = MAX_LABEL) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def unique_labels(labels: Sequence[str]) -> list[str]:
    """Category axes need distinct labels: a repeated one gets " (2)", " (3)" ..."""
    seen: dict[str, int] = {}
    result = []
    for label in labels:
        count = seen.get(label, 0) + 1
        seen[label] = count
        result.append(label if count == 1 else f"{label} ({count})")
    return result


@dataclass(frozen=True)
class Bar:
    value: float
    tooltip: str
    filter: Filter | None


@dataclass(frozen=True)
class BarSeriesModel:
    name: str
    bars: list[Bar]  # one per category
    role: int = 0  # which palette colour: 0 the accent, 1 the second accent


@dataclass(frozen=True)
class BarChartModel:
    key: str  # stable, for file names and tests
    title: str
    categories: list[str]  # distinct axis labels
    series: list[BarSeriesModel]
    category_title: str
    value_title: str
    horizontal: bool = False  # categories down the side, first at the top
    empty_text: str = "No data"
    note: str = ""  # shown under the title: what is left out, what the numbers mean
    show_values: bool = False  # values printed at the bars
    csv_header: list[str] = field(default_factory=list)
    csv_body: list[list[Any]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.categories or all(bar.value == 0 for s in self.series for bar in s.bars)

    @property
    def max_value(self) -> float:
        return max((bar.value for s in self.series for bar in s.bars), default=0)

    def bar(self, series: int, index: int) -> Bar:
        return self.series[series].bars[index]

    def csv_rows(self) -> list[list[Any]]:
        if self.csv_header:
            return [self.csv_header, *self.csv_body]
        header = [self.category_title, *(s.name for s in self.series)]
        rows = [[c, *(s.bars[i].value for s in self.series)] for i, c in enumerate(self.categories)]
        return [header, *rows]


@dataclass(frozen=True)
class TimePoint:
    start: datetime
    end: datetime
    value: int
    tooltip: str
    filter: Filter


@dataclass(frozen=True)
class TimeChartModel:
    key: str
    title: str
    unit: str
    points: list[TimePoint]
    value_title: str
    empty_text: str = "No comment has a time"
    note: str = ""
    labels: list[str] = field(default_factory=list)  # axis label of each bucket's start

    @property
    def is_empty(self) -> bool:
        return not self.points or all(p.value == 0 for p in self.points)

    @property
    def max_value(self) -> int:
        return max((p.value for p in self.points), default=0)

    def point_at(self, moment: datetime) -> int | None:
        """The index of the bucket holding `moment`, None outside the series."""
        low, high = 0, len(self.points)
        while low < high:
            middle = (low + high) // 2
            if self.points[middle].end <= moment:
                low = middle + 1
            else:
                high = middle
        if low < len(self.points) and self.points[low].start <= moment:
            return low
        return None

    def csv_rows(self) -> list[list[Any]]:
        header = [f"{self.unit} start", f"{self.unit} end", "comments"]
        return [header, *([_stamp(p.start), _stamp(p.end), p.value] for p in self.points)]


@dataclass(frozen=True)
class HeatCell:
    value: int
    tooltip: str
    filter: Filter


@dataclass(frozen=True)
class HeatmapModel:
    key: str
    title: str
    labels: list[str]  # the same tags down the side and across the top
    full_labels: list[str]
    colors: list[str]  # each tag's own colour, for the swatch beside its label
    cells: list[list[HeatCell]]
    empty_text: str = "No two tags occur together yet"
    note: str = ""

    @property
    def is_empty(self) -> bool:
        size = len(self.labels)
        return not any(self.cells[r][c].value for r in range(size) for c in range(size) if r != c)

    @property
    def max_off_diagonal(self) -> int:
        size = len(self.labels)
        return max((self.cells[r][c].value for r in range(size) for c in range(size) if r != c), default=0)

    def csv_rows(self) -> list[list[Any]]:
        rows = zip(self.full_labels, self.cells, strict=True)
        return [["tag", *self.full_labels], *([label, *(cell.value for cell in row)] for label, row in rows)]


ChartModel = BarChartModel | TimeChartModel | HeatmapModel


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


# --- builders ---------------------------------------------------------------------------------------


def _bucket_name(start: datetime, unit: str) -> str:
    if unit == "hour":
        return f"{start:%a %d %b %Y, %H:00}–{(start.hour + 1) % 24:02d}:00"
    if unit == "day":
        return f"{start:%a %d %b %Y}"
    if unit == "week":
        return f"Week of {start:%d %b %Y}"
    return f"{start:%B %Y}"


def over_time_chart(series: TimeSeries, key: str = "over_time", subject: str = "") -> TimeChartModel:
    points = [
        TimePoint(b.start, b.end, b.comments, f"{_bucket_name(b.start, series.unit)}\n{plural(b.comments, 'comment')}",
                  b.filter)
        for b in series.buckets
    ]
    notes = []
    buckets = series.buckets
    if series.unit == "hour" and buckets and buckets[0].start.date() == buckets[-1].start.date():
        notes.append(f"{buckets[0].start:%a %d %b %Y}")  # the axis shows only the hours
    if series.undated:
        notes.append(f"{plural(series.undated, 'comment')} without a time left out")
    note = " · ".join(notes)
    title = f"Comments per {UNIT_NAMES[series.unit]}" + (f" — {subject}" if subject else "")
    empty = "No comment has a time" if series.undated else "No comments"
    labels = time_labels([b.start for b in series.buckets], series.unit)
    return TimeChartModel(key, title, series.unit, points, "comments", empty_text=empty, note=note, labels=labels)


def time_labels(starts: Sequence[datetime], unit: str) -> list[str]:
    """Short axis labels for bucket starts: the year only when the series spans several, the day
    only when an hourly series spans several."""
    if not starts:
        return []
    years = starts[0].year != starts[-1].year
    if unit == "month":
        return [f"{s:%b %Y}" for s in starts]
    if unit == "hour":
        days = starts[0].date() != starts[-1].date()
        return [f"{s:%d %b %H:%M}" if days else f"{s:%H:%M}" for s in starts]
    return [f"{s:%d %b %Y}" if years else f"{s:%d %b}" for s in starts]


def hour_chart(hours: Sequence[HourCount], undated: int = 0) -> BarChartModel:
    total = sum(h.comments for h in hours)
    bars = [
        Bar(h.comments, f"{h.hour:02d}:00–{h.hour:02d}:59\n{plural(h.comments, 'comment')}"
            + (f" ({h.comments / total:.1%})" if total else ""), h.filter)
        for h in hours
    ]
    return BarChartModel(
        "by_hour", "Activity by hour of day", [f"{h.hour:02d}" for h in hours],
        [BarSeriesModel("comments", bars)], "hour", "comments", note="local time as printed",
        empty_text="No comment has a time" if undated else "No comments",
    )


def commenters_chart(commenters: Sequence[CommenterCount], title: str = "Top commenters") -> BarChartModel:
    labels = unique_labels([elide(c.handle, 20) for c in commenters])
    bars = [Bar(c.comments, f"{c.handle}\n{plural(c.comments, 'comment')} ({c.share:.1%})", c.filter)
            for c in commenters]
    return BarChartModel(
        "commenters", title, labels, [BarSeriesModel("comments", bars)], "commenter", "comments",
        horizontal=True, show_values=True, empty_text="No comments",
        csv_header=["author id", "handle", "comments", "share"],
        csv_body=[[c.author_id, c.handle, c.comments, round(c.share, 4)] for c in commenters],
    )


def articles_chart(articles: Sequence[ArticleCount], title: str = "Most discussed articles") -> BarChartModel:
    labels = unique_labels([elide(a.title or f"Article {a.article_id}") for a in articles])
    bars = [Bar(a.comments, f"{a.title}\n{plural(a.comments, 'comment')}", a.filter) for a in articles]
    return BarChartModel(
        "articles", title, labels, [BarSeriesModel("comments", bars)], "article", "comments",
        horizontal=True, show_values=True, empty_text="No comments",
        csv_header=["article id", "title", "comments"],
        csv_body=[[a.article_id, a.title, a.comments] for a in articles],
    )


def thread_size_chart(buckets: Sequence[SizeBucket]) -> BarChartModel:
    total = sum(b.articles for b in buckets)
    bars = [
        Bar(b.articles, f"{plural(b.articles, 'article')} with {b.label} comments"
            + (f" ({b.articles / total:.1%})" if total else ""), b.filter)
        for b in buckets
    ]
    return BarChartModel(
        "thread_sizes", "Threads by size", [b.label for b in buckets], [BarSeriesModel("articles", bars)],
        "comments in the thread", "articles", show_values=True, empty_text="No articles",
    )


def depth_chart(depths: Sequence[DepthCount]) -> BarChartModel:
    total = sum(d.comments for d in depths)
    labels = [f"{d.depth}+" if d.or_deeper else str(d.depth) for d in depths]

    def tip(d: DepthCount) -> str:
        where = "top level" if d.depth == 1 else f"depth {d.depth}{' and deeper' if d.or_deeper else ''}"
        share = f" ({d.comments / total:.1%})" if total else ""
        return f"{where}\n{plural(d.comments, 'comment')}{share}"

    bars = [Bar(d.comments, tip(d), d.filter) for d in depths]
    return BarChartModel(
        "depths", "Thread depth", labels, [BarSeriesModel("comments", bars)], "depth (1 = top level)", "comments",
        show_values=len(depths) <= 12, empty_text="No comments",
    )


def tags_chart(tags: Sequence[TagFrequency], with_articles: bool = True) -> BarChartModel:
    shown = list(tags[:TOP_TAGS])
    labels = unique_labels([elide(t.path) for t in shown])
    series = [BarSeriesModel("comments", [
        Bar(t.comments, f"{t.path}\non {plural(t.comments, 'comment')}", t.filter) for t in shown
    ])]
    if with_articles:
        series.append(BarSeriesModel("articles", [
            Bar(t.articles, f"{t.path}\nin {plural(t.articles, 'article')}", t.filter) for t in shown
        ], role=1))
    note = f"the {len(shown)} most used of {len(tags)} tags" if len(tags) > len(shown) else ""
    return BarChartModel(
        "tags", "Tag frequencies", labels, series, "tag", "count" if with_articles else "comments",
        horizontal=True, note=note,
        show_values=not with_articles, empty_text="No tags used yet",
        csv_header=["tag id", "tag", "comments", "articles"],
        csv_body=[[t.tag_id, t.path, t.comments, t.articles] for t in tags],
    )


def cooccurrence_chart(matrix: TagMatrix) -> HeatmapModel:
    where = "the same comment" if matrix.on == "comment" else "the same article"
    paths = [t.path for t in matrix.tags]
    cells = []
    for r, row in enumerate(matrix.counts):
        line = []
        for c, value in enumerate(row):
            if r == c:
                tip = f"{paths[r]}\non {plural(value, matrix.on)}"
            else:
                tip = f"{paths[r]} + {paths[c]}\ntogether on {plural(value, matrix.on)}"
            line.append(HeatCell(value, tip, matrix.filter(r, c)))
        cells.append(line)
    return HeatmapModel(
        f"co_{matrix.on}s", f"Tags on {where}", [elide(p, 22) for p in paths], paths,
        [t.color for t in matrix.tags], cells,
        note="diagonal: how often each tag occurs" + (
            f"; the {len(paths)} most used of {matrix.used_tags} tags" if matrix.used_tags > len(paths) else ""),
        empty_text="No two tags occur together yet",
    )


def charts_for(insight: Insight) -> list[ChartModel]:
    """The dashboard's charts for the insight's scope, in the order they are laid out."""
    charts: list[ChartModel] = [over_time_chart(insight.over_time),
                                hour_chart(insight.by_hour, insight.over_time.undated)]
    if insight.author_id is not None:
        charts += [articles_chart(insight.articles, "Articles commented on most"), depth_chart(insight.depths),
                   tags_chart(insight.tags, with_articles=False), cooccurrence_chart(insight.co_comments)]
        return charts
    charts.append(commenters_chart(insight.commenters))
    if insight.article_id is None:
        charts += [thread_size_chart(insight.thread_sizes), articles_chart(insight.articles)]
    charts.append(depth_chart(insight.depths))
    charts.append(tags_chart(insight.tags, with_articles=insight.article_id is None))
    charts.append(cooccurrence_chart(insight.co_comments))
    if insight.article_id is None:
        charts.append(cooccurrence_chart(insight.co_articles))
    return charts


# --- figures for headers --------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One figure of a metrics header: the text shown and what it means in full."""

    text: str
    tooltip: str
    key: str


def thread_figures(metrics: ArticleMetrics) -> list[Figure]:
    """The one-line summary of a thread, most-replied comment excluded (it is a link)."""
    m = metrics
    if not m.comments:
        return [Figure("No comments", "This article has no comments in the library", "comments")]
    figures = [
        Figure(plural(m.comments, "comment"), "Comments in the thread", "comments"),
        Figure(plural(m.participants, "person", "people"), "Different commenters", "participants"),
        Figure(plural(m.replies, "reply", "replies"), "Comments that answer another comment", "replies"),
        Figure(f"depth {m.max_depth}", "The deepest reply (1 = top-level comments only)", "max_depth"),
    ]
    delay, source = m.time_to_first, m.time_to_first_from
    if delay is not None and source == "published":
        figures.append(Figure(f"first comment after {human_duration(delay)}",
                              "From the article's published time to its first comment", "time_to_first"))
    elif delay is not None:
        figures.append(Figure(f"first reply after {human_duration(delay)}",
                              "From the first comment to the first reply (the article's published time is not known)",
                              "time_to_first"))
    if m.duration is not None and m.comments > 1:
        figures.append(Figure(f"lasted {human_duration(m.duration)}",
                              "From the first comment to the last", "duration"))
    share = m.top3_share
    if share is not None and m.participants > 3:
        figures.append(Figure(f"top 3 wrote {share:.0%}",
                              "Share of the comments written by the three most active commenters", "top3_share"))
    return figures


def library_figures(totals: LibraryTotals) -> list[Figure]:
    t = totals
    figures = [
        Figure(plural(t.articles, "article"), f"{t.commented_articles:,} of them with comments", "articles"),
        Figure(plural(t.comments, "comment"), f"{t.replies:,} of them replies", "comments"),
    ]
    if not t.comments:
        return figures
    figures += [
        Figure(plural(t.participants, "commenter"), "Different commenters", "participants"),
        Figure(f"median thread {t.median_thread:g}", f"Comments per article with comments; the largest has "
               f"{t.largest_thread:,}", "median_thread"),
        Figure(f"depth {t.max_depth}", "The deepest reply in the library", "max_depth"),
    ]
    if t.first_comment and t.last_comment:
        figures.append(Figure(f"{t.first_comment:%d %b %Y} – {t.last_comment:%d %b %Y}",
                              "The first and the last comment", "period"))
    if t.tags:
        figures.append(Figure(f"{t.tagged_comments:,} tagged comments",
                              f"{t.tags:,} tags; {t.tagged_articles:,} articles carry a tag; "
                              f"{t.highlights:,} highlights", "tagged"))
    return figures


def author_figures(author: AuthorSummary) -> list[Figure]:
    a = author
    figures = [
        Figure(plural(a.comments, "comment"), "Comments by this commenter", "comments"),
        Figure(plural(a.articles, "article"), "Articles they commented on", "articles"),
        Figure(plural(a.replies, "reply", "replies"), "Their comments that answer another comment", "replies"),
        Figure(f"{a.replies_received:,} answers received", "Comments answering theirs", "replies_received"),
    ]
    if a.first_comment and a.last_comment:
        figures.append(Figure(f"{a.first_comment:%d %b %Y} – {a.last_comment:%d %b %Y}",
                              "Their first and last comment", "period"))
    return figures


def most_replied_text(metrics: ArticleMetrics) -> str:
    """'handle (9 replies)' for the most-replied comment, '' when no comment has a reply."""
    most = metrics.most_replied
    if most is None:
        return ""
    return f"{most.handle} ({plural(most.replies, 'reply', 'replies')})"
