"""Kept for older imports: the exports live in desktop/exporting/."""

from .exporting.json_format import FORMAT_NAME, FORMAT_VERSION, write_json

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "write_json"]
