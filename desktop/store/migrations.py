"""Schema versions. A new library is created from the current models and stamped with
SCHEMA_VERSION; an older one is backed up, then upgraded step by step in one transaction."""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

SCHEMA_VERSION = 1

# version -> the step that upgrades a library from version - 1. Each step uses
# playhouse.migrate and declares new fields on the models too (add_column adds no SQL DEFAULT).
# Version 1: the library core (articles, comments, authors); tests/data/library-v1.glossa.
# Version 2: annotations (tags, notes, highlights). Version 3: the full-text search index.
STEPS: dict[int, Callable[[SqliteDatabase], None]] = {}


class LibraryTooNew(Exception):
    """The library was written by a newer Glossa."""


def upgrade(db: SqliteDatabase, current: int) -> None:
    """Apply every step after `current` inside one transaction and stamp the version."""
    if current > SCHEMA_VERSION:
        raise LibraryTooNew(
            f"this library has schema version {current}, but this Glossa knows only up to "
            f"{SCHEMA_VERSION}: open it with a newer Glossa"
        )
    with db.atomic():
        for version in range(current + 1, SCHEMA_VERSION + 1):
            STEPS[version](db)
            db.pragma("user_version", version)
