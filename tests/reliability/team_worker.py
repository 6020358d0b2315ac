"""One coder of a team on a server library, as a process of its own:

    python -m tests.reliability.team_worker URL SEED OPERATIONS

Tags comments (find-or-create a few shared tags, as `glossa tag add` does), highlights comments
and writes notes on a few comments every coder writes on too, through the store functions the
window calls. Prints one JSON line per write once it has committed, then `{"done": errors}`;
an error is printed as `{"error": ...}` and counted, never raised."""

from __future__ import annotations

import json
import random
import sys

from desktop.store import annotations as ann
from desktop.store import coders
from desktop.store.db import Library
from desktop.store.errors import StoreError, engine_errors

SHARED_TAGS = ("team/claims", "team/insults", "team/irony")
SHARED_NOTES = (1, 2, 3, 4, 5, 6)  # comments every coder writes a note on


def _tag(library: Library, path: str) -> int:
    return ann.find_or_create_tag(library.db, path)  # as glossa tag add does


def main(url: str, seed: int, operations: int) -> int:
    rng = random.Random(seed)
    library = Library.open(url)
    errors = 0
    try:
        coder = coders.current_coder(library.db)
        comments = [row[0] for row in library.db.execute_sql("SELECT id FROM comment ORDER BY id")]
        seen: dict[int, str] = {}  # the text this coder's editor shows on each note
        for number in range(operations):
            kind = rng.choice(("tag", "highlight", "note"))
            comment = rng.choice(comments)
            try:
                with engine_errors():
                    if kind == "tag":
                        path = rng.choice(SHARED_TAGS)
                        ann.tag_comments(library.db, _tag(library, path), [comment], coder=coder)
                        done = {"tag": path, "comment": comment}
                    elif kind == "highlight":
                        highlight, _ = ann.add_highlight(library.db, ("comment", comment), 0, 3, coder=coder)
                        done = {"highlight": highlight, "comment": comment}
                    else:
                        target = rng.choice(SHARED_NOTES)
                        if target not in seen:  # the editor opens on the note as it is
                            note = ann.get_note(library.db, ("comment", target))
                            seen[target] = note.body if note else ""
                        text, keep, base = f"{seed}-{number}", rng.random() < 0.5, seen[target]
                        ann.set_note(library.db, ("comment", target), text, keep_revision=keep, coder=coder, base=base)
                        seen[target] = text
                        done = {"note": target, "text": text, "keep": keep, "base": base}
            except StoreError as error:
                errors += 1
                done = {"error": f"{kind}: {error}"}
            print(json.dumps(done), flush=True)
    finally:
        library.close()
    print(json.dumps({"done": errors}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
