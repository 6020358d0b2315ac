"""Insight charts: models built from the hand-built threads of tests/store/test_metrics.py, clicks
that emit the filter of what was clicked, every chart rendered offscreen to PNG and SVG (any Qt
warning fails the test), CSV export, the palette followed, the dashboard computed off the GUI
thread, and the reading window's metrics bar."""

from __future__ import annotations

import csv
import threading
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.app import dark_palette, light_palette
from desktop.store import metrics
from desktop.store.db import Library
from desktop.ui.charts import dashboard as dashboard_module
from desktop.ui.charts import models as chart_models
from desktop.ui.charts.chart_view import ChartView, nice_axis
from desktop.ui.charts.dashboard import Dashboard
from desktop.ui.charts.export import defuse, save_csv
from desktop.ui.charts.heatmap import HeatmapView
from desktop.ui.charts.metrics_bar import ThreadMetricsBar
from desktop.ui.charts.models import BarChartModel, TimeChartModel
from desktop.ui.charts.panel import ChartPanel
from tests.store.test_metrics import DAY, Figures, at, build

# Hovering a chart shows a tooltip, and a tooltip raises its window, which the offscreen platform
# cannot do: a platform limitation, not a warning about this code. Every other warning still fails.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")


@pytest.fixture
def figures(library: Library) -> Figures:
    return build(library.db)


@pytest.fixture
def whole(library: Library, figures: Figures) -> metrics.Insight:
    return metrics.insight(library.db)


@pytest.fixture
def article_a(library: Library, figures: Figures) -> metrics.Insight:
    return metrics.insight(library.db, article_id=figures.a, unit="hour")


# --- chart models (no rendering) ---------------------------------------------------------------------


def test_hour_chart_model(article_a: metrics.Insight, figures: Figures) -> None:
    chart = chart_models.hour_chart(article_a.by_hour)
    assert chart.categories == [f"{h:02d}" for h in range(24)]
    values = [bar.value for bar in chart.series[0].bars]
    assert values[10] == 4 and values[21] == 1 and sum(values) == 8
    assert chart.bar(0, 10).tooltip == "10:00–10:59\n4 comments (50.0%)"
    assert chart.bar(0, 21).filter == {"kind": "hour", "value": 21, "article_id": figures.a}
    assert chart.csv_rows()[0] == ["hour", "comments"] and chart.csv_rows()[11] == ["10", 4]


def test_over_time_model(article_a: metrics.Insight, figures: Figures) -> None:
    chart = chart_models.over_time_chart(article_a.over_time)
    assert chart.title == "Comments per hour" and chart.unit == "hour"
    assert [p.value for p in chart.points] == [4, 2, 1] + [0] * 8 + [1]
    assert chart.note == "Fri 01 Mar 2024 · 1 comment without a time left out"
    assert chart.labels[:2] == ["10:00", "11:00"]
    assert chart.points[0].tooltip == "Fri 01 Mar 2024, 10:00–11:00\n4 comments"
    assert chart.points[0].filter == {"kind": "date_range", "start": at(10), "end": at(11), "article_id": figures.a}
    assert chart.point_at(at(10, 59)) == 0 and chart.point_at(at(21, 30)) == 11
    assert chart.point_at(at(9, 59)) is None and chart.point_at(at(22)) is None
    assert chart.csv_rows()[1] == ["2024-03-01 10:00", "2024-03-01 11:00", 4]


def test_commenters_depth_and_size_models(whole: metrics.Insight, article_a: metrics.Insight) -> None:
    people = chart_models.commenters_chart(article_a.commenters)
    assert people.horizontal and people.categories[:2] == ["alice", "bob"]
    assert people.bar(0, 0).tooltip == "alice\n3 comments (33.3%)"
    assert people.csv_rows()[1] == [people.bar(0, 0).filter["id"], "alice", 3, 0.3333]  # type: ignore[index]
    depth = chart_models.depth_chart(article_a.depths)
    assert depth.categories == ["1", "2", "3", "4"] and [b.value for b in depth.series[0].bars] == [3, 4, 1, 1]
    assert depth.bar(0, 0).tooltip == "top level\n3 comments (33.3%)"
    sizes = chart_models.thread_size_chart(whole.thread_sizes)
    assert sizes.categories[:4] == ["0", "1", "2–5", "6–20"]
    assert sizes.bar(0, 3).tooltip == "2 articles with 6–20 comments (40.0%)"
    assert sizes.bar(0, 3).filter == {"kind": "thread_size", "min": 6, "max": 20}


