"""Durations for people: '3 h 5 min', translated where they are shown. No Qt."""

from __future__ import annotations

from datetime import timedelta

from desktop.texts import QT_TRANSLATE_NOOP


def human_duration(value: timedelta | None) -> str:
    """'45 s', '12 min', '3 h 5 min', '2 d 4 h', '5 w 2 d': two units at most; '' for None."""
    if value is None:
        return ""
    seconds = max(0, int(value.total_seconds()))
    if seconds < 60:
        return QT_TRANSLATE_NOOP("Duration", "{seconds} s").format(seconds=seconds)
    minutes = seconds // 60
    if minutes < 60:
        return QT_TRANSLATE_NOOP("Duration", "{minutes} min").format(minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        if minutes:
            return QT_TRANSLATE_NOOP("Duration", "{hours} h {minutes} min").format(hours=hours, minutes=minutes)
        return QT_TRANSLATE_NOOP("Duration", "{hours} h").format(hours=hours)
    days, hours = divmod(hours, 24)
    if days < 14:
        if hours:
            return QT_TRANSLATE_NOOP("Duration", "{days} d {hours} h").format(days=days, hours=hours)
        return _days(days)
    weeks, days = divmod(days, 7)
    if weeks < 9:
        if days:
            return QT_TRANSLATE_NOOP("Duration", "{weeks} w {days} d").format(weeks=weeks, days=days)
        return QT_TRANSLATE_NOOP("Duration", "{weeks} w").format(weeks=weeks)
    return _days(days + weeks * 7)


def _days(days: int) -> str:
    return QT_TRANSLATE_NOOP("Duration", "{days} d").format(days=days)
