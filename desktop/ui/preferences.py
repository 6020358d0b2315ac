"""Preferences: theme, reading font size, default library, backups kept and their space, language, ISO dates.
Applied by the window on OK; the language takes effect at the next start."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.paths import default_library
from desktop.store import coders
from desktop.ui.i18n import QT_TRANSLATE_NOOP, format_date
from desktop.ui.settings import Settings

THEMES = [  # labels in English, translated when shown
    ("system", QT_TRANSLATE_NOOP("PreferencesDialog", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("PreferencesDialog", "Light")),
    ("dark", QT_TRANSLATE_NOOP("PreferencesDialog", "Dark")),
]
# Each language by its own name, never translated: a user who cannot read the current one finds theirs.
LANGUAGES = [("system", QT_TRANSLATE_NOOP("PreferencesDialog", "System language")), ("en", "English"),
             ("ru", "Русский"), ("uk", "Українська")]


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self._setup_ui()
        self._connect_signals()
        self._load()

    def _setup_ui(self) -> None:
        self.theme = QComboBox(self)
        for key, label in THEMES:
            self.theme.addItem(self.tr(label), key)
        self.theme.setAccessibleName(self.tr("Theme"))
        self.font_size = QSpinBox(self)
        self.font_size.setRange(0, 32)
        self.font_size.setSpecialValueText(self.tr("System size"))
        self.font_size.setSuffix(self.tr(" pt", "points, the unit of font sizes"))
        self.font_size.setAccessibleName(self.tr("Reading font size"))
        self.library = QLineEdit(self)
        self.library.setPlaceholderText(str(default_library()))
        self.library.setAccessibleName(self.tr("Default library"))
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.setAccessibleName(self.tr("Choose the default library"))
        library_row = QHBoxLayout()
        library_row.addWidget(self.library)
        library_row.addWidget(self.browse)
        self.backups = QSpinBox(self)
        self.backups.setRange(1, 100)
        self.backups.setAccessibleName(self.tr("Backups to keep"))
        self.backup_space = QDoubleSpinBox(self)
        self.backup_space.setRange(0.5, 50.0)
        self.backup_space.setSingleStep(0.5)
        self.backup_space.setDecimals(1)
        self.backup_space.setSuffix(self.tr(" × the library's size"))
        self.backup_space.setAccessibleName(self.tr("Space for backups"))
        self.backup_space.setToolTip(self.tr("The oldest backups are removed when all of them together would take "
                                             "more; the newest is always kept. A backup is compressed to about a "
                                             "third of the library."))
        self.language = QComboBox(self)
        for key, label in LANGUAGES:
            self.language.addItem(self.tr(label) if key == "system" else label, key)
        self.language.setAccessibleName(self.tr("Language"))
        self.language_note = QLabel(self.tr("The language changes at the next start."), self)
        self.language_note.setEnabled(False)
        self.iso_dates = QCheckBox(self.tr("&ISO dates (2023-01-05, 14:30)"), self)
        self.iso_dates.setToolTip(self.tr("Otherwise dates are written as your language writes them: {example}")
                                  .format(example=format_date(date(2023, 1, 5))))
        self.coder = QLineEdit(self)
        self.coder.setPlaceholderText(coders.default_name())
        self.coder.setMaxLength(coders.MAX_NAME)
        self.coder.setAccessibleName(self.tr("Coder"))
        self.coder.setToolTip(self.tr("The name your tags, highlights and notes are recorded under"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Reading font size:"), self.font_size)
        library_label = QLabel(self.tr("Default &library:"), self)
        library_label.setBuddy(self.library)
        form.addRow(library_label, library_row)
        form.addRow(self.tr("&Backups to keep:"), self.backups)
        form.addRow(self.tr("Backups use at &most:"), self.backup_space)
        form.addRow(self.tr("Lan&guage:"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Dates:"), self.iso_dates)
        coder_label = QLabel(self.tr("&Coder:"), self)
        coder_label.setBuddy(self.coder)
        form.addRow(coder_label, self.coder)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form.addRow(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self._on_browse)

    def _load(self) -> None:
        s = self.settings
        self.theme.setCurrentIndex(max(0, self.theme.findData(s.theme)))
        self.font_size.setValue(s.reading_font_size)
        self.library.setText(s.default_library)
        self.backups.setValue(s.backup_count)
        self.backup_space.setValue(s.backup_space)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.iso_dates.setChecked(s.iso_dates)
        self.coder.setText(s.coder)

    def _on_browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Default library"), self.library.text() or str(default_library()),
            self.tr("Glossa libraries (*.glossa);;All files (*)"), options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.library.setText(path)

    def _on_accepted(self) -> None:
        s = self.settings
        s.theme = self.theme.currentData()
        s.reading_font_size = self.font_size.value()
        s.default_library = self.library.text().strip()
        s.backup_count = self.backups.value()
        s.backup_space = self.backup_space.value()
        s.language = self.language.currentData()
        s.iso_dates = self.iso_dates.isChecked()
        s.coder = _coder_name(self.coder.text())
        self.accept()


def _coder_name(text: str) -> str:
    """The coder name as typed, tidied; empty (the system login) when it cannot be a name."""
    try:
        return coders.clean_name(text) if text.strip() else ""
    except coders.CoderError:
        return ""
