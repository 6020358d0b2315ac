"""Lists of texts the library stores as JSON (an article's paragraphs and warnings), read back."""

from __future__ import annotations

import json

# A stored list is damaged when it is not JSON, not a list, or holds something other than texts
# (check.py finds such values with the same rule, in SQL).
DAMAGED_LIST_SQL = ("(NOT json_valid({column}) OR json_type({column}) <> 'array'"
                    " OR EXISTS (SELECT 1 FROM json_each({column}) WHERE type <> 'text'))")


def stored_list(value: object) -> list[str]:
    """The stored JSON list of texts; a damaged value (a hand edit, a flipped byte) reads as a
    one-item list holding the stored text as it is, as the v3 upgrade repaired paragraphs: every
    reader and export goes on, and nothing of it is lost."""
    if value is None:
        return []
    try:
        items = json.loads(str(value))
    except (ValueError, RecursionError):  # RecursionError: "[[[[..." nested past Python's limit
        return [str(value)]
    if isinstance(items, list) and all(isinstance(item, str) for item in items):
        return items
    return [str(value)]
