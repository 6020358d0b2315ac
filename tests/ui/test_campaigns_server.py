"""The Campaigns window on a library on a PostgreSQL server: the analysis runs there as on a file,
and a coder who presses Analyse while another coder's analysis runs is told who, and can read the
kept results meanwhile."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.store.db import Library
from desktop.store.dialect import hold, let_go
from desktop.store.server import ServerDatabase
from desktop.ui.annotation_controller import AnnotationController
from desktop.ui.campaigns_view import CampaignsWindow


@pytest.fixture
def window(qtbot, campaign_server_library: Library) -> Iterator[CampaignsWindow]:  # type: ignore[no-untyped-def]
    controller = AnnotationController(campaign_server_library)
    shown = CampaignsWindow(campaign_server_library, controller)
    qtbot.addWidget(shown)
    shown.controller_ref = controller  # type: ignore[attr-defined]  # kept alive with the window
    shown.show()
    yield shown
    shown.wait()


def test_the_analysis_runs_on_a_server_library(qtbot, window: CampaignsWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.analysed, timeout=30_000):
        window.analyse_button.click()
    assert window.campaign_model.rowCount() == 2
    assert window.campaign_model.index(0, 6).data().startswith("The government is lying")
    assert window.status.text() == "2 campaigns, 0 pairs of handles commenting together"


def test_a_second_analysis_is_told_who_runs_one(qtbot, window: CampaignsWindow,  # type: ignore[no-untyped-def]
                                                postgres_url: str) -> None:
    other = ServerDatabase(postgres_url)  # another coder's window, analysing
    try:
        assert hold(other, "campaigns") is None
        window.analyse_button.click()
        qtbot.waitUntil(lambda: not window.running(), timeout=30_000)
        assert window.status.text().startswith("postgres is running the campaign analysis of this library now")
        assert window.analyse_button.isEnabled() and window.campaign_model.rowCount() == 0
        let_go(other, "campaigns")
        with qtbot.waitSignal(window.analysed, timeout=30_000):  # once it has finished, this one runs
            window.analyse_button.click()
        assert window.campaign_model.rowCount() == 2
    finally:
        other.close()
