"""Exports of a library, no Qt: JSON (lossless; `glossa import` reads it back), CSV, a Markdown
report and REFI-QDA (.qdpx), of a scope, optionally with commenters pseudonymised.

    from desktop.exporting.run import ExportOptions, run_export
    from desktop.exporting.scope import Scope

    run_export(library, "qdpx", path, Scope.tags([tag_id]), ExportOptions(pseudonymise=True))

This file imports nothing: the window and the importer load only the modules they use, so that
Glossa starts without the exporters (the XML writer alone pulls in urllib, http and email).
"""
