import sys

if getattr(sys, "frozen", False):
    # The frozen app is also the worker process of a parallel import (desktop/ingest/parallel.py):
    # started with the multiprocessing arguments, it serves there and exits.
    import multiprocessing

    multiprocessing.freeze_support()

from desktop.cli import main

sys.exit(main())