def test_tag_models(whole: metrics.Insight, figures: Figures) -> None:
    tags = chart_models.tags_chart(whole.tags)
    assert tags.categories == ["x", "y", "z/child"]
    assert [s.name for s in tags.series] == ["comments", "articles"]
    assert tags.bar(1, 1).tooltip == "y\nin 2 articles" and tags.bar(1, 1).filter == {"kind": "tag", "id": figures.y}
    heat = chart_models.cooccurrence_chart(whole.co_comments)
    assert heat.title == "Tags on the same comment" and heat.labels == ["x", "y", "z/child"]
    assert heat.cells[0][1].value == 2 and heat.cells[0][1].tooltip == "x + y\ntogether on 2 comments"
    assert heat.cells[0][1].filter == {"kind": "tags", "ids": sorted([figures.x, figures.y]), "on": "comment"}
    assert heat.cells[2][2].filter == {"kind": "tag", "id": figures.z} and heat.max_off_diagonal == 2
    assert heat.csv_rows() == [["tag", "x", "y", "z/child"], ["x", 3, 2, 0], ["y", 2, 2, 0], ["z/child", 0, 0, 2]]
    articles = chart_models.cooccurrence_chart(whole.co_articles)
    assert articles.key == "co_articles" and articles.cells[1][2].value == 2


def test_long_and_repeated_labels_are_shortened_and_kept_apart() -> None:
    same = [metrics.ArticleCount(i, "A very long title that goes on and on and on", 5 - i, {}) for i in range(3)]
    chart = chart_models.articles_chart(same)
    assert len(set(chart.categories)) == 3
    assert chart.categories[0].endswith("…") and chart.categories[1].endswith("(2)")
    assert chart.bar(0, 0).tooltip.startswith("A very long title that goes on and on and on")


def test_charts_for_each_scope(whole: metrics.Insight, article_a: metrics.Insight, library: Library) -> None:
    assert [c.key for c in chart_models.charts_for(whole)] == [
        "over_time", "by_hour", "commenters", "thread_sizes", "articles", "depths", "tags", "co_comments",
        "co_articles"]
    assert [c.key for c in chart_models.charts_for(article_a)] == [
        "over_time", "by_hour", "commenters", "depths", "tags", "co_comments"]
    author = metrics.insight(library.db, author_id=article_a.commenters[0].author_id)
    assert [c.key for c in chart_models.charts_for(author)] == [
        "over_time", "by_hour", "articles", "depths", "tags", "co_comments"]


def test_empty_library_models_say_so(library: Library) -> None:
    charts = chart_models.charts_for(metrics.insight(library.db))
    assert all(chart.is_empty for chart in charts)
    assert {chart.key: chart.empty_text for chart in charts}["over_time"] == "No comments"


def test_thread_figures(library: Library, figures: Figures) -> None:
    a = metrics.one_article_metrics(library.db, figures.a)
    assert a is not None
    assert [f.text for f in chart_models.thread_figures(a)] == [
        "9 comments", "6 people", "6 replies", "depth 4", "first comment after 1 h", "lasted 11 h 15 min",
        "top 3 wrote 67%"]
    assert chart_models.most_replied_text(a) == "alice (3 replies)"
    b = metrics.one_article_metrics(library.db, figures.b)
    assert b is not None
    assert "first reply after 45 min" in [f.text for f in chart_models.thread_figures(b)]
    c = metrics.one_article_metrics(library.db, figures.c)
    assert c is not None and [f.text for f in chart_models.thread_figures(c)] == ["No comments"]


