"""The campaign finder's defaults, apart from desktop/analysis/campaigns.py so the command line
can name them without loading numpy (the `glossa` command starts the window too)."""

from __future__ import annotations

from datetime import timedelta

DEFAULT_SIMILARITY = 0.8
DEFAULT_WINDOW = timedelta(minutes=30)
