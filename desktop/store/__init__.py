"""The library: peewee over SQLite. No Qt here, and no SQL above this package."""
