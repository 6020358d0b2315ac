"""Times as the library stores them: local time as printed, 'YYYY-MM-DD HH:MM:SS', no zone."""

from __future__ import annotations

from datetime import datetime


def stored_time(value: object) -> datetime | None:
    """A stored time (text, or already a datetime from peewee) read back; None when absent or
    not a time."""
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None
