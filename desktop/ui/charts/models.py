"""Chart models: what each chart draws, as plain Python built from desktop.store.metrics.

No Qt here, so the figures, labels, tooltips, filters and CSV rows of every chart are tested
without rendering anything. The widgets (chart_view.py, heatmap.py) only draw a model and report
the element under the mouse; the element's `filter` is what a click emits (see the store's
metrics module for the filter dicts).

Texts are desktop.texts' Texts, in English (the CSV files keep English headers); the panels show a
model through i18n.translated_fields, in the UI's language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from desktop.durations import human_duration
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
)
from desktop.texts import PLURAL, QT_TRANSLATE_NOOP, joined

Filter = dict[str, Any]
MAX_LABEL = 26  # characters of a category label; the tooltip has the whole text
TOP_TAGS = 15
TITLES = {
    "hour": QT_TRANSLATE_NOOP("Charts", "Comments per hour"),
    "day": QT_TRANSLATE_NOOP("Charts", "Comments per day"),
    "week": QT_TRANSLATE_NOOP("Charts", "Comments per week"),
    "month": QT_TRANSLATE_NOOP("Charts", "Comments per month"),
}
NO_COMMENTS = QT_TRANSLATE_NOOP("Charts", "No comments")
NO_TIME = QT_TRANSLATE_NOOP("Charts", "No comment has a time")
NOT_TOGETHER = QT_TRANSLATE_NOOP("Charts", "No two tags occur together yet")
COMMENTS = QT_TRANSLATE_NOOP("Charts", "comments", "an axis, a series")
ARTICLES = QT_TRANSLATE_NOOP("Charts", "articles", "an axis, a series")


# Counts (the count is passed as a plain name: see desktop/texts.py).
def comments(count: int) -> str:
    return QT_TRANSLATE_NOOP("Charts", "%Ln comment(s)", None, PLURAL, count)


def articles(count: int) -> str:
    return QT_TRANSLATE_NOOP("Charts", "%Ln article(s)", None, PLURAL, count)


def _with_share(count: str, part: int, total: int) -> str:
    """ "4 comments (50.0%)"; the count alone when there is no total."""
    if not total:
        return count
    return QT_TRANSLATE_NOOP("Charts", "{count} ({share:.1%})").format(count=count, share=part / total)


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
    empty_text: str = QT_TRANSLATE_NOOP("Charts", "No data")
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
    empty_text: str = NO_TIME
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
    empty_text: str = NOT_TOGETHER
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


# Dates are arguments with strftime codes: the UI writes them with the locale's names of days and
# months (see i18n.translated); a translation may reorder the codes.
def _day(start: datetime) -> str:
    return QT_TRANSLATE_NOOP("Charts", "{day:%a %d %b %Y}", "a date, in strftime codes").format(day=start)


def _bucket_name(start: datetime, unit: str) -> str:
    if unit == "hour":
        return QT_TRANSLATE_NOOP(
            "Charts", "{start:%a %d %b %Y, %H:00}–{end:%H:00}", "an hour, in strftime codes").format(
            start=start, end=start + timedelta(hours=1))
    if unit == "day":
        return _day(start)
    if unit == "week":
        return QT_TRANSLATE_NOOP("Charts", "Week of {day:%d %b %Y}").format(day=start)
    return QT_TRANSLATE_NOOP("Charts", "{month:%B %Y}", "a month, in strftime codes").format(month=start)


def over_time_chart(series: TimeSeries, key: str = "over_time", subject: str = "") -> TimeChartModel:
    points = [
        TimePoint(b.start, b.end, b.comments, joined("\n", _bucket_name(b.start, series.unit), comments(b.comments)),
                  b.filter)
        for b in series.buckets
    ]
    notes = []
    buckets = series.buckets
    if series.unit == "hour" and buckets and buckets[0].start.date() == buckets[-1].start.date():
        notes.append(_day(buckets[0].start))  # the axis shows only the hours
    if series.undated:
        undated = series.undated
        notes.append(QT_TRANSLATE_NOOP("Charts", "%Ln comment(s) without a time left out", None, PLURAL, undated))
    note = joined(" · ", *notes) if notes else ""
    title = joined(" — ", TITLES[series.unit], subject) if subject else TITLES[series.unit]
    empty = NO_TIME if series.undated else NO_COMMENTS
    labels = time_labels([b.start for b in series.buckets], series.unit)
    return TimeChartModel(key, title, series.unit, points, COMMENTS, empty_text=empty, note=note, labels=labels)


def time_labels(starts: Sequence[datetime], unit: str) -> list[str]:
    """Short axis labels for bucket starts: the year only when the series spans several, the day
    only when an hourly series spans several."""
    if not starts:
        return []
    years = starts[0].year != starts[-1].year
    if unit == "month":
        label = QT_TRANSLATE_NOOP("Charts", "{start:%b %Y}", "an axis label, in strftime codes")
    elif unit == "hour" and starts[0].date() != starts[-1].date():
        label = QT_TRANSLATE_NOOP("Charts", "{start:%d %b %H:%M}", "an axis label, in strftime codes")
    elif unit == "hour":
        label = QT_TRANSLATE_NOOP("Charts", "{start:%H:%M}", "an axis label, in strftime codes")
    elif years:
        label = QT_TRANSLATE_NOOP("Charts", "{start:%d %b %Y}", "an axis label, in strftime codes")
    else:
        label = QT_TRANSLATE_NOOP("Charts", "{start:%d %b}", "an axis label, in strftime codes")
    return [label.format(start=start) for start in starts]


def hour_chart(hours: Sequence[HourCount], undated: int = 0) -> BarChartModel:
    total = sum(h.comments for h in hours)
    bars = [
        Bar(h.comments, joined("\n", f"{h.hour:02d}:00–{h.hour:02d}:59", _with_share(comments(h.comments), h.comments,
                                                                                     total)), h.filter)
        for h in hours
    ]
    return BarChartModel(
        "by_hour", QT_TRANSLATE_NOOP("Charts", "Activity by hour of day"), [f"{h.hour:02d}" for h in hours],
        [BarSeriesModel(COMMENTS, bars)], QT_TRANSLATE_NOOP("Charts", "hour", "an axis"), COMMENTS,
        note=QT_TRANSLATE_NOOP("Charts", "local time as printed"), empty_text=NO_TIME if undated else NO_COMMENTS,
    )


def commenters_chart(commenters: Sequence[CommenterCount], title: str = "") -> BarChartModel:
    labels = unique_labels([elide(c.handle, 20) for c in commenters])
    bars = [Bar(c.comments, joined("\n", c.handle, QT_TRANSLATE_NOOP("Charts", "{count} ({share:.1%})").format(
        count=comments(c.comments), share=c.share)), c.filter) for c in commenters]
    return BarChartModel(
        "commenters", title or QT_TRANSLATE_NOOP("Charts", "Top commenters"), labels, [BarSeriesModel(COMMENTS, bars)],
        QT_TRANSLATE_NOOP("Charts", "commenter", "an axis"), COMMENTS,
        horizontal=True, show_values=True, empty_text=NO_COMMENTS,
        csv_header=["author id", "handle", "comments", "share"],
        csv_body=[[c.author_id, c.handle, c.comments, round(c.share, 4)] for c in commenters],
    )


def articles_chart(counts: Sequence[ArticleCount], title: str = "") -> BarChartModel:
    labels = unique_labels([
        elide(a.title or QT_TRANSLATE_NOOP("Charts", "Article {id}").format(id=a.article_id)) for a in counts])
    bars = [Bar(a.comments, joined("\n", a.title, comments(a.comments)), a.filter) for a in counts]
    return BarChartModel(
        "articles", title or QT_TRANSLATE_NOOP("Charts", "Most discussed articles"), labels,
        [BarSeriesModel(COMMENTS, bars)], QT_TRANSLATE_NOOP("Charts", "article", "an axis"), COMMENTS,
        horizontal=True, show_values=True, empty_text=NO_COMMENTS,
        csv_header=["article id", "title", "comments"],
        csv_body=[[a.article_id, a.title, a.comments] for a in counts],
    )


def thread_size_chart(buckets: Sequence[SizeBucket]) -> BarChartModel:
    total = sum(b.articles for b in buckets)

    def tip(b: SizeBucket) -> str:
        count = b.articles
        sized = QT_TRANSLATE_NOOP("Charts", "%Ln article(s) with {size} comments", None, PLURAL, count)
        return _with_share(sized.format(size=b.label), count, total)

    bars = [Bar(b.articles, tip(b), b.filter) for b in buckets]
    return BarChartModel(
        "thread_sizes", QT_TRANSLATE_NOOP("Charts", "Threads by size"), [b.label for b in buckets],
        [BarSeriesModel(ARTICLES, bars)], QT_TRANSLATE_NOOP("Charts", "comments in the thread", "an axis"), ARTICLES,
        show_values=True, empty_text=QT_TRANSLATE_NOOP("Charts", "No articles"),
    )


def depth_chart(depths: Sequence[DepthCount]) -> BarChartModel:
    total = sum(d.comments for d in depths)
    labels = [f"{d.depth}+" if d.or_deeper else str(d.depth) for d in depths]

    def tip(d: DepthCount) -> str:
        if d.depth == 1:
            where = QT_TRANSLATE_NOOP("Charts", "top level")
        elif d.or_deeper:
            where = QT_TRANSLATE_NOOP("Charts", "depth {depth} and deeper").format(depth=d.depth)
        else:
            where = QT_TRANSLATE_NOOP("Charts", "depth {depth}").format(depth=d.depth)
        return joined("\n", where, _with_share(comments(d.comments), d.comments, total))

    bars = [Bar(d.comments, tip(d), d.filter) for d in depths]
    return BarChartModel(
        "depths", QT_TRANSLATE_NOOP("Charts", "Thread depth"), labels, [BarSeriesModel(COMMENTS, bars)],
        QT_TRANSLATE_NOOP("Charts", "depth (1 = top level)", "an axis"), COMMENTS,
        show_values=len(depths) <= 12, empty_text=NO_COMMENTS,
    )


def tags_chart(tags: Sequence[TagFrequency], with_articles: bool = True) -> BarChartModel:
    shown = list(tags[:TOP_TAGS])
    labels = unique_labels([elide(t.path) for t in shown])
    on_comments = QT_TRANSLATE_NOOP("Charts", "on {count}", "on 3 comments")
    in_articles = QT_TRANSLATE_NOOP("Charts", "in {count}", "in 3 articles")
    series = [BarSeriesModel(COMMENTS, [
        Bar(t.comments, joined("\n", t.path, on_comments.format(count=comments(t.comments))), t.filter) for t in shown
    ])]
    if with_articles:
        series.append(BarSeriesModel(ARTICLES, [
            Bar(t.articles, joined("\n", t.path, in_articles.format(count=articles(t.articles))), t.filter)
            for t in shown
        ], role=1))
    note = _most_used(len(shown), len(tags)) if len(tags) > len(shown) else ""
    return BarChartModel(
        "tags", QT_TRANSLATE_NOOP("Charts", "Tag frequencies"), labels, series,
        QT_TRANSLATE_NOOP("Charts", "tag", "an axis"),
        QT_TRANSLATE_NOOP("Charts", "count", "an axis") if with_articles else COMMENTS,
        horizontal=True, note=note,
        show_values=not with_articles, empty_text=QT_TRANSLATE_NOOP("Charts", "No tags used yet"),
        csv_header=["tag id", "tag", "comments", "articles"],
        csv_body=[[t.tag_id, t.path, t.comments, t.articles] for t in tags],
    )


def _most_used(shown: int, total: int) -> str:
    return QT_TRANSLATE_NOOP("Charts", "the {shown} most used of %Ln tag(s)", None, PLURAL, total).format(shown=shown)


def cooccurrence_chart(matrix: TagMatrix) -> HeatmapModel:
    on_comments = matrix.on == "comment"
    paths = [t.path for t in matrix.tags]
    cells = []
    for r, row in enumerate(matrix.counts):
        line = []
        for c, value in enumerate(row):
            count = comments(value) if on_comments else articles(value)
            if r == c:
                tip = joined("\n", paths[r], QT_TRANSLATE_NOOP(
                    "Charts", "on {count}", "on 3 comments").format(count=count))
            else:
                tip = joined("\n", f"{paths[r]} + {paths[c]}",
                             QT_TRANSLATE_NOOP("Charts", "together on {count}").format(count=count))
            line.append(HeatCell(value, tip, matrix.filter(r, c)))
        cells.append(line)
    diagonal = QT_TRANSLATE_NOOP("Charts", "diagonal: how often each tag occurs")
    return HeatmapModel(
        f"co_{matrix.on}s",
        QT_TRANSLATE_NOOP("Charts", "Tags on the same comment") if on_comments
        else QT_TRANSLATE_NOOP("Charts", "Tags on the same article"),
        [elide(p, 22) for p in paths], paths, [t.color for t in matrix.tags], cells,
        note=joined("; ", diagonal, _most_used(len(paths), matrix.used_tags))
        if matrix.used_tags > len(paths) else diagonal,
        empty_text=NOT_TOGETHER,
    )


def charts_for(insight: Insight) -> list[ChartModel]:
    """The dashboard's charts for the insight's scope, in the order they are laid out."""
    charts: list[ChartModel] = [over_time_chart(insight.over_time),
                                hour_chart(insight.by_hour, insight.over_time.undated)]
    if insight.author_id is not None:
        charts += [articles_chart(insight.articles, QT_TRANSLATE_NOOP("Charts", "Articles commented on most")),
                   depth_chart(insight.depths),
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
        return [Figure(NO_COMMENTS, QT_TRANSLATE_NOOP("Charts", "This article has no comments in the library"),
                       "comments")]
    participants, replies = m.participants, m.replies
    figures = [
        Figure(comments(m.comments), QT_TRANSLATE_NOOP("Charts", "Comments in the thread"), "comments"),
        Figure(QT_TRANSLATE_NOOP("Charts", "%Ln (person|people)", None, PLURAL, participants),
               QT_TRANSLATE_NOOP("Charts", "Different commenters"), "participants"),
        Figure(_replies(replies), QT_TRANSLATE_NOOP("Charts", "Comments that answer another comment"), "replies"),
        Figure(_depth(m.max_depth), QT_TRANSLATE_NOOP("Charts", "The deepest reply (1 = top-level comments only)"),
               "max_depth"),
    ]
    delay, source = m.time_to_first, m.time_to_first_from
    if delay is not None and source == "published":
        figures.append(Figure(
            QT_TRANSLATE_NOOP("Charts", "first comment after {duration}").format(duration=human_duration(delay)),
            QT_TRANSLATE_NOOP("Charts", "From the article's published time to its first comment"), "time_to_first"))
    elif delay is not None:
        figures.append(Figure(
            QT_TRANSLATE_NOOP("Charts", "first reply after {duration}").format(duration=human_duration(delay)),
            QT_TRANSLATE_NOOP(
                "Charts", "From the first comment to the first reply (the article's published time is not known)"),
            "time_to_first"))
    if m.duration is not None and m.comments > 1:
        lasted = QT_TRANSLATE_NOOP("Charts", "lasted {duration}")
        figures.append(Figure(lasted.format(duration=human_duration(m.duration)),
                              QT_TRANSLATE_NOOP("Charts", "From the first comment to the last"), "duration"))
    share = m.top3_share
    if share is not None and m.participants > 3:
        figures.append(Figure(
            QT_TRANSLATE_NOOP("Charts", "top 3 wrote {share:.0%}").format(share=share),
            QT_TRANSLATE_NOOP("Charts", "Share of the comments written by the three most active commenters"),
            "top3_share"))
    return figures


def library_figures(totals: LibraryTotals) -> list[Figure]:
    t = totals
    figures = [
        Figure(articles(t.articles), QT_TRANSLATE_NOOP("Charts", "{count:,} of them with comments").format(
            count=t.commented_articles), "articles"),
        Figure(comments(t.comments), QT_TRANSLATE_NOOP("Charts", "{count:,} of them replies").format(count=t.replies),
               "comments"),
    ]
    if not t.comments:
        return figures
    participants, tags, tagged = t.participants, t.tags, t.tagged_comments
    figures += [
        Figure(QT_TRANSLATE_NOOP("Charts", "%Ln commenter(s)", None, PLURAL, participants),
               QT_TRANSLATE_NOOP("Charts", "Different commenters"), "participants"),
        Figure(QT_TRANSLATE_NOOP("Charts", "median thread {median:g}").format(median=t.median_thread),
               QT_TRANSLATE_NOOP("Charts", "Comments per article with comments; the largest has {count:,}").format(
                   count=t.largest_thread), "median_thread"),
        Figure(_depth(t.max_depth), QT_TRANSLATE_NOOP("Charts", "The deepest reply in the library"), "max_depth"),
    ]
    if t.first_comment and t.last_comment:
        figures.append(Figure(_period(t.first_comment, t.last_comment),
                              QT_TRANSLATE_NOOP("Charts", "The first and the last comment"), "period"))
    if t.tags:
        articles_tagged, highlights = t.tagged_articles, t.highlights
        figures.append(Figure(
            QT_TRANSLATE_NOOP("Charts", "%Ln tagged comment(s)", None, PLURAL, tagged),
            joined("; ", QT_TRANSLATE_NOOP("Charts", "%Ln tag(s)", None, PLURAL, tags),
                   QT_TRANSLATE_NOOP("Charts", "%Ln article(s) (carries|carry) a tag", None, PLURAL, articles_tagged),
                   QT_TRANSLATE_NOOP("Charts", "%Ln highlight(s)", None, PLURAL, highlights)),
            "tagged"))
    return figures


def author_figures(author: AuthorSummary) -> list[Figure]:
    a = author
    received = a.replies_received
    figures = [
        Figure(comments(a.comments), QT_TRANSLATE_NOOP("Charts", "Comments by this commenter"), "comments"),
        Figure(articles(a.articles), QT_TRANSLATE_NOOP("Charts", "Articles they commented on"), "articles"),
        Figure(_replies(a.replies), QT_TRANSLATE_NOOP("Charts", "Their comments that answer another comment"),
               "replies"),
        Figure(QT_TRANSLATE_NOOP("Charts", "%Ln answer(s) received", None, PLURAL, received),
               QT_TRANSLATE_NOOP("Charts", "Comments answering theirs"), "replies_received"),
    ]
    if a.first_comment and a.last_comment:
        figures.append(Figure(_period(a.first_comment, a.last_comment),
                              QT_TRANSLATE_NOOP("Charts", "Their first and last comment"), "period"))
    return figures


def most_replied_text(metrics: ArticleMetrics) -> str:
    """'handle (9 replies)' for the most-replied comment, '' when no comment has a reply."""
    most = metrics.most_replied
    if most is None:
        return ""
    return QT_TRANSLATE_NOOP("Charts", "{handle} ({replies})").format(
        handle=most.handle, replies=_replies(most.replies))


def _replies(count: int) -> str:
    return QT_TRANSLATE_NOOP("Charts", "%Ln (reply|replies)", None, PLURAL, count)


def _depth(depth: int) -> str:
    return QT_TRANSLATE_NOOP("Charts", "depth {depth}").format(depth=depth)


def _period(first: datetime, last: datetime) -> str:
    return QT_TRANSLATE_NOOP("Charts", "{first:%d %b %Y} – {last:%d %b %Y}", "two dates, in strftime codes").format(
        first=first, last=last)
