"""Parsing and import of scraped text. No Qt here."""
