"""Insight charts (QtCharts): chart models built from desktop.store.metrics (models.py), chart
widgets (chart_view.py, panel.py), the dashboard (dashboard.py) and the reading window's thread
metrics bar (metrics_bar.py). Import what you need from its module: the reading window needs only
the bar, and QtCharts loads when a chart is first shown, not at start-up."""