def test_time_labels() -> None:
    two_days = [datetime(2024, 3, 1, 23), datetime(2024, 3, 2, 0)]
    assert chart_models.time_labels(two_days, "hour") == ["01 Mar 23:00", "02 Mar 00:00"]
    assert chart_models.time_labels([datetime(2023, 12, 25), datetime(2024, 1, 1)], "week") == [
        "25 Dec 2023", "01 Jan 2024"]
    assert chart_models.time_labels([datetime(2024, 1, 1), datetime(2024, 1, 2)], "day") == ["01 Jan", "02 Jan"]
    assert chart_models.time_labels([datetime(2024, 1, 1)], "month") == ["Jan 2024"]


def test_nice_axis_uses_whole_steps() -> None:
    for maximum in (0, 1, 3, 7, 8, 36, 99, 13_669, 58_446):
        top, ticks = nice_axis(maximum)
        step = top / (ticks - 1)
        assert top >= maximum and step == int(step) and ticks <= 7


# --- clicks emit filters ------------------------------------------------------------------------------


def shown_view(qtbot: Any, model: BarChartModel | TimeChartModel) -> ChartView:
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(520, 340)
    view.set_model(model)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize("index", [10, 21])
def test_clicking_a_bar_emits_its_filter(qtbot: Any, article_a: metrics.Insight, figures: Figures, index: int) -> None:
    view = shown_view(qtbot, chart_models.hour_chart(article_a.by_hour))
    with qtbot.waitSignal(view.filter_requested, timeout=2000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.element_position(0, index))
    assert blocker.args == [{"kind": "hour", "value": index, "article_id": figures.a}]


def test_clicking_a_horizontal_bar_emits_its_filter(qtbot: Any, whole: metrics.Insight) -> None:
    chart = chart_models.commenters_chart(whole.commenters)
    view = shown_view(qtbot, chart)
    with qtbot.waitSignal(view.filter_requested, timeout=2000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.element_position(0, 1))
    assert blocker.args == [{"kind": "author", "id": whole.commenters[1].author_id}]


def test_clicking_the_second_bar_set_emits_its_filter(qtbot: Any, whole: metrics.Insight, figures: Figures) -> None:
    view = shown_view(qtbot, chart_models.tags_chart(whole.tags))
    with qtbot.waitSignal(view.filter_requested, timeout=2000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.element_position(1, 2))
    assert blocker.args == [{"kind": "tag", "id": figures.z}]


def test_clicking_a_time_bucket_emits_its_date_range(qtbot: Any, article_a: metrics.Insight, figures: Figures) -> None:
    view = shown_view(qtbot, chart_models.over_time_chart(article_a.over_time))
    with qtbot.waitSignal(view.filter_requested, timeout=2000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.element_position(0, 1))
    assert blocker.args == [{"kind": "date_range", "start": at(11), "end": at(12), "article_id": figures.a}]
    with qtbot.assertNotEmitted(view.filter_requested, wait=50):  # an empty hour: nothing to filter
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.element_position(0, 5))


def test_clicking_a_heatmap_cell_emits_its_filter(qtbot: Any, whole: metrics.Insight, figures: Figures) -> None:
    view = HeatmapView()
    qtbot.addWidget(view)
    view.resize(460, 380)
    view.set_model(chart_models.cooccurrence_chart(whole.co_comments))
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.filter_requested, timeout=2000) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.cell_rect(1, 0).center())
    assert blocker.args == [{"kind": "tags", "ids": sorted([figures.x, figures.y]), "on": "comment"}]
    with qtbot.assertNotEmitted(view.filter_requested, wait=50):  # x and z never meet
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.cell_rect(0, 2).center())
    assert view.cell_at(QPoint(1, 1)) is None


def test_hovering_shows_the_value(qtbot: Any, article_a: metrics.Insight, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("desktop.ui.charts.chart_view.QToolTip.showText", lambda _pos, text, *_: shown.append(text))
    view = shown_view(qtbot, chart_models.over_time_chart(article_a.over_time))
    qtbot.mouseMove(view.viewport(), view.element_position(0, 0))
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[-1] == "Fri 01 Mar 2024, 10:00–11:00\n4 comments"
    bars = shown_view(qtbot, chart_models.hour_chart(article_a.by_hour))
    bar_set = bars.chart().series()[0].barSets()[0]
    bar_set.hovered.emit(True, 10)  # what QtCharts emits when the mouse enters the bar
    assert shown[-1] == "10:00–10:59\n4 comments (50.0%)"


def _tooltip_event(view: ChartView, position: QPoint) -> None:
    """What Qt sends when the mouse rests on the chart: the chart answers it, nothing else hides the text."""
    global_position = view.viewport().mapToGlobal(position)
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, position, global_position))


