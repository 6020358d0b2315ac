"""Composition root: builds the QApplication, settings, library and main window, and wires them."""

from __future__ import annotations

import contextlib
import gc
import signal
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QStyleFactory, QWidget

from desktop import APP_ID, APP_NAME, __version__
from desktop.cli import open_library_seeded
from desktop.store import backup, coders
from desktop.store.check import explain_write_error, sync_folder_warning
from desktop.store.db import Library, LibraryDamaged, LibraryError, open_read_only
from desktop.store.errors import engine_errors
from desktop.store.server import is_server_url, needs_password, password_of, redacted, with_password
from desktop.ui.backup_dialog import (
    BackupRunner,
    DamagedChoice,
    RestoreConfirmation,
    RestoreDialog,
    ask_about_damaged_library,
)
from desktop.ui.i18n import apply_language, set_iso_dates, translated
from desktop.ui.live_updates import LiveUpdates
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Runner, Task
from desktop.ui.session import Session
from desktop.ui.settings import Settings
from desktop.ui.single_instance import ActivationServer, LibraryLock, ask_running_instance_to_activate


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    colors = {
        roles.Window: "#232629", roles.WindowText: "#e6e6e6", roles.Base: "#1b1e20",
        roles.AlternateBase: "#24282b", roles.ToolTipBase: "#31363b", roles.ToolTipText: "#eff0f1",
        roles.Text: "#e6e6e6", roles.Button: "#2d3136", roles.ButtonText: "#e6e6e6",
        roles.BrightText: "#ffffff", roles.Highlight: "#2f6ea5", roles.HighlightedText: "#ffffff",
        roles.Link: "#5eaaf0", roles.LinkVisited: "#b08ee6", roles.PlaceholderText: "#8c9298",
        roles.Mid: "#3a3f44", roles.Midlight: "#34393e", roles.Dark: "#141618", roles.Shadow: "#0b0c0d",
        roles.Light: "#41474d",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7f85"))
    return palette


def light_palette() -> QPalette:
    palette = QStyleFactory.create("Fusion").standardPalette()
    palette.setColor(QPalette.ColorRole.Link, QColor("#1f5fa8"))
    return palette


def indicator_palette(palette: QPalette) -> QPalette:
    """Fusion draws the frame of a check box or radio button in the window colour darkened,
    which on a dark window is as dark as the box: a lighter window colour, for those classes
    only (they paint no background of their own), gives the box a visible edge."""
    lighter = QPalette(palette)
    lighter.setColor(QPalette.ColorRole.Window, QColor("#8a9096"))
    return lighter


def apply_theme(app: QApplication, theme: str) -> None:
    """Fusion with our palettes for an explicit choice; the platform's look for "system"."""
    if theme in ("light", "dark"):
        app.setStyle("Fusion")
        palette = dark_palette() if theme == "dark" else light_palette()
    else:
        palette = app.style().standardPalette()
    app.setPalette(palette)
    for name in ("QCheckBox", "QRadioButton"):  # set for every theme: a class palette outlives a switch
        # PySide6's stub says bytes; the call itself takes only str.
        app.setPalette(indicator_palette(palette) if theme == "dark" else palette, name)  # type: ignore[arg-type]


class Glossa:
    """Holds the open library and the window; switches libraries on request."""

    def __init__(
        self, app: QApplication, library: Library, settings: Settings, lock: LibraryLock | None = None,
        quick_start: bool = False,
    ) -> None:
        """`quick_start`: the window paints its frame and list before it builds the rest, and
        the library's cares (backup, check, warnings) follow once it has (the start-up path)."""
        self.app = app
        self.session = Session(library)  # owns the open library; the window's panels follow it
        self.settings = settings
        self.lock = lock
        self.window = MainWindow(self.session, settings, quick_start=quick_start)
        self.window.fit_to_screen()
        self.window.library_requested.connect(self.switch_library)
        self.window.theme_requested.connect(self.set_theme)
        self.window.preferences_changed.connect(lambda: self.set_theme(self.settings.theme))
        self.window.preferences_changed.connect(self._apply_coder)
        self._apply_coder()
        self.activation = ActivationServer(library.path, self.bring_to_front, self.window)
        self.backups = BackupRunner(self.window)
        self.backups.finished.connect(self._on_backup_finished)
        self.backups.failed.connect(self._on_backup_failed)
        self._manual_backup = False
        self.window.backup_requested.connect(self.back_up_now)
        self.window.restore_requested.connect(self.restore_from_backup)
        self.verifier = Runner(self.window, latest_only=True)
        self.server_backups = Runner(self.window)  # a server library copied into a file: a lane of its own
        self.live = LiveUpdates(self.session, self.window)
        self.live.campaigns_analysed.connect(self.window.side_windows.campaigns_analysed)
        self.window.when_built(self.after_open)

    @property
    def library(self) -> Library:
        return self.session.library

    def _apply_coder(self) -> None:
        """Annotations are recorded as Preferences' coder (the system login when empty); in a
        library on a server, as the login, whatever Preferences say."""
        login = self.session.call(coders.login)
        self.session.annotations.set_coder_name(login or self.settings.coder)

    # -- opening ---------------------------------------------------------------------------

    def after_open(self) -> None:
        """Read-only state, a warning about sync folders (once per library), the daily backup.
        A library on a server has none of the three file cares; it is listened to instead."""
        library = self.library
        self.window.set_read_only(library.read_only, library.read_only_reason)
        self._apply_coder()
        self.live.follow(library)
        if library.url:
            return
        warning = sync_folder_warning(library.path)
        stored = self.settings.store.value("warnings/syncFolder", [])
        warned: list[str] = [stored] if isinstance(stored, str) else [str(p) for p in stored or []]  # type: ignore[attr-defined]
        if warning and str(library.path) not in warned:
            self.settings.store.setValue("warnings/syncFolder", [*warned, str(library.path)])
            QMessageBox.warning(self.window, APP_NAME, translated(warning))
        self.backups.start(library, daily=True, keep=self.settings.backup_count, cap=self.settings.backup_space)
        if not library.checked:  # opened unchanged since Glossa last closed it sound: check it now
            QTimer.singleShot(_VERIFY_DELAY_MS, self.window,  # dropped if the window goes first
                              lambda: self.verifier.read(lambda _task: _verify(library), self._on_verified))

    def _on_verified(self, result: object) -> None:
        if not isinstance(result, LibraryDamaged) or result.path != self.library.path:
            return
        # Damaged since Glossa last closed it (a failing disk): never write to it again.
        self.window.save_state()
        self.window.wait_for_background()
        self.backups.wait()
        self.library.close()
        self.settings.set_verified_stamp(str(self.library.path), "")
        try:
            library = recover_damaged(self.library.path, result, self.window)
        except (LibraryError, backup.BackupError, OSError) as error:
            failed = QCoreApplication.translate("Glossa", "Glossa cannot open the library.")
            QMessageBox.critical(self.window, APP_NAME, f"{failed}\n\n{_why(error)}")
            library = None
        if library is None:
            self.window.close()
            return
        self.session.set_library(library)
        self.window.set_read_only(library.read_only, library.read_only_reason)

    def close_library(self) -> None:
        """Close the library; remember its stamp when it was found sound, so the next start-up
        can skip the check while nothing else has written the file."""
        library = self.library
        self.live.stop()
        self.verifier.wait()
        self.server_backups.wait()
        if library.url:
            library.close()
            return
        if not library.checked and not library.read_only:  # closed before the check after start-up ran
            with contextlib.suppress(LibraryDamaged):  # the next start checks it again, and says so
                library.verify()
        library.close()
        sound = library.checked and not library.read_only
        self.settings.set_verified_stamp(str(library.path), library.closed_stamp if sound else "")

    # -- backups ---------------------------------------------------------------------------

    def back_up_now(self) -> None:
        if self.library.url:
            self._back_up_server_library()
            return
        self._manual_backup = True
        if not self.backups.start(self.library, keep=self.settings.backup_count, cap=self.settings.backup_space):
            self.window.statusBar().showMessage(QCoreApplication.translate("Glossa", "A backup is already running."),
                                                5000)

    def _on_backup_finished(self, info: object) -> None:
        if info is not None:
            name = getattr(info, "path", None)
            text = QCoreApplication.translate("Glossa", "Backed up: {name}").format(name=getattr(name, "name", name))
            self.window.statusBar().showMessage(text, 8000)
        self._manual_backup = False

    def _on_backup_failed(self, message: str) -> None:
        if self._manual_backup:
            failed = QCoreApplication.translate("Glossa", "The backup failed.")
            QMessageBox.warning(self.window, APP_NAME, f"{failed}\n\n{message}")
        else:
            text = QCoreApplication.translate("Glossa", "Daily backup failed: {reason}").format(reason=message)
            self.window.statusBar().showMessage(text, 15_000)
        self._manual_backup = False

    def _back_up_server_library(self) -> None:
        """A library on a server is backed up into a library file the user names (glossa backup)."""
        from desktop.store.copy import copy_library  # loaded when asked for
        from desktop.ui.window_actions import LIBRARY_FILTER  # with the window's actions, after its first paint

        if self.server_backups.busy:
            self.window.statusBar().showMessage(QCoreApplication.translate("Glossa", "A backup is already running."),
                                                5000)
            return
        name = f"{self.library.name}-{time.strftime('%Y-%m-%d_%H-%M-%S')}.glossa"
        path, _ = QFileDialog.getSaveFileName(
            self.window, QCoreApplication.translate("Glossa", "Back up the server library into a file"),
            str(Path.home() / name), translated(LIBRARY_FILTER))
        if not path:
            return
        target = Path(path)
        if target.exists():
            target.unlink()  # the save dialog asked before replacing it
        try:
            copy = Library.open(target)
        except LibraryError as error:
            QMessageBox.warning(self.window, APP_NAME, _why(error))
            return
        source = self.library

        def job(task: Task[object]) -> object:
            with engine_errors():
                return copy_library(source.db, copy.db)

        def finished(_report: object) -> None:
            copy.close()
            text = QCoreApplication.translate("Glossa", "Backed up: {name}").format(name=target.name)
            self.window.statusBar().showMessage(text, 8000)

        def failed(error: Exception) -> None:
            copy.close()
            for side in ("", "-wal", "-shm"):
                target.with_name(target.name + side).unlink(missing_ok=True)
            message = QCoreApplication.translate("Glossa", "The backup failed.")
            QMessageBox.warning(self.window, APP_NAME, f"{message}\n\n{_why(error)}")

        self.window.statusBar().showMessage(QCoreApplication.translate("Glossa", "Backing up…"))
        self.server_backups.write(job, finished, library=source, on_failure=failed)

    def restore_from_backup(self) -> None:
        if self.library.url:
            QMessageBox.information(self.window, APP_NAME, QCoreApplication.translate(
                "Glossa", "A library on a server is restored by its administrator, or from a library file with "
                "`glossa copy FILE SERVER` into an empty database."))
            return
        dialog = RestoreDialog(self.library.path, self.window)
        if not dialog.exec() or dialog.chosen is None:
            return
        if self.window.importing or self.backups.running:
            wait = QCoreApplication.translate("Glossa", "Wait for the import or backup to finish first.")
            QMessageBox.information(self.window, APP_NAME, wait)
            return
        path = self.library.path
        self.window.save_state()
        self.window.wait_for_background()
        self.close_library()
        try:
            backup.restore(path, dialog.chosen)
        except (backup.BackupError, OSError) as error:
            failed = QCoreApplication.translate("Glossa", "The restore failed; the library is as it was.")
            QMessageBox.critical(self.window, APP_NAME, f"{failed}\n\n{_why(error)}")
        try:
            library = Library.open(path)
        except LibraryError as error:
            failed = QCoreApplication.translate("Glossa", "Glossa cannot reopen the library.")
            QMessageBox.critical(self.window, APP_NAME, f"{failed}\n\n{_why(error)}")
            self.window.close()
            return
        self.session.set_library(library)
        self.window.statusBar().showMessage(QCoreApplication.translate("Glossa", "Restored from the backup."), 8000)

    def bring_to_front(self) -> None:
        """A second launch on this library: show this window instead of opening it twice."""
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def switch_library(self, path: str, create: bool) -> None:
        if is_server_url(path):
            self._switch_to_server(path)
            return
        target = Path(path)
        if not create and not target.exists():
            missing = QCoreApplication.translate("Glossa", "There is no library at {path}.").format(path=path)
            QMessageBox.warning(self.window, APP_NAME, missing)
            return
        if create and target.exists():
            target.unlink()  # the save dialog already asked before replacing it
        if self.window.importing:
            QMessageBox.information(
                self.window, APP_NAME, QCoreApplication.translate("Glossa", "Wait for the import to finish first."))
            return
        if target.resolve() == self.library.path:
            return
        new_lock = LibraryLock(target.resolve())
        if not new_lock.acquire():
            failed = QCoreApplication.translate("Glossa", "Glossa cannot open {path}.").format(path=target)
            QMessageBox.critical(self.window, APP_NAME, f"{failed}\n\n{new_lock.error_text()}")
            return
        self.window.save_state()
        self.window.wait_for_background()
        self.backups.wait()
        try:
            new = open_with_recovery(target, seed_demo=False, parent=self.window,
                                     unchanged_since=self.settings.verified_stamp(str(target.resolve())))
        except LibraryError as error:
            new_lock.release()
            failed = QCoreApplication.translate("Glossa", "Glossa cannot open that library.")
            QMessageBox.critical(self.window, APP_NAME, f"{failed}\n\n{_why(error)}")
            return
        if new is None:
            new_lock.release()
            return
        self._replace_library(new, new_lock)

    def _replace_library(self, new: Library, lock: LibraryLock | None) -> None:
        self.close_library()
        if self.lock is not None:
            self.lock.release()
        self.lock = lock
        if not new.url:
            self.activation.listen(new.path)
        self.session.set_library(new)
        self.after_open()

    def _switch_to_server(self, url: str) -> None:
        """A library on a server: no lock (several windows and coders share it), asked for a
        password when the server wants one that ~/.pgpass does not give."""
        if url == self.library.url:
            return
        if self.window.importing:
            QMessageBox.information(
                self.window, APP_NAME, QCoreApplication.translate("Glossa", "Wait for the import to finish first."))
            return
        new = open_server_library(url, self.window)
        if new is None:
            return
        self.window.save_state()
        self.window.wait_for_background()
        self.backups.wait()
        self._replace_library(new, None)

    def set_theme(self, theme: str) -> None:
        self.settings.theme = theme
        apply_theme(self.app, theme)
        for name, action in self.window.commands.theme_actions.items():
            action.setChecked(name == theme)


def open_with_recovery(
    path: Path, seed_demo: bool, parent: QWidget | None = None, unchanged_since: str | None = None
) -> Library | None:
    """Open a library; a damaged one is never written to: the user restores the newest good
    backup, opens it read-only, or closes. None when they close."""
    try:
        return open_library_seeded(path, seed_demo, unchanged_since)
    except LibraryDamaged as error:
        return recover_damaged(path, error, parent)


def recover_damaged(path: Path, error: LibraryDamaged, parent: QWidget | None) -> Library | None:
    """Ask what to do with a damaged library (closed, or never opened for writing): the newest
    good backup restored and opened, the file opened read-only, or None to close."""
    newest = backup.newest_good_backup(path)
    choice = ask_about_damaged_library(parent, error, newest)
    if choice is DamagedChoice.RESTORE and newest is not None:
        confirm = RestoreConfirmation(newest, parent)
        confirm.exec()
        if confirm.clickedButton() is confirm.restore_button:
            backup.restore(path, newest)
            return Library.open(path)
        return None
    if choice is DamagedChoice.READ_ONLY:
        return open_read_only(path, QCoreApplication.translate("Glossa", "the library is damaged"))
    return None


def _why(error: BaseException) -> str:
    """Why opening, restoring or reopening a library failed, in the UI's language: the message of
    a LibraryError or BackupError (a Text), a failed write or read of the disk in words."""
    return translated(explain_write_error(error) if isinstance(error, OSError) else error)


_VERIFY_DELAY_MS = 250  # after the first paint


def _verify(library: Library) -> LibraryDamaged | bool:
    try:
        library.verify()
    except LibraryDamaged as error:
        return error
    return True


def make_app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    settings = Settings()
    apply_language(settings.language)  # Preferences' choice, or the system's language
    set_iso_dates(settings.iso_dates)
    return app


def app_icon() -> QIcon:
    from desktop.paths import ICONS

    icon = QIcon(str(ICONS / f"{APP_ID}.svg"))
    for png in sorted((ICONS / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        icon.addFile(str(png))
    return icon


def _quit_on_termination_signals(app: QApplication) -> None:
    """SIGTERM (logout, `kill`) and Ctrl+C quit cleanly: state saved, lock released, WAL checkpointed.
    Python only runs signal handlers between bytecodes, so a timer gives it the chance."""
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: app.quit())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def _hand_over_to_running_instance(path: Path, lock: LibraryLock, patience_s: float = 30.0) -> bool:
    """Ask the Glossa holding the library to come to the front. It may still be starting (its
    window not up yet), so keep asking for a few seconds; give up early if its lock goes."""
    deadline = time.monotonic() + patience_s
    while time.monotonic() < deadline:
        if ask_running_instance_to_activate(path, timeout_ms=300):
            return True
        if lock.acquire():
            lock.release()  # the holder is gone: the caller takes the lock itself
            return False
        time.sleep(0.2)
    return False


def settle_start_up() -> None:
    """Once the window is shown. What exists by then (modules, the window, its models) lives until
    Glossa quits: frozen, it is never walked again by a full collection, which otherwise ran in
    the middle of opening a large thread. `cli._gui` kept the collector off until now."""
    gc.freeze()
    gc.enable()


def open_server_library(url: str, parent: QWidget | None) -> Library | None:
    """Open a library on a server, asking for the password when the server wants one; the
    password stays in memory. None (the reason shown) when it cannot be opened."""
    location = url
    while True:
        try:
            return Library.open(location)
        except LibraryError as error:
            if needs_password(error) and not password_of(location):
                from desktop.ui.open_library_dialog import ask_password

                password = ask_password(parent, redacted(url))
                if password:
                    location = with_password(url, password)
                    continue
                return None
            failed = QCoreApplication.translate("Glossa", "Glossa cannot open that library.")
            QMessageBox.critical(parent, APP_NAME, f"{failed}\n\n{_why(error)}")
            return None


def _run_on_server(url: str) -> int:
    app = make_app()
    settings = Settings()
    apply_theme(app, settings.theme)
    library = open_server_library(url, None)
    if library is None:
        return 2
    return _run_window(app, library, settings, None)


def run(path: Path | str, seed_demo: bool) -> int:
    if isinstance(path, str):
        return _run_on_server(path)
    app = make_app()
    if seed_demo and Settings().default_library:  # no --library: the Preferences' choice wins
        path, seed_demo = Path(Settings().default_library), False
    path = path.expanduser().resolve()
    lock = LibraryLock(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        failed = QCoreApplication.translate("Glossa", "Glossa cannot create the folder for {path}.").format(path=path)
        QMessageBox.critical(None, APP_NAME, f"{failed}\n\n{error.strerror}")
        return 2
    if not lock.acquire():
        if _hand_over_to_running_instance(path, lock):
            return 0  # the Glossa that has this library open comes to the front
        if not lock.acquire():
            failed = QCoreApplication.translate("Glossa", "Glossa cannot open {path}.").format(path=path)
            QMessageBox.critical(None, APP_NAME, f"{failed}\n\n{lock.error_text()}")
            return 1
    settings = Settings()
    apply_theme(app, settings.theme)
    try:
        library = open_with_recovery(path, seed_demo, unchanged_since=settings.verified_stamp(str(path)))
    except (LibraryError, backup.BackupError, OSError) as error:
        lock.release()
        failed = QCoreApplication.translate("Glossa", "Glossa cannot open the library.")
        QMessageBox.critical(None, APP_NAME, f"{failed}\n\n{_why(error)}")
        return 2
    if library is None:
        lock.release()
        return 1
    return _run_window(app, library, settings, lock)


def _run_window(app: QApplication, library: Library, settings: Settings, lock: LibraryLock | None) -> int:
    glossa = Glossa(app, library, settings, lock, quick_start=True)
    app.aboutToQuit.connect(glossa.window.save_state)
    _quit_on_termination_signals(app)
    glossa.window.show()
    settle_start_up()
    try:
        return app.exec()
    finally:
        glossa.window.wait_for_background()  # a quit by signal skips closeEvent, which waits for them
        glossa.backups.wait()
        glossa.close_library()
        if glossa.lock is not None:
            glossa.lock.release()
