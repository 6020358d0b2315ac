"""The Campaigns window (desktop/ui/campaigns_view.py): the analysis off the GUI thread, the
campaigns and their members, the differences marked, a member opened in its thread, a whole
campaign tagged in one undoable step, and the window reached from the View menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.store import annotations as annotation_store
from desktop.store import campaigns as campaign_store
from desktop.store.db import Library
from desktop.ui.annotation_controller import AnnotationController
from desktop.ui.campaigns_view import CampaignsWindow, marked_difference
from desktop.ui.main_window import MainWindow
from desktop.ui.session import Session
from desktop.ui.settings import Settings
from tests.store.test_campaigns import CAMPAIGN, OTHER, add_article


@pytest.fixture
def campaigned(library: Library) -> Library:
    add_article(library.db, "One", [("ann", 0, CAMPAIGN), ("bob", 3, CAMPAIGN.replace("war", "whole war")),
                                    ("cat", 9, OTHER)])
    add_article(library.db, "Two", [("cat", 0, CAMPAIGN + " 😡"), ("dan", 600, OTHER + "!")])
    return library


@pytest.fixture
def campaigns_window(qtbot, campaigned: Library) -> CampaignsWindow:
    controller = AnnotationController(campaigned)
    window = CampaignsWindow(campaigned, controller)
    qtbot.addWidget(window)
    window.controller_ref = controller  # type: ignore[attr-defined]  # kept alive with the window
    window.show()
    return window


def analyse(qtbot, window: CampaignsWindow) -> None:
    with qtbot.waitSignal(window.analysed, timeout=20_000):
        window.analyse_button.click()
    assert not window.running()


def test_analysis_runs_off_the_gui_thread_and_lists_campaigns(qtbot, campaigns_window: CampaignsWindow,
                                                              qtmodeltester) -> None:
    with qtbot.waitSignal(campaigns_window.analysed, timeout=20_000):
        campaigns_window.start(update=False)  # nothing kept yet
    assert campaigns_window.campaign_model.rowCount() == 0
    assert "Not analysed yet" in campaigns_window.status.text()
    analyse(qtbot, campaigns_window)
    model = campaigns_window.campaign_model
    qtmodeltester.check(model)
    qtmodeltester.check(campaigns_window.member_model)
    qtmodeltester.check(campaigns_window.co_posting_model)
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "3" and model.index(0, 1).data() == "3"
    assert model.index(0, 5).data() == "burst"
    assert model.index(0, 6).data().startswith("The government is lying")
    assert campaigns_window.member_model.rowCount() == 3  # the first campaign is shown
    assert [campaigns_window.member_model.index(r, 1).data() for r in range(3)] == ["ann", "cat", "bob"]
    assert campaigns_window.member_model.index(0, 2).data() == "One"
    assert len(campaigns_window.timeline.times) == 3


def test_a_member_shows_its_differences_and_opens_in_its_thread(qtbot, campaigns_window: CampaignsWindow) -> None:
    analyse(qtbot, campaigns_window)
    view = campaigns_window.member_view
    view.setCurrentIndex(campaigns_window.member_model.index(2, 0))  # bob's copy, "whole" inserted
    html = campaigns_window.text_view.toHtml()
    assert "background-color" in html and "whole" in html
    member = campaigns_window.member_model.members[2]
    with qtbot.waitSignal(campaigns_window.open_requested) as opened:
        view.activated.emit(campaigns_window.member_model.index(2, 0))
    assert opened.args == [member.article_id, member.comment_id, None]


def test_marked_difference_escapes_scraped_markup() -> None:
    marked = marked_difference("<b>Breaking</b> news today", "news today", "#ff0")
    assert "<b>" not in marked and "&lt;b&gt;Breaking&lt;/b&gt;" in marked
    assert marked.endswith("news today")


def test_a_campaign_is_tagged_in_one_undo_step(qtbot, campaigns_window: CampaignsWindow, campaigned: Library,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    analyse(qtbot, campaigns_window)
    tag_id, _ = annotation_store.create_tag(campaigned.db, "coordinated", "#aa0000")
    from desktop.ui.tag_picker import TagPicker

    monkeypatch.setattr(TagPicker, "choose", staticmethod(lambda *args, **kwargs: (tag_id, None)))
    campaign = campaigns_window.current_campaign()
    assert campaign is not None
    stack = campaigns_window.controller.stack
    campaigns_window.tag_button.click()
    tagged = "SELECT comment_id FROM comment_tag WHERE tag_id = ? ORDER BY comment_id"
    assert [r[0] for r in campaigned.db.execute_sql(tagged, (tag_id,))] == sorted(campaign.comment_ids)
    assert stack.count() == 1
    stack.undo()
    assert campaigned.db.execute_sql(tagged, (tag_id,)).fetchall() == []
    # A new tag: its creation and the tagging are one step too.
    monkeypatch.setattr(TagPicker, "choose", staticmethod(lambda *args, **kwargs: (None, "new/campaign")))
    campaigns_window.tag_button.click()
    assert stack.count() == 1 and stack.index() == 1
    stack.undo()
    assert all(t.path != "new/campaign" for t in annotation_store.tag_tree(campaigned.db))


def test_cancel_keeps_what_was_read(qtbot, campaigns_window: CampaignsWindow, campaigned: Library) -> None:
    campaigns_window.start(update=True)
    campaigns_window.cancel()
    qtbot.waitUntil(lambda: not campaigns_window.running(), timeout=20_000)
    assert campaigns_window.analyse_button.isEnabled()
    text = campaigns_window.status.text()
    assert "Cancelled" in text or "campaigns" in text  # it may have finished before the cancel arrived


def test_the_view_menu_opens_the_window(qtbot, campaigned: Library, settings: Settings) -> None:
    main = MainWindow(campaigned, settings)
    qtbot.addWidget(main)
    assert main.commands.campaigns_action.shortcut().toString() == "Ctrl+Alt+C"
    campaign_store.update(campaigned.db)
    main.commands.campaigns_action.trigger()
    window = main.campaigns_window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.campaign_model.rowCount() == 2, timeout=20_000)  # the kept results
    member = window.member_model.members[1]
    window.member_view.activated.emit(window.member_model.index(1, 0))
    current = main.reader.comment_tree.current_node()
    assert current is not None and current.comment.id == member.comment_id
    # The thread marks the campaign's comments, and the cards say so.
    in_campaigns = {m.comment_id for c in window.results.campaigns for m in c.members
                    if m.article_id == member.article_id}
    assert main.reader.comment_model.campaign_ids == in_campaigns and member.comment_id in in_campaigns
    window.close()
    assert not window.running()


def test_a_commenter_profile_names_who_copied_them_and_who_comments_with_them(qtbot, campaigned: Library) -> None:
    from desktop.store import authors
    from desktop.ui.author_profile import AuthorProfile

    profile = AuthorProfile(Session(campaigned))
    qtbot.addWidget(profile)
    ann = authors.find_author(campaigned.db, "ann")
    assert ann is not None
    profile.show_author(ann)
    assert profile.campaigns_label.text().startswith("None found")
    campaign_store.update(campaigned.db)
    profile.refresh()
    text = profile.campaigns_label.text()
    assert text.startswith("Near-duplicates of their comments by: ") and "bob (1)" in text and "cat (1)" in text
    assert profile.campaigns_label.textFormat() == Qt.TextFormat.PlainText


def test_only_real_edits_are_marked() -> None:
    marked = marked_difference("THE wаr is a lie 😡!!! now", "The war is a lie", "#ff0")
    assert marked == 'THE wаr is a lie 😡!!! <span style="background-color: #ff0">now</span>'


def test_a_note_on_a_campaign_is_written_in_the_note_panel_and_undone(qtbot, campaigned: Library,
                                                                      settings: Settings) -> None:
    main = MainWindow(campaigned, settings)
    qtbot.addWidget(main)
    campaign_store.update(campaigned.db)
    main.commands.campaigns_action.trigger()
    window = main.campaigns_window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.campaign_model.rowCount() == 2, timeout=20_000)
    campaign = window.current_campaign()
    assert campaign is not None and window.note_button.isEnabled()
    key = campaign_store.campaign_keys(campaigned.db, [campaign.id])[campaign.id]
    window.note_button.click()
    editor = main.note_editor
    assert editor.target() == annotation_store.Target("campaign", key)
    assert editor.header.full_text().startswith("Campaign: “The government is lying")
    qtbot.keyClicks(editor.editor, "Posted from one office")
    assert editor.flush()
    assert annotation_store.get_note(campaigned.db, ("campaign", key)).body == "Posted from one office"  # type: ignore[union-attr]
    main.commands.undo_action.trigger()
    assert annotation_store.get_note(campaigned.db, ("campaign", key)) is None
    window.close()


def test_the_window_remembers_its_last_settings(qtbot, campaigned: Library, settings: Settings) -> None:
    controller = AnnotationController(campaigned)
    first = CampaignsWindow(campaigned, controller, None, settings)
    qtbot.addWidget(first)
    assert (first.similarity.value(), first.min_handles.value(), first.window_minutes.value(),
            first.co_posting_minutes.value()) == (0.8, 2, 30, 10)
    first.similarity.setValue(0.75)
    first.min_handles.setValue(3)
    first.window_minutes.setValue(45)
    first.co_posting_minutes.setValue(5)
    analyse(qtbot, first)
    header = first.co_posting_model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "within 5 minute" in header
    first.close()
    again = CampaignsWindow(campaigned, controller, None, settings)
    qtbot.addWidget(again)
    assert (again.similarity.value(), again.min_handles.value(), again.window_minutes.value(),
            again.co_posting_minutes.value()) == (0.75, 3, 45, 5)
