"""Insight charts (QtCharts): chart models built from desktop.store.metrics, chart widgets, the
dashboard and the reading window's thread metrics bar."""

from .dashboard import Dashboard
from .metrics_bar import ThreadMetricsBar
from .panel import ChartPanel

__all__ = ["ChartPanel", "Dashboard", "ThreadMetricsBar"]
