"""The article list's columns are declared once (desktop/store/list_columns.py): what each reads,
how it sorts and which thread figure it keeps; the row type, the sort, the stored figures and
the indexes follow from that declaration."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from desktop.ingest.importer import import_paths
from desktop.store import list_columns, models, reading, summaries
from desktop.store.db import Library
from desktop.store.list_columns import LIST_COLUMNS
from tests.conftest import SEEDS


@pytest.fixture
def seeded(library: Library) -> Library:
    import_paths(library, [SEEDS])
    return library


def test_each_column_is_a_field_of_the_row_and_each_field_a_column() -> None:
    fields = {field.name for field in dataclasses.fields(reading.ArticleRow)} - {"id", "is_read"}
    stored = {column.row_field for column in LIST_COLUMNS if column.value}
    assert stored == fields
    assert len(set(list_columns.COLUMN_KEYS)) == len(LIST_COLUMNS)
    assert list_columns.DEFAULT_SORT in list_columns.COLUMN_KEYS


def test_the_stored_values_and_figures_are_fields_of_the_article_table() -> None:
    article_fields = set(models.Article._meta.fields) | {"source_url", "source_file"}
    for column in LIST_COLUMNS:
        if column.value.startswith("a.") and column.value[2:].isidentifier():
            assert column.value[2:] in article_fields, column.key
    assert set(list_columns.FIGURES) <= article_fields
    assert summaries._COLUMNS.split(", ") == list(list_columns.FIGURES)  # kept by summaries, in order


def test_a_row_reads_every_declared_cell(seeded: Library) -> None:
    ids = reading.article_ids(seeded.db)
    rows = reading.article_rows(seeded.db, ids)
    row = max(rows.values(), key=lambda r: r.comments)
    assert (row.comments, row.replies, row.max_depth) == (8, 1, 2)
    assert isinstance(row.last_comment, datetime) and isinstance(row.is_starred, bool) and row.source
    assert row.duration_minutes == 3 * 60 + 50


def test_every_sort_reads_an_index(seeded: Library) -> None:
    """A sort of 100,000 articles walks the column's index instead of sorting every row."""
    for column in LIST_COLUMNS:
        for direction in ("ASC", "DESC"):
            sql = f"SELECT a.id FROM article a ORDER BY {column.sort_sql} {direction}, a.id {direction}"
            plan = [row[3] for row in seeded.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}")]
            walks = ("SCAN a USING INDEX", "SCAN a USING COVERING INDEX")
            assert any(step.startswith(walks) for step in plan), (column.key, plan)
            assert not any("TEMP B-TREE" in step for step in plan), (column.key, plan)
