"""The campaign finder's results as files: a graph of handles for Gephi (GEXF, GraphML) and CSV.

In the graph a node is a handle that took part in a campaign or a co-posting pair; an edge joins
two handles with `shared_campaigns` (campaigns both posted copies in), `co_posting` (articles
where both commented within minutes, desktop/analysis/campaigns.py) and `weight`, their sum.
networkx is imported only here, when a graph is written: it is slow to import."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

from desktop.analysis.campaigns import Campaign, CoPosting
from desktop.store.times import time_text

from .csv_format import CsvWriter
from .files import ExportError, atomic_file, atomic_files, cannot_write

GRAPH_FORMATS = ("gexf", "graphml")
CAMPAIGN_COLUMNS = ("campaign_id", "campaign_size", "burst", "comment_id", "article_id", "author", "posted_at", "text")
PAIR_COLUMNS = ("source", "target", "shared_campaigns", "co_posting", "weight")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # XML 1.0 has no way to write these


def _label(handle: str) -> str:
    return _NOT_XML.sub("\ufffd", handle)


def handle_edges(campaigns: Iterable[Campaign], co_posting: Iterable[CoPosting]) -> dict[tuple[str, str], list[int]]:
    """(handle, handle) in order -> [shared campaigns, co-posting articles]."""
    edges: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for campaign in campaigns:
        for pair in combinations(sorted(campaign.authors), 2):
            edges[pair][0] += 1
    for co in co_posting:
        edges[co.authors][1] += co.articles
    return dict(edges)


def handle_graph(campaigns: Sequence[Campaign], co_posting: Sequence[CoPosting]) -> Any:
    """The networkx graph of handles (see the module's docstring)."""
    import networkx

    graph = networkx.Graph()
    in_campaigns: dict[str, int] = defaultdict(int)
    for campaign in campaigns:
        for handle in campaign.authors:
            in_campaigns[handle] += 1
    edges = handle_edges(campaigns, co_posting)
    handles = sorted(set(in_campaigns) | {h for pair in edges for h in pair})
    node = {handle: f"h{number}" for number, handle in enumerate(handles, start=1)}
    for handle in handles:
        graph.add_node(node[handle], label=_label(handle), campaigns=in_campaigns.get(handle, 0))
    for (a, b), (shared, co) in sorted(edges.items()):
        graph.add_edge(node[a], node[b], shared_campaigns=shared, co_posting=co, weight=shared + co)
    return graph


def write_graph(path: Path, kind: str, campaigns: Sequence[Campaign], co_posting: Sequence[CoPosting],
                overwrite: bool = False) -> None:
    """GEXF or GraphML, written through a temporary file (desktop/exporting/files.py)."""
    if kind not in GRAPH_FORMATS:
        raise ValueError(kind)
    import networkx

    graph = handle_graph(campaigns, co_posting)
    try:
        with atomic_file(path, overwrite, binary=True) as out:
            if kind == "gexf":
                networkx.write_gexf(graph, out)
            else:
                networkx.write_graphml(graph, out)
    except OSError as error:
        raise ExportError(cannot_write(path, error)) from error


def csv_paths(path: Path) -> tuple[Path, Path]:
    """`x.csv` -> x-campaigns.csv (one row per comment in a campaign) and x-pairs.csv (the
    handle graph's edges) beside it."""
    stem = path.stem if path.suffix.lower() == ".csv" else path.name
    return path.with_name(f"{stem}-campaigns.csv"), path.with_name(f"{stem}-pairs.csv")


def write_csv(path: Path, campaigns: Sequence[Campaign], co_posting: Sequence[CoPosting], texts: dict[int, str],
              overwrite: bool = False) -> tuple[Path, Path]:
    """The two CSV files of csv_paths, both or neither (files.atomic_files); cells a spreadsheet
    would take for formulas are defused."""
    members_path, pairs_path = csv_paths(path)
    try:
        with atomic_files([members_path, pairs_path], overwrite, newline="", encoding="utf-8") as (members, pairs):
            CsvWriter(members, CAMPAIGN_COLUMNS).rows(
                [campaign.id, len(campaign.members), int(campaign.burst), m.comment_id, m.article_id, m.author,
                 time_text(m.posted_at) if m.posted_at else None, texts.get(m.comment_id)]
                for campaign in campaigns for m in campaign.members
            )
            CsvWriter(pairs, PAIR_COLUMNS).rows(
                [a, b, shared, co, shared + co]
                for (a, b), (shared, co) in sorted(handle_edges(campaigns, co_posting).items()))
    except OSError as error:
        raise ExportError(cannot_write(path, error)) from error
    return members_path, pairs_path
