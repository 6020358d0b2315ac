"""Glossa: a desktop reader for scraped news articles and their comment threads."""

__version__ = "0.1.0"
APP_NAME = "Glossa"
APP_ID = "io.github.glossa.Glossa"  # reverse-DNS: desktop file, icon, AppStream, Flatpak
