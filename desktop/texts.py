"""Texts for the user made below the UI (the store, ingest, exporting, the chart models): written
in English, marked for translation where they are made, translated where they are shown. No Qt.

A text is marked with Qt's own idiom, which lupdate finds in any module that
packaging/update_translations.py reads (every module that calls the marker):

    QT_TRANSLATE_NOOP(context, source)                     a text
    QT_TRANSLATE_NOOP(context, source, None, PLURAL, n)    a text with plural forms: %n in it is n

Both return a `Text`: a `str` that is the English text, so the CLI, exceptions, logs and tests
use it as any string, and that remembers its context, source and count. Arguments are given by
name with `.format(name=value)`, which keeps them apart from the source; a Text among them is
translated too. `desktop.ui.i18n.translated` shows a Text in the UI's language: it translates
the source in its context (Qt picks the plural form) and only then formats the arguments.

Plural sources are written with "(s)" ("%n file(s)"), or "(one|many)" for a word that does not take
an "s" ("%n (person|people)"): the English text has the form for n, as the English catalogue's two
forms do. `%Ln` writes n with thousands separators. `joined()` puts Texts in a row.
Pass the count as a plain name: lupdate's parser skips a call whose count is an attribute. lupdate
also skips keyword arguments in the marker call: the arguments go to `.format()`.
"""

from __future__ import annotations

import re
from typing import Any

PLURAL = None  # the fourth argument of a plural marker, in the place lupdate reads as Qt 4's "encoding"


class Text(str):
    """An English text for the user that remembers how it was made (see the module's notes)."""

    context: str
    source: str
    disambiguation: str | None
    n: int | None
    args: dict[str, Any]

    def __new__(
        cls, context: str, source: str, disambiguation: str | None = None, n: int | None = None,
        args: dict[str, Any] | None = None,
    ) -> Text:
        english = _english(source, n)
        if args:
            english = english.format(**args)
        text = super().__new__(cls, english)
        text.context, text.source, text.disambiguation, text.n = context, source, disambiguation, n
        text.args = dict(args or {})
        return text

    def format(self, *args: object, **kwargs: Any) -> str:
        """The same text with its arguments, all of them, by name."""
        if args:
            raise TypeError("a Text takes its arguments by name")
        return Text(self.context, self.source, self.disambiguation, self.n, kwargs)

    def __reduce__(self) -> tuple[Any, ...]:  # copy, deepcopy and pickle keep what it remembers
        return (Text, (self.context, self.source, self.disambiguation, self.n, self.args))


def QT_TRANSLATE_NOOP(  # lupdate knows this name
    context: str, source: str, disambiguation: str | None = None, plural: None = PLURAL, n: int | None = None
) -> str:
    """Marks `source` for translation in `context` and returns it as a Text: a str, in English."""
    return Text(context, source, disambiguation, n)


def message(error: BaseException) -> str:
    """An exception's message: the Text it was raised with, else its str()."""
    if len(error.args) == 1 and isinstance(error.args[0], Text):
        return error.args[0]
    return str(error)


def joined(separator: str, *parts: str) -> str:
    """Texts (or plain strings) in a row, e.g. the lines of a tooltip: a Text with no words of its
    own, so nothing to mark, whose parts are each translated where it is shown."""
    names = [f"part{index}" for index in range(len(parts))]
    source = separator.replace("{", "{{").replace("}", "}}").join("{" + name + "}" for name in names)
    return Text("", source, args=dict(zip(names, parts, strict=True)))


_FORMS = re.compile(r"\((\w*)\|(\w*)\)")


def _english(source: str, n: int | None) -> str:
    """The English of a source: with n, "(s)" and "(one|many)" give the form for n."""
    if n is None:
        return source
    text = source.replace("%Ln", f"{n:,}").replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")
    return _FORMS.sub(lambda forms: forms.group(1 if n == 1 else 2), text)
