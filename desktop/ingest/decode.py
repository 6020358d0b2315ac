"""Bytes to text: BOMs, UTF-8 (also cut mid-character or with a few damaged bytes), Windows-1251
and KOI8-R, anything else charset-normalizer recognises. Line ends are normalised and control
characters removed."""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import NamedTuple

from desktop.texts import QT_TRANSLATE_NOOP

from .documents import DecodedText, UnreadableInput

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls except tab and newline, DEL, the C1 block, and byte order marks (files concatenated
# with `cat` carry their BOMs into the middle of the text): never part of readable text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_BINARY_SIGNATURES = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b")
TRUNCATED_WARNING = QT_TRANSLATE_NOOP("Decoding", "truncated inside a multi-byte character at the end")
_ONLY_WHITESPACE = QT_TRANSLATE_NOOP("Decoding", "only whitespace")
_NOT_TEXT = QT_TRANSLATE_NOOP("Decoding", "not text in any known encoding")
BINARY = QT_TRANSLATE_NOOP("Decoding", "binary data, not text")
_SAMPLE = 8192  # bytes the encoding and binary sniffs look at
# The first bytes of a file that tell whether decode() calls it binary: the sample behind the longest BOM.
HEAD_BYTES = _SAMPLE + len(codecs.BOM_UTF32_LE)
# Bytes that are not control codes in text (tab, newline, form feed, carriage return and all >= 32):
# deleting them from a sample leaves its control codes.
_NOT_CONTROL = bytes([9, 10, 12, 13, *range(32, 256)])
# Characters no readable text is made of: unassigned, private use, surrogates, controls.
_NOT_TEXT_CATEGORIES = {"Cn", "Co", "Cs", "Cc"}


def decode(data: bytes) -> DecodedText:
    """Decode one file's bytes. Raises UnreadableInput when there is no text to read."""
    if not data.strip():
        raise UnreadableInput(QT_TRANSLATE_NOOP("Decoding", "empty file") if not data else _ONLY_WHITESPACE)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]  # then read as UTF-8 below, cut tail and all
        if not data.strip():
            raise UnreadableInput(_ONLY_WHITESPACE)
    else:
        encoding = _wide_encoding(data)
        if encoding is not None:
            text = data[len(_bom(data)) :].decode(encoding, errors="replace")
            return _finish(_plausible(text), encoding, _replaced_warning(text))
    if _binary(data):
        raise UnreadableInput(BINARY)
    return _decode_8bit(data)


def looks_binary(head: bytes) -> bool:
    """Whether decode() calls a file binary, from its first HEAD_BYTES (or all of a shorter
    file): it looks no further, so a huge file is judged without being read."""
    if not head.strip():
        return False  # empty or whitespace: decode() says which, from the whole file
    if head.startswith(codecs.BOM_UTF8):
        rest = head[len(codecs.BOM_UTF8) :]
        return bool(rest.strip()) and _binary(rest)
    return _wide_encoding(head) is None and _binary(head)