@pytest.mark.parametrize(("chart", "series", "index"),
                         [("commenters", 0, 1), ("by_hour", 0, 10), ("over_time", 0, 1), ("tags", 1, 2)])
def test_a_resting_mouse_keeps_the_tooltip(qtbot: Any, whole: metrics.Insight, article_a: metrics.Insight,
                                           chart: str, series: int, index: int) -> None:
    model = {"commenters": lambda: chart_models.commenters_chart(whole.commenters),
             "by_hour": lambda: chart_models.hour_chart(article_a.by_hour),
             "over_time": lambda: chart_models.over_time_chart(article_a.over_time),
             "tags": lambda: chart_models.tags_chart(whole.tags)}[chart]()
    view = shown_view(qtbot, model)
    expected = model.points[index].tooltip if isinstance(model, TimeChartModel) else model.bar(series, index).tooltip
    _tooltip_event(view, view.element_position(series, index))
    assert QToolTip.isVisible() and QToolTip.text() == expected
    _tooltip_event(view, QPoint(2, 2))  # off the bars: no tooltip
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_every_top_commenter_is_labelled(qtbot: Any, dashboard: Dashboard) -> None:
    dashboard.show_library()
    qtbot.waitUntil(lambda: not dashboard.computing, timeout=5000)
    panel = dashboard.panels()["commenters"]
    view = panel.chart_view
    model = view.model()
    assert isinstance(model, BarChartModel) and len(model.categories) == 12
    QApplication.processEvents()
    axis = view._category_axis
    assert axis is not None and len(axis.categoriesLabels()) == len(model.categories)
    metrics = QFontMetrics(view._fonts()[0])
    line = metrics.height()
    assert view.chart().plotArea().height() / len(model.categories) >= line  # room for each label


def test_long_handles_are_elided_on_the_axis(qtbot: Any, whole: metrics.Insight) -> None:
    commenters = [replace(c, handle=c.handle + "W" * 40) for c in whole.commenters]
    view = shown_view(qtbot, chart_models.commenters_chart(commenters))
    view.resize(360, 340)  # a dashboard of three columns on a laptop
    QApplication.processEvents()
    axis = view._category_axis
    assert axis is not None
    metrics = QFontMetrics(view._fonts()[0])
    widest = max(metrics.horizontalAdvance(label) for label in axis.categoriesLabels())
    assert widest <= view.width() * 0.35
    assert all(label.endswith("…") for label in axis.categoriesLabels())


# --- rendering and export ------------------------------------------------------------------------------


def is_drawn(path: Path) -> bool:
    image = QImage(str(path))
    colors = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    return not image.isNull() and len(colors) > 3


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_chart_renders_to_png_svg_and_csv(
    qtbot: Any, whole: metrics.Insight, tmp_path: Path, theme: str
) -> None:
    palette = dark_palette() if theme == "dark" else light_palette()
    for chart in chart_models.charts_for(whole):
        panel = ChartPanel()
        qtbot.addWidget(panel)
        panel.setPalette(palette)
        panel.resize(560, 420)
        panel.set_model(chart)
        panel.show()
        qtbot.waitExposed(panel)
        png, svg, table = (tmp_path / f"{chart.key}-{theme}.{kind}" for kind in ("png", "svg", "csv"))
        panel.export_png(png)
        panel.export_svg(svg)
        panel.export_csv(table)
        assert is_drawn(png), chart.key
        text = svg.read_text(encoding="utf-8")
        assert text.lstrip().startswith("<?xml") and "<svg" in text
        with table.open(encoding="utf-8", newline="") as handle:
            assert list(csv.reader(handle)) == [[str(v) for v in row] for row in chart.csv_rows()]
    assert not list(tmp_path.glob(".*.tmp"))  # written through temporary files, none left


