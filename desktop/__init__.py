"""Glossa: a desktop reader for scraped news articles and their comment threads."""

__version__ = "0.1.0"
APP_NAME = "Glossa"
