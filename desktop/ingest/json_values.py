"""JSON as imports read it: numbers too long to be any count or id stay their digits."""

from __future__ import annotations

import json
from typing import Any


class LongNumber(str):
    """A JSON number too long to be any count or id (Python reads at most 4,300 digits, and
    slowly), kept as its digits: a value the checks reject by name, not a Python error."""


def whole_number(text: str) -> int | str:
    """json's parse_int: an int, or the LongNumber of a number of more than 30 digits."""
    return int(text) if len(text) <= 30 else LongNumber(text)


def loads(text: str) -> Any:
    """JSON whose numbers too long for any id (Python reads at most 4,300 digits) stay LongNumbers."""
    return json.loads(text, parse_int=whole_number)
