"""Everything Qt: windows, models, views, dialogs."""
