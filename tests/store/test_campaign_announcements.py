"""A campaign analysis that finishes on a server library is announced (store/changes.py), so other
coders' open Campaigns windows read the new results; one refused or cancelled is not."""

from __future__ import annotations

import pytest

from desktop.store import campaigns, changes
from desktop.store.db import Library
from desktop.store.dialect import hold, let_go
from desktop.store.server import ServerDatabase


def test_a_finished_analysis_is_announced_to_other_windows(postgres_url: str) -> None:
    library = Library.open(postgres_url)
    listener = changes.Listener(library.db, process="another window")
    other = ServerDatabase(postgres_url)
    try:
        assert hold(other, "campaigns") is None
        with pytest.raises(campaigns.Busy):
            campaigns.update(library.db)
        let_go(other, "campaigns")
        with pytest.raises(campaigns.Cancelled):
            campaigns.update(library.db, cancelled=lambda: True)
        assert listener.wait(0.3) == []  # refused or cancelled: no new results to read
        campaigns.update(library.db)
        assert listener.wait(5) == [changes.Announcement("campaigns", None)]
    finally:
        other.close()
        listener.close()
        library.close()
