"""Exports of a library, no Qt: JSON (lossless; `glossa_import` reads it back), CSV, a Markdown
report and REFI-QDA (.qdpx), of a scope, optionally with commenters pseudonymised.

    run_export(library, "qdpx", path, Scope.tags([tag_id]), ExportOptions(pseudonymise=True))
"""

from .files import DestinationExists, ExportCancelled, ExportError
from .json_format import FORMAT_NAME, FORMAT_VERSION, write_json
from .run import FORMATS, LABELS, SUFFIXES, ExportOptions, ExportResult, destinations, run_export
from .scope import ResolvedScope, Scope, ScopeError

__all__ = [
    "FORMATS",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "LABELS",
    "SUFFIXES",
    "DestinationExists",
    "ExportCancelled",
    "ExportError",
    "ExportOptions",
    "ExportResult",
    "ResolvedScope",
    "Scope",
    "ScopeError",
    "destinations",
    "run_export",
    "write_json",
]
