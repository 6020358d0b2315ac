"""Every setting, declared once with its type and default, over QSettings.
User data (tags, notes) lives in the library, never here."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


class _Setting(Generic[T]):
    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    def __get__(self, settings: Settings, owner: type | None = None) -> T:
        value = settings.store.value(self.key, self.default)
        return _coerce(value, self.default)

    def __set__(self, settings: Settings, value: T) -> None:
        settings.store.setValue(self.key, value)


def _coerce(value: Any, default: Any) -> Any:
    """QSettings on Linux stores everything as text: turn it back into the default's type."""
    if value is None:
        return default
    if isinstance(default, bool):
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
    if isinstance(default, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            return default
    if isinstance(default, list):
        if isinstance(value, str):
            return [value]
        return list(value) if isinstance(value, (list, tuple)) else default
    if isinstance(default, QByteArray):
        return value if isinstance(value, QByteArray) else default
    return type(default)(value) if not isinstance(value, type(default)) else value


class Settings:
    """Typed access to the app's QSettings (one instance, made in app.py)."""

    window_geometry = _Setting("window/geometry", QByteArray())
    # The layout's keys name its version: the three-column layout's saved widths (titles of ten
    # characters) are not carried into the list-above-reader one.
    window_state = _Setting("window/v2/state", QByteArray())
    main_splitter = _Setting("window/v2/mainSplitter", QByteArray())
    reading_splitter = _Setting("window/v2/readingSplitter", QByteArray())
    reader_splitter = _Setting("window/v2/readerSplitter", QByteArray())
    list_header = _Setting("articleList/v2/header", QByteArray())
    list_header_columns = _Setting("articleList/v2/headerColumns", [""])  # the column keys list_header knew
    sort_column = _Setting("articleList/sortColumn", "imported")
    sort_descending = _Setting("articleList/sortDescending", True)
    recent_libraries = _Setting("libraries/recent", [""])
    last_library = _Setting("libraries/last", "")
    theme = _Setting("appearance/theme", "system")  # system, light or dark
    reading_font_size = _Setting("appearance/readingFontSize", 0)  # points; 0 follows the system font
    default_library = _Setting("libraries/default", "")  # empty: the platform's app-data folder
    backup_count = _Setting("backups/keep", 10)
    backup_space = _Setting("backups/spaceTimesLibrary", 2.0)  # backups together: at most this times the library
    language = _Setting("appearance/language", "system")  # system, en, ru or uk
    iso_dates = _Setting("appearance/isoDates", False)  # 2023-01-05 rather than the locale's "5 Jan 2023"
    coder = _Setting("coding/coder", "")  # the name annotations are recorded under; empty: the system login
    # The Campaigns window's last analysis (desktop/analysis/defaults.py has the same defaults).
    campaign_similarity = _Setting("campaigns/similarity", 0.8)
    campaign_min_handles = _Setting("campaigns/minHandles", 2)
    campaign_burst_minutes = _Setting("campaigns/burstMinutes", 30)
    campaign_co_posting_minutes = _Setting("campaigns/coPostingMinutes", 10)

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def last_article(self, library_path: str) -> int:
        return int(_coerce(self.store.value(f"lastArticle/{_key(library_path)}", 0), 0))

    def set_last_article(self, library_path: str, article_id: int) -> None:
        self.store.setValue(f"lastArticle/{_key(library_path)}", article_id)

    def verified_stamp(self, library_path: str) -> str:
        """The library file's stamp when Glossa last closed it after quick_check found it sound
        (desktop/store/db.py, file_stamp)."""
        return str(self.store.value(f"verified/{_key(library_path)}", "") or "")

    def set_verified_stamp(self, library_path: str, stamp: str) -> None:
        self.store.setValue(f"verified/{_key(library_path)}", stamp)

    def add_recent_library(self, path: str, keep: int = 8) -> None:
        recent = [p for p in self.recent_libraries if p and p != path]
        self.recent_libraries = [path, *recent][:keep]


def _key(path: str) -> str:
    """A QSettings-safe key for a file path."""
    return path.replace("/", "|").replace("\\", "|")
