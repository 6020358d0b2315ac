"""The consensus's coded mark covers what it adjudicated (store/agreement.py): the first
adjudication of a comment also gives the consensus the tags every compared coder put there, so
its coding of the comment is whole and agrees with the coders where they agreed; later
adjudications of the comment add only their own decision. Undone as one step. Both engines."""

from __future__ import annotations

from desktop.store import agreement, coders
from desktop.store import annotations as ann
from desktop.store.db import Library
from tests.store.test_annotations import make_article


def test_the_first_adjudication_of_a_comment_adopts_the_codes_the_coders_agree_on(engine_library: Library) -> None:
    db = engine_library.db
    anna, boris, vera = (coders.coder_id(db, name) for name in ("Anna", "Boris", "Vera"))
    war, _ = ann.create_tag(db, "war")
    peace, _ = ann.create_tag(db, "peace")
    irony, _ = ann.create_tag(db, "irony")
    article, (first, second) = make_article(db, comments=[(None, "a", "one"), (None, "b", "two")])
    ann.tag_comments(db, war, [first], coder=anna)
    ann.tag_comments(db, war, [first], coder=boris)  # agreed: war on the first comment
    ann.tag_comments(db, peace, [first], coder=anna)  # disputed: peace
    ann.tag_comments(db, irony, [first], coder=anna)
    ann.tag_comments(db, irony, [first], coder=vera)  # Vera is not compared: irony is not agreed
    for coder in (anna, boris, vera):
        ann.set_coded(db, ("article", article), coder=coder)

    change = agreement.adjudicate(db, first, peace, False, ["Anna", "Boris"])
    consensus = coders.find_coder(db, agreement.CONSENSUS)
    assert consensus is not None
    assert ann.comment_tag_ids(db, article, coder=consensus) == {first: [war]}  # adopted; peace decided "no"
    found = agreement.report(db, None, ["Anna", agreement.CONSENSUS])
    assert found.units == [first]  # the consensus's unit is the comment it adjudicated, not the article
    # not war: adopted (before, the consensus read as leaving war off); irony only Anna put there
    assert [(d.tag, d.comment_id) for d in found.disagreements] == [("irony", first), ("peace", first)]

    again = agreement.adjudicate(db, first, irony, True, ["Anna", "Boris"])  # a later decision adds only itself
    assert sorted(ann.comment_tag_ids(db, article, coder=consensus)[first]) == sorted([war, irony])
    ann.undo(db, again)
    ann.undo(db, change)
    assert ann.comment_tag_ids(db, article, coder=consensus) == {}
    assert agreement.decisions(db, [(first, war)]) == {}
    assert second not in agreement.report(db, None, ["Anna", agreement.CONSENSUS]).units  # nothing adjudicated now
