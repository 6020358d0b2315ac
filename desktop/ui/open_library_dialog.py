"""File > Open Library…: a library file, or a library a team shares on a PostgreSQL server.

The Server tab builds the connection string from its fields; it never asks for a password and
never stores one: libpq reads it from ~/.pgpass or a service file, and when the server asks for
one anyway the application asks the user for it (`ask_password`) and keeps it in memory only."""

from __future__ import annotations

import getpass
from pathlib import Path
from urllib.parse import parse_qs, quote, urlencode, urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.texts import QT_TRANSLATE_NOOP
from desktop.ui.i18n import translated
from desktop.ui.window_actions import LIBRARY_FILTER

# libpq's sslmode values, safest last; "prefer" is libpq's own default.
TLS_MODES = ("prefer", "require", "verify-full", "disable")


def server_url(host: str, port: int, database: str, user: str, tls: str) -> str:
    """postgresql://user@host:port/database?sslmode=...: the parts quoted, no password."""
    netloc = f"{quote(user, safe='')}@" if user else ""
    netloc += f"[{host}]" if ":" in host else host
    netloc += f":{port}" if port and port != 5432 else ""
    query = f"?{urlencode({'sslmode': tls})}" if tls and tls != "prefer" else ""
    return f"postgresql://{netloc}/{quote(database, safe='')}{query}"


class OpenLibraryDialog(QDialog):
    """Choose a library: `location` is a file's path or a server's connection string."""

    def __init__(self, folder: str, last_server: str = "", recent: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open Library"))
        self.location = ""
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._file_tab(folder, recent or []), self.tr("&File"))
        self.tabs.addTab(self._server_tab(last_server), self.tr("&Server"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.tabs.currentChanged.connect(self._update_open_button)
        for field in (self.path, self.host, self.database):
            field.textChanged.connect(self._update_open_button)
        self.tabs.setCurrentIndex(1 if last_server else 0)
        self._update_open_button()

    def _file_tab(self, folder: str, recent: list[str]) -> QWidget:
        tab = QWidget(self)
        self.folder = folder
        self.path = QLineEdit(tab)
        self.path.setPlaceholderText(self.tr("A library file (.glossa)"))
        self.path.setAccessibleName(self.tr("Library file"))
        self.browse = QPushButton(self.tr("Choose…"), tab)
        self.browse.clicked.connect(self._on_browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(self.browse)
        label = QLabel(self.tr("Library &file:"), tab)
        label.setBuddy(self.path)
        self.recent = QListWidget(tab)
        self.recent.setAccessibleName(self.tr("Recent libraries"))
        for location in recent:
            item = QListWidgetItem(Path(location).name, self.recent)
            item.setToolTip(location)
            item.setData(Qt.ItemDataRole.UserRole, location)
        self.recent.currentItemChanged.connect(self._on_recent_chosen)
        self.recent.itemActivated.connect(lambda _item: self._on_accepted())
        recent_label = QLabel(self.tr("&Recent:"), tab)
        recent_label.setBuddy(self.recent)
        form = QFormLayout(tab)
        form.addRow(label, row)
        form.addRow(recent_label, self.recent)
        recent_label.setVisible(bool(recent))
        self.recent.setVisible(bool(recent))
        return tab

    def _server_tab(self, last: str) -> QWidget:
        tab = QWidget(self)
        parts = urlsplit(last) if last else None
        self.host = QLineEdit(parts.hostname or "" if parts else "", tab)
        self.host.setPlaceholderText("db.example.org")
        self.port = QSpinBox(tab)
        self.port.setRange(1, 65535)
        self.port.setValue(parts.port or 5432 if parts else 5432)
        self.database = QLineEdit(parts.path.lstrip("/") if parts else "", tab)
        self.database.setPlaceholderText(self.tr("the team's database"))
        self.user = QLineEdit(parts.username or "" if parts else "", tab)
        self.user.setPlaceholderText(getpass.getuser())
        self.tls = QComboBox(tab)
        labels = {"prefer": self.tr("When the server offers it"), "require": self.tr("Always (encrypted)"),
                  "verify-full": self.tr("Always, and check the server's certificate"),
                  "disable": self.tr("Never")}
        for mode in TLS_MODES:
            self.tls.addItem(labels[mode], mode)
        wanted = parse_qs(parts.query).get("sslmode", ["prefer"])[0] if parts else "prefer"
        self.tls.setCurrentIndex(max(0, self.tls.findData(wanted)))
        note = QLabel(self.tr("Your login on the server is your coder name. The password comes from ~/.pgpass or "
                              "is asked for; Glossa never stores it."), tab)
        note.setWordWrap(True)
        note.setEnabled(False)
        form = QFormLayout(tab)
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&Login:"), self.user)
        form.addRow(self.tr("&Encryption:"), self.tls)
        form.addRow(note)
        return tab

    def _on_recent_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.path.setText(item.data(Qt.ItemDataRole.UserRole))

    def _on_browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open library"), self.path.text() or self.folder,
                                              translated(LIBRARY_FILTER))
        if path:
            self.path.setText(path)

    def _update_open_button(self) -> None:
        ready = bool(self.path.text().strip()) if self.tabs.currentIndex() == 0 else bool(
            self.host.text().strip() and self.database.text().strip())
        button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        button.setEnabled(ready)

    def _on_accepted(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.location = str(Path(self.path.text().strip()).expanduser())
        else:
            self.location = server_url(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                                       self.user.text().strip(), self.tls.currentData())
        self.accept()


def ask_password(parent: QWidget | None, shown: str) -> str | None:
    """The password for a server that asked for one; kept in memory only. None when cancelled."""
    text, ok = QInputDialog.getText(
        parent, translated(QT_TRANSLATE_NOOP("OpenLibraryDialog", "Password")),
        translated(QT_TRANSLATE_NOOP("OpenLibraryDialog", "The server asks for the password of {url}:")).format(
            url=shown), QLineEdit.EchoMode.Password)
    return text if ok else None
