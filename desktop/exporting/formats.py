"""The export formats: what the command line and the dialog offer before any exporter is loaded."""

FORMATS = ("json", "csv", "markdown", "qdpx")
SUFFIXES = {"json": ".json", "csv": "", "markdown": ".md", "qdpx": ".qdpx"}
LABELS = {"json": "JSON (Glossa, lossless)", "csv": "CSV (spreadsheets, pandas, R)", "markdown": "Markdown report",
          "qdpx": "REFI-QDA project (.qdpx)"}  # fmt: skip
