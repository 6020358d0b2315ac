"""Another coder's campaign analysis of a server library reaches this window (issue 22): when it
finishes, the open Campaigns window reads its results, says whose they are, and keeps the
campaign shown; the analysis is announced by the process that ran it (store/changes.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.store.db import Library
from desktop.ui.live_updates import LiveUpdates
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings

ROOT = Path(__file__).resolve().parent.parent.parent



def _another_coder_analyses(url: str) -> None:
    subprocess.run([sys.executable, "-m", "desktop", "--library", url, "campaigns"], cwd=ROOT, check=True,
                   capture_output=True, timeout=120)


def test_another_coders_analysis_is_read_by_the_open_campaigns_window(
    qtbot, campaign_server_library: Library, settings: Settings, postgres_url: str  # type: ignore[no-untyped-def]
) -> None:
    window = MainWindow(campaign_server_library, settings)
    qtbot.addWidget(window)
    live = LiveUpdates(window.session, window)
    live.campaigns_analysed.connect(window.side_windows.campaigns_analysed)  # as app.py wires it
    live.follow(campaign_server_library)
    window.show()
    qtbot.waitUntil(lambda: live.listening)
    window.side_windows.show_campaigns()
    campaigns = window.side_windows.campaigns
    qtbot.waitUntil(lambda: not campaigns.running(), timeout=30_000)
    assert campaigns.campaign_model.rowCount() == 0 and campaigns.status.text().startswith("Not analysed yet")
    try:
        with qtbot.waitSignal(campaigns.analysed, timeout=30_000):
            _another_coder_analyses(postgres_url)
        assert campaigns.campaign_model.rowCount() == 2
        assert campaigns.status.text() == (
            "Another coder's analysis finished: 2 campaigns, 0 pairs of handles commenting together")
        campaigns.campaign_view.selectRow(1)
        shown = campaigns.current_campaign()
        with qtbot.waitSignal(campaigns.analysed, timeout=30_000):
            _another_coder_analyses(postgres_url)  # nothing new, yet finished: read again
        assert campaigns.current_campaign() == shown  # the campaign the coder looked at stays shown
        campaigns.analyse_button.click()  # this window's own analysis is told as before
        with qtbot.waitSignal(campaigns.analysed, timeout=30_000):
            pass
        assert campaigns.status.text() == "2 campaigns, 0 pairs of handles commenting together"
    finally:
        campaigns.close()
        live.stop()


def test_an_analysis_finishing_elsewhere_while_this_window_reads_is_read_again(
    qtbot, campaign_server_library: Library  # type: ignore[no-untyped-def]
) -> None:
    from desktop.ui.annotation_controller import AnnotationController
    from desktop.ui.campaigns_view import CampaignsWindow

    controller = AnnotationController(campaign_server_library)
    campaigns = CampaignsWindow(campaign_server_library, controller)
    qtbot.addWidget(campaigns)
    runs: list[bool] = []
    campaigns.analysed.connect(lambda: runs.append(True))
    campaigns.start(update=False)
    campaigns.analysed_elsewhere()  # while the first read runs: once it ends, read again
    qtbot.waitUntil(lambda: len(runs) == 2 and not campaigns.running(), timeout=30_000)
    assert campaigns.status.text().startswith("Another coder's analysis finished: Not analysed yet")
    campaigns.wait()