def test_svg_is_drawn_as_vectors_with_its_text(qtbot: Any, whole: metrics.Insight, tmp_path: Path) -> None:
    for chart in (chart_models.commenters_chart(whole.commenters), chart_models.cooccurrence_chart(whole.co_comments)):
        panel = ChartPanel()
        qtbot.addWidget(panel)
        panel.resize(560, 420)
        panel.set_model(chart)
        panel.show()
        qtbot.waitExposed(panel)
        panel.export_svg(tmp_path / "chart.svg")
        text = (tmp_path / "chart.svg").read_text(encoding="utf-8")
        assert "<image" not in text  # no bitmap inside
        assert f">{chart.title}<" in text  # the title above the chart
        assert ">alice<" in text if chart.key == "commenters" else ">z/child<" in text  # axis labels as text


def test_empty_charts_say_no_data_and_still_export(qtbot: Any, library: Library, tmp_path: Path) -> None:
    chart = chart_models.charts_for(metrics.insight(library.db))[0]
    panel = ChartPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 300)
    panel.set_model(chart)
    panel.show()
    assert panel.view() is panel.message and panel.message.text() == "No comments"
    panel.export_png(tmp_path / "empty.png")
    image = QImage(str(tmp_path / "empty.png"))
    assert image.width() == 2 * panel.message.width()  # at twice the size
    assert image.height() > 2 * panel.message.height()  # and the title above


