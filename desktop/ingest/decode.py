"""Bytes to text: BOMs, UTF-8 (also cut mid-character), Windows-1251, anything else
charset-normalizer recognises. Line ends are normalised and control characters removed."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from .documents import DecodedText, UnreadableInput

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls except tab and newline, DEL, and the C1 block: never part of readable text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BINARY_SIGNATURES = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b")


def decode(data: bytes) -> DecodedText:
    """Decode one file's bytes. Raises UnreadableInput when there is no text to read."""
    if not data.strip():
        raise UnreadableInput("empty file" if not data else "only whitespace")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            return _finish(text, encoding, _replaced_warning(text))
    if data.startswith(_BINARY_SIGNATURES) or _looks_binary(data):
        raise UnreadableInput("binary data, not text")
    try:
        return _finish(data.decode("utf-8"), "utf-8", [])
    except UnicodeDecodeError as error:
        if error.start >= len(data) - 3 and _is_cut_utf8_tail(data[error.start :]):
            # A byte cap cut the last character in half: keep everything before it.
            text = data[: error.start].decode("utf-8")
            return _finish(text, "utf-8", ["truncated inside a multi-byte character at the end"])
    guessed = _guess_legacy(data)
    if guessed is None:
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") > len(text) * 0.1:
            raise UnreadableInput("not text in any known encoding")
        return _finish(text, "utf-8", _replaced_warning(text))
    text = data.decode(guessed, errors="replace")
    return _finish(text, guessed, _replaced_warning(text))


def _finish(text: str, encoding: str, warnings: list[str]) -> DecodedText:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned = _CONTROL.sub("", text)
    if len(cleaned) != len(text):
        warnings = [*warnings, f"{len(text) - len(cleaned)} control characters removed"]
    if not cleaned.strip():
        raise UnreadableInput("no readable text")
    return DecodedText(cleaned, encoding, warnings)


def _replaced_warning(text: str) -> list[str]:
    count = text.count("\ufffd")
    return [f"{count} undecodable bytes replaced"] if count else []


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def _is_cut_utf8_tail(tail: bytes) -> bool:
    lead = tail[0]
    needed = 2 if lead >> 5 == 0b110 else 3 if lead >> 4 == 0b1110 else 4 if lead >> 3 == 0b11110 else 0
    return 0 < len(tail) < needed and all(b >> 6 == 0b10 for b in tail[1:])


def _guess_legacy(data: bytes) -> str | None:
    """Windows-1251 when the high bytes read as Cyrillic letters, else charset-normalizer's guess."""
    high = [b for b in data if b >= 0x80]
    cyrillic = sum(1 for b in high if b >= 0xC0 or b in (0xA8, 0xB8))
    if high and cyrillic >= len(high) * 0.6:
        return "cp1251"
    best = charset_normalizer.from_bytes(data).best()
    return best.encoding if best is not None else None
