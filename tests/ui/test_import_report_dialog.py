"""The import report dialog after a big import: the totals of every file, the first notes, where the
full report is and buttons that open it (a local file) and its folder; the full report in the UI's
words (issue 10)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from desktop.ingest import report as reporting
from desktop.ingest.importer import ImportReport, ReportLog, import_paths
from desktop.store.db import Library
from desktop.ui import import_report
from desktop.ui.import_report import ImportReportDialog, TranslatedReportFormat, details_text, summary_text
from desktop.ui.operations import Runner
from tests.ingest.builders import article_a, comment


def corpus(folder: Path, files: int) -> Path:
    for number in range(files):
        path = folder / f"{number:03}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_a(f"Page {number}", comment(1, "reader")), encoding="utf-8")
    (folder / "zz-empty.txt").write_bytes(b"")
    (folder / "README.md").write_text("not read", encoding="utf-8")
    return folder


@pytest.fixture
def big_report(qapp, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ImportReport:
    """40 files with a note each, and an empty one, with room for 5 files and 8 notes in memory."""
    monkeypatch.setattr(reporting, "KEEP_FILES", 5)
    monkeypatch.setattr(reporting, "KEEP_NOTES", 8)
    return import_paths(library, [corpus(tmp_path / "in", 40)], log=ReportLog(TranslatedReportFormat()))


def test_the_dialog_says_where_the_full_report_is_and_opens_it(
    qtbot, big_report: ImportReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    dialog = ImportReportDialog(big_report)
    qtbot.addWidget(dialog)
    assert big_report.log_path is not None
    assert "40 new articles and 40 comments imported from 41 files." in dialog.summary.text()
    assert dialog.full_report.text() == f"The full report, every file and note included, is in {big_report.log_path}"
    assert dialog.full_report.textFormat() == Qt.TextFormat.PlainText
    details = dialog.details.toPlainText()
    assert details.count("note  ") == 5 + 0  # the first 5 files' notes; the empty file has none
    assert "SKIPPED" in details and "zz-empty.txt" in details
    assert "35 more note" in details and "README.md" in details  # counted, and the file not read named
    qtbot.mouseClick(dialog.open_report, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_folder, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(big_report.log_path), str(big_report.log_path.parent)]
    assert all(url.isLocalFile() for url in opened)


def test_the_full_report_is_in_the_ui_s_words(big_report: ImportReport) -> None:
    assert big_report.log_path is not None
    text = big_report.log_path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("Import report: ")
    files = [line for line in lines if line.startswith("ok ")]
    assert len(files) == 40 and files[0].endswith("000.txt: 1 new article, 1 comment")
    assert sum(line.strip().startswith("note: 'Page") for line in lines) == 40
    assert "SKIPPED" in text and "empty file" in text
    assert summary_text(big_report, above=True) in text and "see above" in text
    assert "README.md" in text


def test_without_a_full_report_there_is_nothing_to_open(qtbot, library: Library, tmp_path: Path) -> None:
    report = import_paths(library, [corpus(tmp_path / "in", 2)])
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.full_report.isHidden() and dialog.open_report.isHidden() and dialog.open_folder.isHidden()
    assert details_text(report).count("note  ") == 2 and "more note" not in details_text(report)
    failed = ImportReportDialog(None, failure="RuntimeError: bug")
    qtbot.addWidget(failed)
    assert failed.open_report.isHidden() and failed.full_report.isHidden()


def test_a_full_report_that_could_not_be_written_is_said(qtbot, library: Library, tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the reports folder would be", encoding="utf-8")
    report = import_paths(library, [corpus(tmp_path / "in", 2)], log=ReportLog(folder=blocked / "reports"))
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.full_report.text().startswith("No full report could be written: ")
    assert dialog.open_report.isHidden()


def test_the_worker_writes_the_full_report_beside_the_library(qtbot, library: Library, tmp_path: Path) -> None:
    reports: list[ImportReport] = []
    runner = Runner()
    runner.write(import_report.import_job(library, [str(corpus(tmp_path / "in", 2))]), reports.append,
                 library=library)  # fmt: skip
    qtbot.waitUntil(lambda: reports != [])
    report = reports[0]
    assert report.log_path is not None and report.log_path.parent == library.path.with_name("test.glossa.reports")
    assert report.log_path.read_text(encoding="utf-8").count("ok ") == 2