def _bom(data: bytes) -> bytes:
    return next((bom for bom, _encoding in _BOMS if data.startswith(bom)), b"")


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 by its BOM (UTF-8's aside), or UTF-16 without one."""
    bom = _bom(data)
    if bom:
        return dict(_BOMS)[bom] if bom != codecs.BOM_UTF8 else None
    return _bomless_utf16(data)


def _binary(data: bytes) -> bool:
    return data.startswith(_BINARY_SIGNATURES) or _looks_binary(data)


def normalise(text: str) -> tuple[str, list[str]]:
    """Unix line ends and no control characters; text from any source (files, JSON records)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned = _CONTROL.sub("", text)
    removed = len(text) - len(cleaned)
    if not removed:
        return cleaned, []
    return cleaned, [QT_TRANSLATE_NOOP("Decoding", "{count} control characters removed").format(count=removed)]


def _decode_8bit(data: bytes) -> DecodedText:
    """UTF-8 if it is; else line by line, since `cat` glues files of different encodings: UTF-8
    lines as UTF-8 (a few damaged bytes replaced), the others in the legacy code page they read as."""
    cut = _cut_utf8_tail(data)
    whole = data[:-cut] if cut else data
    try:
        # A byte cap cut the last character in half: keep everything before it.
        return _finish(whole.decode("utf-8"), "utf-8", [TRUNCATED_WARNING] if cut else [])
    except UnicodeDecodeError:
        pass
    lines = whole.splitlines()
    readings = [_Utf8Reading.of(line) for line in lines]
    # A line with many bytes UTF-8 cannot read is in another encoding; one or two such bytes are
    # damage in a UTF-8 file, or a few letters of a legacy one: the rest of the file tells which.
    sure = [r.legacy for r in readings if r.replaced >= 3]
    utf8_evidence = sum(r.wide for r in readings if not r.replaced)
    doubtful_legacy = any(sure) or not utf8_evidence
    legacy = [
        index
        for index, r in enumerate(readings)
        if r.replaced and (r.legacy if r.replaced >= 3 else doubtful_legacy)
    ]
    texts = [r.text for r in readings]
    warnings = [TRUNCATED_WARNING] if cut and not legacy else []
    if legacy and cut:
        # Not UTF-8 after all, so no UTF-8 character was cut: the last bytes are letters.
        lines[-1] = lines[-1] + data[len(data) - cut :]
        texts[-1] = _Utf8Reading.of(lines[-1]).text
        if len(lines) - 1 not in legacy:
            legacy.append(len(lines) - 1)
    encoding = "utf-8"
    if legacy:
        guessed = _guess_legacy(b"\n".join(lines[index] for index in legacy))
        if guessed is None:
            raise UnreadableInput(_NOT_TEXT)
        for index in legacy:
            texts[index] = lines[index].decode(guessed, errors="replace")
        _plausible("\n".join(texts[index] for index in legacy))
        if len(legacy) == len(lines):
            encoding = guessed
        else:
            encoding = f"utf-8 and {guessed}"
            mixed = QT_TRANSLATE_NOOP("Decoding", "mixed encodings: {count} of {total} lines read as {encoding}")
            warnings.append(mixed.format(count=len(legacy), total=len(lines), encoding=guessed))
    legacy_set = set(legacy)
    replaced = sum(r.replaced for index, r in enumerate(readings) if index not in legacy_set)
    replaced += sum(texts[index].count("\ufffd") for index in legacy)
    if replaced:
        warnings.append(_replaced(replaced))
    return _finish("\n".join(texts), encoding, warnings)


class _Utf8Reading(NamedTuple):
    """One line read as UTF-8, with what it cost."""

    text: str
    replaced: int  # bytes UTF-8 could not read
    wide: int  # characters beyond ASCII it could

    @classmethod
    def of(cls, line: bytes) -> _Utf8Reading:
        try:
            text = line.decode("utf-8")
            replaced = 0
        except UnicodeDecodeError:
            text = line.decode("utf-8", errors="replace")
            replaced = text.count("\ufffd")
        # Characters beyond ASCII, counted in C: encoding to ASCII drops exactly those.
        wide = 0 if text.isascii() else len(text) - len(text.encode("ascii", "ignore")) - replaced
        return cls(text, replaced, wide)

    @property
    def legacy(self) -> bool:
        """Reading it as UTF-8 loses more characters than it keeps."""
        return self.wide < 2 * self.replaced


def _finish(text: str, encoding: str, warnings: list[str]) -> DecodedText:
    cleaned, removed = normalise(text)
    if not cleaned.strip():
        raise UnreadableInput(QT_TRANSLATE_NOOP("Decoding", "no readable text"))
    return DecodedText(cleaned, encoding, [*warnings, *removed])


def _replaced_warning(text: str) -> list[str]:
    count = text.count("\ufffd")
    return [_replaced(count)] if count else []


def _replaced(count: int) -> str:
    return QT_TRANSLATE_NOOP("Decoding", "{count} undecodable bytes replaced").format(count=count)


def _looks_binary(data: bytes) -> bool:
    """Binary files are full of zero bytes and control codes; a stray NUL in a text file is not."""
    sample = data[:_SAMPLE]
    controls = len(sample.translate(None, _NOT_CONTROL))
    return sample.count(0) > len(sample) * 0.01 or controls > len(sample) * 0.05


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: in Latin or Cyrillic text every other byte is 0x00 or 0x04."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for high, low, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if high.count(0) + high.count(4) > len(high) * 0.9 and low.count(0) < len(low) * 0.1:
            return encoding
    return None


def _cut_utf8_tail(data: bytes) -> int:
    """How many bytes at the end start a UTF-8 character that was never finished (0 if none)."""
    for size in (1, 2, 3):
        if size > len(data):
            break
        lead = data[-size]
        if lead >> 6 == 0b10:  # a continuation byte: look further back for the lead
            continue
        needed = 2 if lead >> 5 == 0b110 else 3 if lead >> 4 == 0b1110 else 4 if lead >> 3 == 0b11110 else 0
        return size if size < needed else 0
    return 0


def _guess_legacy(data: bytes) -> str | None:
    """A Cyrillic code page when the high bytes read as Cyrillic letters, else charset-normalizer's
    guess. Windows-1251 and KOI8-R both put the letters at 0xC0-0xFF; running text is mostly lower
    case, which Windows-1251 keeps in the upper half of that range and KOI8-R in the lower."""
    high = _count_bytes(data, _HIGH)
    letters = _count_bytes(data, _LETTERS)
    if high and letters >= high * 0.6:
        upper_half = _count_bytes(data, _UPPER_HALF)
        lower_half = letters - upper_half - _count_bytes(data, _YO)
        return "cp1251" if upper_half >= lower_half else "koi8-r"
    import charset_normalizer  # here: loading it costs each worker process of an import (parallel.py)

    best = charset_normalizer.from_bytes(data).best()
    return best.encoding if best is not None else None


# Byte classes of _guess_legacy, each a set of byte values counted with bytes.translate (in C).
_HIGH = frozenset(range(0x80, 0x100))
_YO = frozenset((0xA8, 0xB8, 0xA3, 0xB3))  # Ё and ё in Windows-1251 and KOI8-R
_LETTERS = frozenset(range(0xC0, 0x100)) | _YO
_UPPER_HALF = frozenset(range(0xE0, 0x100))
_DELETE_OTHERS = {kept: bytes(b for b in range(256) if b not in kept) for kept in (_HIGH, _LETTERS, _UPPER_HALF, _YO)}


def _count_bytes(data: bytes, kept: frozenset[int]) -> int:
    """How many bytes of `data` are in `kept`."""
    return len(data.translate(None, _DELETE_OTHERS[kept]))


def _plausible(text: str) -> str:
    """Text from a guessed encoding (or behind a UTF-16/32 BOM) must read like text: few characters
    that no text is made of, and, when long enough, spaces between words."""
    sample = text[:20_000]
    # Lines of printable characters hold none of the categories looked for (isprintable is C):
    # only the others are read a character at a time.
    odd = sample.count("\ufffd") + sum(
        1
        for line in sample.split("\n")
        if not line.isprintable()
        for char in line
        if char not in "\t\r" and unicodedata.category(char) in _NOT_TEXT_CATEGORIES
    )
    spaces = sample.count(" ") + sample.count("\n")
    if odd > len(sample) * 0.05 or (len(sample) >= 40 and spaces < len(sample) * 0.02):
        raise UnreadableInput(_NOT_TEXT)
    return text
