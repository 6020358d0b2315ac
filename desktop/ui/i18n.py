"""Languages and the locale: which language the UI speaks, the translators that make it speak it,
and dates and numbers as the user's locale writes them.

Texts in widgets and models go through `self.tr()`; texts in module-level code through
`QCoreApplication.translate(context, text)`, and plural texts there through `translate(context,
text, None, PLURAL, n)` below: lupdate's Python parser only recognises a plural `translate` call in
Qt 4's five-argument form (context, text, comment, encoding, n), which PySide's own function does
not accept (pass the count as a plain name: the parser hangs on some expressions, such as
`len(report.files)`, in that place). English ships a translation too, holding only the plural forms ("1 comment", "2
comments"); Russian and Ukrainian hold everything, with their three plural forms.

Texts made below the UI (search errors, undo labels, import reports, chart titles) are marked
where they are made with desktop.texts' QT_TRANSLATE_NOOP, which returns a `Text` (English, with
its context and arguments); `translated()` shows one in the UI's language.

The catalogues are resources/translations/glossa_<language>.ts, compiled to .qm; rebuild them
with `python packaging/update_translations.py`."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from typing import Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from desktop.texts import PLURAL as PLURAL  # the UI marks its texts with the same marker
from desktop.texts import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP
from desktop.texts import Text, message

SUPPORTED = ("en", "ru", "uk")  # the languages a .qm ships for; English is the source language
_LANGUAGES = {"en": QLocale.Language.English, "ru": QLocale.Language.Russian, "uk": QLocale.Language.Ukrainian}
_installed: list[QTranslator] = []
_language = ""  # the language whose translators are installed


def translate(context: str, text: str, disambiguation: str | None = None, _plural: object = None, n: int = -1) -> str:
    """QCoreApplication.translate with the count in fifth place (see the module's notes)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def translated(text: str | BaseException) -> str:
    """A text for the user in the UI's language: a Text made below the UI translated in its
    context, then given its arguments (Texts among them translated, dates and numbers written the
    locale's way); an exception as its message; any other str as it is."""
    if isinstance(text, BaseException):
        text = message(text)
    if not isinstance(text, Text):
        return text
    count = -1 if text.n is None else text.n
    result = QCoreApplication.translate(text.context, text.source, text.disambiguation, count)
    if not text.args:
        return result
    return result.format(**{name: _Localised(value) for name, value in text.args.items()})


_T = TypeVar("_T")


def translated_fields(value: _T) -> _T:
    """A copy of a dataclass (or a list of them: a chart model, its bars, figures) with every
    Text in its fields translated; other values, dicts (filters) included, as they are. Walked
    without recursion: the lists and dataclasses inside are rebuilt before those that hold them."""
    containers: list[Any] = []  # every list and dataclass instance, each before what it holds
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            stack.extend(getattr(item, f.name) for f in dataclasses.fields(item) if f.init)
        else:
            continue
        containers.append(item)
    rebuilt: dict[int, Any] = {}

    def new(item: Any) -> Any:
        return translated(item) if isinstance(item, Text) else rebuilt.get(id(item), item)

    for item in reversed(containers):
        if isinstance(item, list):
            rebuilt[id(item)] = [new(element) for element in item]
        else:
            names = [f.name for f in dataclasses.fields(item) if f.init]
            rebuilt[id(item)] = dataclasses.replace(item, **{name: new(getattr(item, name)) for name in names})
    return cast(_T, new(value))


class _Localised:
    """An argument of a Text, written for the locale under the format specs the texts use:
    strftime codes for dates ("{day:%d %b %Y}"), "," and "%" for numbers ("{share:.1%}")."""

    def __init__(self, value: object) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        value = self.value
        if isinstance(value, Text):
            return format(translated(value), spec)
        if isinstance(value, date) and spec:
            return _strftime(value, spec)
        if isinstance(value, int | float) and not isinstance(value, bool):
            if spec.endswith("%"):  # ".1%"
                digits = int(spec[1:-1]) if spec[1:-1].isdigit() else 6
                return _locale().toString(float(value) * 100, "f", digits) + "%"
            if spec == "g":
                return _locale().toString(float(value), "g", 6)
            if spec == ",":
                return _locale().toString(value)
        return format(value, spec)


_STRFTIME = re.compile(r"%([aAbBdmYyHMS%])")
# With ISO dates, the texts' day-month-year codes (chart labels, ranges) become ISO's order too.
_ISO_SPECS = ((re.compile(r"%d %[bB] %Y"), "%Y-%m-%d"), (re.compile(r"%[bB] %Y"), "%Y-%m"),
              (re.compile(r"%d %[bB]"), "%m-%d"))


def _strftime(value: date, spec: str) -> str:
    """strftime with the locale's names of days and months; a month named without its day
    stands alone ("январь 2023", not the "января" of "5 января 2023")."""
    if _iso_dates:
        for pattern, iso in _ISO_SPECS:
            spec = pattern.sub(iso, spec)
    locale = _locale()
    short, long = QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat
    month_name = locale.monthName if "%d" in spec else locale.standaloneMonthName

    def part(code: re.Match[str]) -> str:
        letter = code.group(1)
        if letter in "aA":
            return locale.dayName(value.isoweekday(), short if letter == "a" else long)
        if letter in "bB":
            return month_name(value.month, short if letter == "b" else long)
        return value.strftime(code.group(0))  # digits, the same in every locale

    return _STRFTIME.sub(part, spec)


# -- choosing and loading ----------------------------------------------------------------------


def choose_language(preference: str, system: QLocale | None = None) -> str:
    """The preference when it names a language we ship; otherwise the first of the system's UI
    languages that we ship (a Ukrainian system that also lists Russian gets Ukrainian); else English."""
    if preference in SUPPORTED:
        return preference
    locale = system if system is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def translations_dir() -> str:
    from desktop.paths import RESOURCES

    return str(RESOURCES / "translations")


def install_translations(language: str) -> list[QTranslator]:
    """Replace the app's translators with those of `language`: Glossa's own catalogue and Qt's
    (qtbase: the standard buttons, the file dialogs, the text edits' context menus). Returns the
    translators that loaded; a missing catalogue leaves that part in English."""
    global _language
    app = QCoreApplication.instance()
    if app is None:
        return []
    remove_translations()
    _language = language
    wanted = [(f"glossa_{language}", translations_dir())]
    if language != "en":
        wanted.append((f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        else:
            translator.deleteLater()
    return list(_installed)


def installed_language() -> str:
    """The language install_translations last installed; "" before it or after remove_translations."""
    return _language


def remove_translations() -> None:
    global _language
    _language = ""
    while _installed:
        translator = _installed.pop()
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()


def apply_language(preference: str) -> str:
    """Choose the language, install its translators and, when the user picked a language other
    than the system's, write dates and numbers the way that language does. Returns the language."""
    language = choose_language(preference)
    install_translations(language)
    system = QLocale.system()
    if preference in SUPPORTED and system.language() != _LANGUAGES[language]:
        QLocale.setDefault(QLocale(_LANGUAGES[language], system.territory()))
    elif system.language() == QLocale.Language.C:
        QLocale.setDefault(c_locale())
    return language


def c_locale() -> QLocale:
    """The C locale (LANG=C, or unset) writing 12,345 rather than 12345 (Qt omits its separators)."""
    locale = QLocale.c()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale


# -- dates and numbers -------------------------------------------------------------------------

_WEEKDAY = re.compile(r"[\s,]*dddd[\s,]*")
_iso_dates = False  # Preferences > ISO dates: 2023-01-05 and 14:30 everywhere, whatever the locale


def set_iso_dates(enabled: bool) -> None:
    global _iso_dates
    _iso_dates = enabled


def _locale() -> QLocale:
    locale = QLocale()
    return c_locale() if locale.language() == QLocale.Language.C else locale


def date_format(locale: QLocale, full_month: bool = False) -> str:
    """The locale's long date without the weekday, months abbreviated unless `full_month`:
    "Jan 5, 2023" (en_US), "5 Jan 2023" (en_GB, C), "5 янв. 2023 г." (ru), "5 січ. 2023 р." (uk)."""
    pattern = _WEEKDAY.sub(" ", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
    return pattern if full_month else pattern.replace("MMMM", "MMM")


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def format_date(value: date | None, full_month: bool = False) -> str:
    """Every date the UI shows, in one style: the month by its name, so no reader takes 3/8 for
    the 3rd of August ("5 Jan 2023", "Jan 5, 2023", "5 янв. 2023 г."); 2023-01-05 with ISO dates."""
    if value is None:
        return ""
    if _iso_dates:
        return value.strftime("%Y-%m-%d")
    locale = _locale()
    return locale.toString(_qdate(value), date_format(locale, full_month))


def format_short_date(value: date | None) -> str:
    """A date for a column: the same style as every other date (numbers-only short formats are
    ambiguous: 1/5/23 is the 5th of January in the US and the 1st of May elsewhere)."""
    return format_date(value)


def format_time(value: datetime, seconds: bool = False) -> str:
    locale = _locale()
    pattern = "HH:mm" if _iso_dates else locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "ss" not in pattern:
        pattern = pattern.replace("mm", "mm:ss", 1)
    return locale.toString(QTime(value.hour, value.minute, value.second), pattern)


def format_datetime(value: datetime | None, full_month: bool = False, missing: str = "") -> str:
    """ "5 Jan 2023, 14:30", "Jan 5, 2023, 2:30 PM", "5 янв. 2023 г., 14:30"."""
    if value is None:
        return missing
    if _iso_dates:
        return f"{format_date(value)} {format_time(value)}"
    return f"{format_date(value, full_month)}, {format_time(value)}"


def format_timestamp(text: str) -> str:
    """A stored local timestamp ("2024-12-31 23:59:10") in the user's locale; as stored if unreadable."""
    try:
        return format_datetime(datetime.fromisoformat(text))
    except (TypeError, ValueError):
        return text[:16]


def format_number(number: int) -> str:
    return _locale().toString(number)


def format_data_size(size: int) -> str:
    """ "512 bytes", "3.0 MB"; "512 байт", "3,0 МБ" (Qt's units, our plural for bytes: Qt's is wrong in Russian)."""
    if size < 1024:
        return translate("DataSize", "%Ln byte(s)", None, PLURAL, size)
    return _locale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
