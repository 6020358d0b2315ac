"""The windows beside the main one, made on first use: the Annotations browser, Campaigns and
Agreement.
Each shows the library open (another library closes them) and opens what it points at in the
main window.

Their titles keep the window's translation context ("MainWindow"), where the catalogues have them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.ui.i18n import translate

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class SideWindows:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.browser: Any = None  # desktop/ui/annotations_browser.py
        self.campaigns: Any = None  # desktop/ui/campaigns_view.py
        self.agreement: Any = None  # desktop/ui/agreement_window.py

    def show_campaigns(self) -> None:
        from desktop.ui.campaigns_view import CampaignsWindow

        w = self.window
        if self.campaigns is None:
            window = CampaignsWindow(w.library, w.controller, None, w.settings)
            title = translate("MainWindow", "Campaigns — {library}")
            window.setWindowTitle(title.format(library=w.library.name))
            window.resize(1000, 640)
            window.open_requested.connect(w.open_source)
            window.note_requested.connect(w.write_note_on)
            window.analysed.connect(w.reader.refresh_annotations)  # the thread's campaign markers
            self.campaigns = window
            window.start(update=False)  # the kept results, if any
        _bring_up(self.campaigns)

    def show_browser(self) -> None:
        from desktop.ui.annotations_browser import AnnotationsBrowser

        w = self.window
        if self.browser is None:
            browser = AnnotationsBrowser(w.library, None)
            browser.view_coder = w.session.view_coder  # blind coding hides the others' notes here too
            title = translate("MainWindow", "Annotations — {library}")
            browser.setWindowTitle(title.format(library=w.library.name))
            browser.resize(900, 560)
            browser.open_requested.connect(w.open_source)
            self.browser = browser
        _bring_up(self.browser)

    def show_agreement(self) -> None:
        from desktop.ui.agreement_window import AgreementWindow

        w = self.window
        if self.agreement is None:
            # adjudications go on the undo stack; blind coding hides the figures
            window = AgreementWindow(w.library, None, w.controller, w.session)
            title = translate("MainWindow", "Agreement — {library}")
            window.setWindowTitle(title.format(library=w.library.name))
            window.comment_requested.connect(lambda article, comment: w.open_source(article, comment, None))
            self.agreement = window
            window.compute()
        _bring_up(self.agreement)

    def refresh(self) -> None:
        """Annotations, or the way dates are written, changed: the browser shows them anew."""
        if self.browser is not None:
            self.browser.refresh()

    def campaigns_analysed(self) -> None:
        """Another coder's campaign analysis finished: the open Campaigns window reads its results
        (and then the thread's campaign markers follow), else only the markers are read again."""
        if self.campaigns is not None:
            self.campaigns.analysed_elsewhere()
        else:
            self.window.reader.refresh_annotations()

    def close_all(self) -> None:
        """Another library is open: these showed the old one."""
        if self.browser is not None:
            self.browser.close()
            self.browser = None
        if self.campaigns is not None:
            self.campaigns.close()  # waits for a running analysis of the old library
            self.campaigns = None
        if self.agreement is not None:
            self.agreement.close()  # waits for a running comparison
            self.agreement = None


def _bring_up(window: Any) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
