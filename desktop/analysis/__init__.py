"""Analyses over the whole library, without SQL or Qt."""