def test_csv_defuses_formulas(tmp_path: Path) -> None:
    save_csv([["handle", "n"], ["=cmd|' /C calc'!A0", 3], ["@sum", -1], ["plain", 2]], tmp_path / "t.csv")
    with (tmp_path / "t.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [["handle", "n"], ["'=cmd|' /C calc'!A0", "3"], ["'@sum", "-1"], ["plain", "2"]]
    assert defuse(-5) == -5 and defuse("-5") == "'-5"


def test_a_failed_export_leaves_the_old_file(qtbot: Any, tmp_path: Path) -> None:
    target = tmp_path / "t.csv"
    target.write_text("old", encoding="utf-8")

    def rows() -> Any:
        yield ["a"]
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        save_csv(rows(), target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_charts_follow_the_palette(qtbot: Any, whole: metrics.Insight) -> None:
    view = shown_view(qtbot, chart_models.depth_chart(whole.depths))
    view.setPalette(light_palette())
    assert view.chart().backgroundBrush().color() == light_palette().color(QPalette.ColorRole.Base)
    view.setPalette(dark_palette())
    assert view.chart().backgroundBrush().color() == QColor("#1b1e20")
    axis = view.chart().axes(Qt.Orientation.Vertical)[0]
    assert axis.labelsColor() == QColor("#e6e6e6")
    bar_color = view.chart().series()[0].barSets()[0].color()
    assert bar_color == dark_palette().color(QPalette.ColorRole.Highlight)


# --- the dashboard -------------------------------------------------------------------------------------


@pytest.fixture
def dashboard(qtbot: Any, library: Library, figures: Figures) -> Dashboard:
    widget = Dashboard(library)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    yield widget
    widget.shutdown()


def test_the_dashboard_computes_off_the_gui_thread(
    qtbot: Any, dashboard: Dashboard, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    threads: list[threading.Thread] = []
    real = metrics.insight

    def slow_insight(*args: Any, **kwargs: Any) -> metrics.Insight:
        threads.append(threading.current_thread())
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(dashboard_module.metrics, "insight", slow_insight)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    dashboard.show_library()
    assert dashboard.computing and dashboard.status_label.text() == "Computing…"
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=2000)  # the event loop runs meanwhile
    assert dashboard.computing
    release.set()
    with qtbot.waitSignal(dashboard.computed, timeout=5000):
        pass
    timer.stop()
    assert not dashboard.computing and dashboard.status_label.text() == ""
    assert threads and threads[0] is not threading.main_thread()
    assert list(dashboard.panels()) == [c.key for c in chart_models.charts_for(real(dashboard.library.db))]
    assert dashboard.figures_label.text().startswith("5 articles · 18 comments · 15 commenters")


def test_the_dashboard_shows_an_article_and_forwards_clicks(
    qtbot: Any, dashboard: Dashboard, figures: Figures
) -> None:
    dashboard.show_article(figures.a)
    qtbot.waitUntil(lambda: not dashboard.computing, timeout=5000)
    assert dashboard.title_label.text() == "Article A"
    assert dashboard.metrics_bar.isVisible() and not dashboard.figures_label.isVisible()
    assert dashboard.metrics_bar.text().endswith("most replied: alice (3 replies)")
    panel = dashboard.panels()["commenters"]
    assert panel.file_stem == f"glossa-article-{figures.a}-commenters"
    qtbot.waitExposed(panel.chart_view)
    with qtbot.waitSignal(dashboard.filter_requested, timeout=2000) as blocker:
        qtbot.mouseClick(panel.chart_view.viewport(), Qt.MouseButton.LeftButton,
                         pos=panel.chart_view.element_position(0, 0))
    assert blocker.args[0]["kind"] == "author" and blocker.args[0]["article_id"] == figures.a
    with qtbot.waitSignal(dashboard.comment_requested, timeout=1000) as link:
        dashboard.metrics_bar.label.linkActivated.emit(f"comment:{figures.ca[0]}")
    assert link.args == [figures.ca[0]]


def test_a_newer_request_replaces_a_running_one(
    qtbot: Any, dashboard: Dashboard, figures: Figures, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = metrics.insight
    gate = threading.Event()

    def gated(*args: Any, **kwargs: Any) -> metrics.Insight:
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(dashboard_module.metrics, "insight", gated)
    dashboard.show_library()
    dashboard.show_author(dashboard_module.metrics.top_commenters(dashboard.library.db, limit=1)[0].author_id)
    dashboard.show_article(figures.e)
    gate.set()
    qtbot.waitUntil(lambda: not dashboard.computing and dashboard.insight is not None, timeout=5000)
    assert dashboard.insight is not None and dashboard.insight.article_id == figures.e
    assert dashboard.title_label.text() == "Article E"


def test_an_author_and_a_missing_article(qtbot: Any, dashboard: Dashboard, figures: Figures) -> None:
    alice = metrics.top_commenters(dashboard.library.db, limit=1)[0].author_id
    dashboard.show_author(alice)
    qtbot.waitUntil(lambda: not dashboard.computing, timeout=5000)
    assert dashboard.title_label.text() == "alice"
    assert dashboard.figures_label.text().startswith("3 comments · 1 article · 1 reply · 4 answers received")
    assert "articles" in dashboard.panels()
    dashboard.show_article(999_999)
    qtbot.waitUntil(lambda: not dashboard.computing, timeout=5000)
    assert dashboard.panels() == {} and "no longer in the library" in dashboard.figures_label.text()


def test_the_dashboard_reports_a_failure(
    qtbot: Any, dashboard: Dashboard, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> metrics.Insight:
        raise RuntimeError("boom")

    monkeypatch.setattr(dashboard_module.metrics, "insight", broken)
    with qtbot.waitSignal(dashboard.failed, timeout=5000) as blocker:
        dashboard.show_library()
    assert blocker.args == ["RuntimeError: boom"]
    assert dashboard.status_label.text() == "The figures could not be computed"


def test_the_dashboard_lays_out_in_columns_by_width(qtbot: Any, dashboard: Dashboard) -> None:
    dashboard.show_library()
    qtbot.waitUntil(lambda: not dashboard.computing, timeout=5000)
    columns = {dashboard.grid.getItemPosition(dashboard.grid.indexOf(p))[1] for p in dashboard.panels().values()}
    assert columns == {0, 1}
    dashboard.resize(1600, 900)
    qtbot.waitUntil(lambda: dashboard._columns == 3)
    columns = {dashboard.grid.getItemPosition(dashboard.grid.indexOf(p))[1] for p in dashboard.panels().values()}
    assert columns == {0, 1, 2}


def test_the_dashboard_renders_in_both_palettes(qtbot: Any, dashboard: Dashboard, tmp_path: Path) -> None:
    for name, palette in (("light", light_palette()), ("dark", dark_palette())):
        dashboard.setPalette(palette)
        dashboard.show_library()
        qtbot.waitUntil(lambda: not dashboard.computing, timeout=5000)
        QApplication.processEvents()
        path = tmp_path / f"dashboard-{name}.png"
        assert dashboard.grab().save(str(path))
        assert is_drawn(path)


# --- the reading window's metrics bar --------------------------------------------------------------------


def test_the_metrics_bar(qtbot: Any, library: Library, figures: Figures) -> None:
    bar = ThreadMetricsBar()
    qtbot.addWidget(bar)
    bar.show_metrics(metrics.one_article_metrics(library.db, figures.a))
    assert bar.text() == ("9 comments · 6 people · 6 replies · depth 4 · first comment after 1 h · lasted 11 h 15 min"
                          " · top 3 wrote 67% · most replied: alice (3 replies)")
    with qtbot.waitSignal(bar.comment_requested, timeout=1000) as blocker:
        bar.label.linkActivated.emit(f"comment:{figures.ca[0]}")
    assert blocker.args == [figures.ca[0]]
    with qtbot.assertNotEmitted(bar.comment_requested):
        bar.label.linkActivated.emit("file:///etc/passwd")
    bar.show_metrics(None)
    assert bar.text() == "" and bar.label.text() == ""


def test_the_metrics_bar_wraps_instead_of_cutting_figures_off(qtbot: Any, library: Library, figures: Figures) -> None:
    bar = ThreadMetricsBar()
    qtbot.addWidget(bar)
    bar.show_metrics(metrics.one_article_metrics(library.db, figures.a))
    assert bar.hasHeightForWidth()  # so the reader's layout gives it the lines it needs
    bar.resize(420, bar.heightForWidth(420))
    bar.show()
    qtbot.waitExposed(bar)
    one_line = bar.label.fontMetrics().height()
    needed = bar.label.heightForWidth(bar.label.width())
    assert needed > 2 * one_line  # several lines at 420 px ...
    assert bar.label.height() >= needed and bar.label.width() <= bar.width()  # ... and all of them shown


def test_the_metrics_bar_escapes_a_hostile_handle(qtbot: Any, library: Library, figures: Figures) -> None:
    from tests.store.test_metrics import add_article

    article, ids = add_article(library.db, "Hostile", [("<b>x</b><img src=/etc/passwd>", DAY, None),
                                                        ("y", DAY, 0)])
    bar = ThreadMetricsBar()
    qtbot.addWidget(bar)
    bar.show_metrics(metrics.one_article_metrics(library.db, article))
    assert "&lt;b&gt;x&lt;/b&gt;&lt;img" in bar.label.text() and "<img" not in bar.label.text()
    assert bar.text().endswith("most replied: <b>x</b><img src=/etc/passwd> (1 reply)")
    assert ids


def test_shutdown_interrupts_a_running_query(
    qtbot: Any, dashboard: Dashboard, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()

    def endless(db: Any, *_args: Any, **_kwargs: Any) -> metrics.Insight:
        started.set()
        db.execute_sql("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10000000000)"
                       " SELECT count(*) FROM c").fetchone()
        raise AssertionError("the query was not interrupted")

    monkeypatch.setattr(dashboard_module.metrics, "insight", endless)
    dashboard.show_library()
    assert started.wait(10)
    clock = QElapsedTimer()
    clock.start()
    dashboard.close()  # closing shuts the computation down
    assert clock.elapsed() < 10_000 and not dashboard.computing  # interrupted, not run to the end


def test_another_library(qtbot: Any, dashboard: Dashboard, figures: Figures, tmp_path: Path) -> None:
    dashboard.show_article(figures.a)
    qtbot.waitUntil(lambda: not dashboard.computing, timeout=5000)
    other = Library.open(tmp_path / "other.glossa")
    try:
        dashboard.set_library(other)
        qtbot.waitUntil(lambda: not dashboard.computing, timeout=5000)
        assert dashboard.article_id is None and dashboard.title_label.text() == "Library other"
        assert dashboard.figures_label.text() == "0 articles · 0 comments"
    finally:
        dashboard.shutdown()
        other.close()
