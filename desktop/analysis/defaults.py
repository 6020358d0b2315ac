"""The campaign finder's defaults, apart from desktop/analysis/campaigns.py so the command line
can name them without loading numpy (the `glossa` command starts the window too)."""

from __future__ import annotations

from datetime import timedelta

DEFAULT_SIMILARITY = 0.8
DEFAULT_WINDOW = timedelta(minutes=30)  # a burst: BURST_SIZE comments of a campaign within it
CO_POSTING_WINDOW = timedelta(minutes=10)  # "within minutes of each other"
