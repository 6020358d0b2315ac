"""Pseudonyms for sharing data under research-ethics rules: every commenter's handle and display
names become "Commenter N", N being the author's id in the library, so the same person has the
same pseudonym in every file of an export (and in every export of the library).

Names are also replaced inside free text (comment bodies that quote a handle, the raw text of an
article, notes, labels, tag names): every occurrence of a handle or a display name of any
commenter in the library, as a whole word, case-sensitively (a name inside a longer word, or in
another case, stays). Offsets into a text change with it: `text_map()` returns an `OffsetMap`
that carries highlight offsets over."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from peewee import Database

from desktop.store.export_records import author_names

_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")

PSEUDONYM = "Commenter {}"


@dataclass
class OffsetMap:
    """Where code-point offsets of the original text are in the replaced one. An offset inside a
    replaced name moves to the start of its replacement (for a start) or to its end (for an end)."""

    spans: list[tuple[int, int, int, int]] = field(default_factory=list)  # old start, old end, new start, new end

    def __post_init__(self) -> None:
        self._starts = [span[0] for span in self.spans]

    def position(self, offset: int, end: bool = False) -> int:
        index = bisect.bisect_left(self._starts, offset) - 1  # the last replacement starting before offset
        if index < 0:
            return offset
        _old_start, old_end, new_start, new_end = self.spans[index]
        if offset < old_end:
            return new_end if end else new_start
        return offset + new_end - old_end


IDENTITY = OffsetMap()


class Pseudonymiser:
    """Built once per export from every author in the library."""

    def __init__(self, authors: Iterable[tuple[int, str, Iterable[str]]]) -> None:
        """authors: (author id, handle, display names) each."""
        self._handles: dict[str, str] = {}
        names: dict[str, str] = {}
        aliases: list[tuple[str, str]] = []
        next_number = 1
        for author_id, handle, display_names in sorted(authors, key=lambda a: a[0]):
            pseudonym = PSEUDONYM.format(author_id)
            next_number = max(next_number, author_id + 1)
            self._handles[handle] = pseudonym
            names.setdefault(handle.strip(), pseudonym)  # a handle wins over someone's display name
            aliases.extend((name.strip(), pseudonym) for name in display_names if name)
        for name, pseudonym in aliases:
            names.setdefault(name, pseudonym)
        self._next_number = next_number
        # Candidates by what they start with: their first word, or their first character when that
        # is not a word character. Longest first, so "Jacques sekavar" beats "Jacques".
        self._by_word: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self._by_char: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for name, pseudonym in names.items():
            if not name or "\n" in name:
                continue
            first = _WORD.match(name)
            if first:
                self._by_word[first.group()].append((name, pseudonym))
            else:
                self._by_char[name[0]].append((name, pseudonym))
        for table in (self._by_word, self._by_char):
            for candidates in table.values():
                candidates.sort(key=lambda c: -len(c[0]))
        self._special = (
            re.compile("[" + "".join(re.escape(c) for c in sorted(self._by_char)) + "]") if self._by_char else None
        )

    @classmethod
    def from_db(cls, db: Database) -> Pseudonymiser:
        return cls(author_names(db))

    def handle(self, handle: str) -> str:
        """The pseudonym of a handle (a handle the library does not know gets a new number)."""
        if handle not in self._handles:
            self._handles[handle] = PSEUDONYM.format(self._next_number)
            self._next_number += 1
        return self._handles[handle]

    def text(self, text: str) -> str:
        return self.text_map(text)[0]

    def optional(self, text: str | None) -> str | None:
        return None if text is None else self.text_map(text)[0]

    def path(self, path: str) -> str:
        """A tag path, name by name."""
        return "/".join(self.text(name) for name in path.split("/"))

    def text_map(self, text: str) -> tuple[str, OffsetMap]:
        """The text with every name replaced, and where the old offsets went."""
        found = self._find(text)
        if not found:
            return text, IDENTITY
        pieces: list[str] = []
        spans: list[tuple[int, int, int, int]] = []
        old = new = 0
        for start, end, replacement in found:
            pieces.append(text[old:start])
            new += start - old
            spans.append((start, end, new, new + len(replacement)))
            pieces.append(replacement)
            new += len(replacement)
            old = end
        pieces.append(text[old:])
        return "".join(pieces), OffsetMap(spans)

    def _find(self, text: str) -> list[tuple[int, int, str]]:
        starts: list[tuple[int, list[tuple[str, str]]]] = []
        for match in _WORD.finditer(text):
            candidates = self._by_word.get(match.group())
            if candidates:
                starts.append((match.start(), candidates))
        if self._special is not None:
            for match in self._special.finditer(text):
                starts.append((match.start(), self._by_char[match.group()]))
            starts.sort(key=lambda s: s[0])
        found: list[tuple[int, int, str]] = []
        covered = 0
        for start, candidates in starts:
            if start < covered:
                continue
            for name, pseudonym in candidates:
                end = start + len(name)
                if text.startswith(name, start) and self._whole(text, start, end, name):
                    found.append((start, end, pseudonym))
                    covered = end
                    break
        return found

    @staticmethod
    def _whole(text: str, start: int, end: int, name: str) -> bool:
        if _WORD_CHAR.match(name[0]) and start > 0 and _WORD_CHAR.match(text[start - 1]):
            return False
        return not (_WORD_CHAR.match(name[-1]) and end < len(text) and _WORD_CHAR.match(text[end]))
