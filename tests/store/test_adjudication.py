"""Adjudication (store/agreement.py): the agreed code for a comment and a tag is recorded as the
"consensus" coder's, undone as one step, exported like any coder's work, and left out of
agreement unless asked for by name. Both engines (`engine_library`)."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.exporting.run import run_export
from desktop.store import agreement, coders
from desktop.store import annotations as ann
from desktop.store.db import Library
from desktop.store.dialect import execute
from tests.store.test_annotations import make_article

MARKS = ("comment_tag", "coded", "coder")


def rows(library: Library) -> dict[str, list[tuple[object, ...]]]:
    return {t: [tuple(r) for r in execute(library.db, f"SELECT * FROM {t} ORDER BY id")] for t in MARKS}


def test_adjudication_records_the_consensus_and_undoes_as_one_step(engine_library: Library, tmp_path: Path) -> None:
    library = engine_library
    db = library.db
    anna, boris = coders.coder_id(db, "Anna"), coders.coder_id(db, "Boris")
    war, _ = ann.create_tag(db, "war")
    article, comments = make_article(db, comments=[(None, "a", "one"), (None, "b", "two"), (0, "c", "reply")])
    ann.tag_comments(db, war, comments[:2], coder=anna)
    ann.tag_comments(db, war, comments[:1] + comments[2:], coder=boris)
    for coder in (anna, boris):
        ann.set_coded(db, ("article", article), coder=coder)
    found = agreement.report(db)
    assert [d.comment_id for d in found.disagreements] == comments[1:]
    assert all(d.consensus is None and d.tag_id == war for d in found.disagreements)
    before = rows(library)

    change = agreement.adjudicate(db, comments[1], war, True)
    assert change.label == "Agree on war: has it"
    consensus = coders.find_coder(db, agreement.CONSENSUS)
    assert consensus is not None
    assert ann.comment_tag_ids(db, article, coder=consensus) == {comments[1]: [war]}
    after = rows(library)
    ann.undo(db, change)
    assert {t: r for t, r in rows(library).items() if t != "coder"} == {t: r for t, r in before.items() if t != "coder"}
    ann.redo(db, change)
    assert rows(library) == after

    agreement.adjudicate(db, comments[0], war, False)  # a comment with a reply: the reply is not adjudicated
    found = agreement.report(db)
    assert found.coders == ["Anna", "Boris"]  # the consensus is not a coder agreement counts unasked
    assert [(d.comment_id, d.consensus) for d in found.disagreements] == [(comments[1], True), (comments[2], None)]
    with_consensus = agreement.report(db, ["war"], ["Anna", agreement.CONSENSUS])
    assert with_consensus.units == comments[:2]  # what it adjudicated, not the reply below
    assert [(d.comment_id, d.codes) for d in with_consensus.disagreements] == [
        (comments[0], {"Anna": True, "consensus": False})]
    assert agreement.decisions(db, [(comments[0], war), (comments[1], war), (comments[2], war)]) == {
        (comments[0], war): False, (comments[1], war): True}

    run_export(library, "json", tmp_path / "out.json")  # exportable like any coder's work
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert agreement.CONSENSUS in exported["coders"]
    (record,) = exported["articles"]
    by_id = {c["id"]: c for c in record["comments"]}
    assert {"tag": "war", "coder": "consensus"} in [
        {k: c[k] for k in ("tag", "coder")} for c in by_id[comments[1]]["codings"]]
    assert "consensus" in by_id[comments[0]]["coded_by"]
