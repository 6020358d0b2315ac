"""One measurement in a process of its own: `python -m benchmarks.worker TASK 'JSON ARGUMENTS'`.

Prints its figures as the last line (see common.emit). Modules are imported inside the task, so a
start-up measurement pays only for what the code it measures imports."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from benchmarks.common import emit


def _tasks() -> dict[str, Callable[..., dict[str, Any]]]:
    from benchmarks import import_cases, search_cases

    tasks: dict[str, Callable[..., dict[str, Any]]] = {
        "import-db-app": import_cases.import_database_app,
        "import-db-anchor": import_cases.import_database_anchor,
        "import-e2e": import_cases.import_end_to_end,
        "import-e2e-anchor": import_cases.import_end_to_end_anchor,
        "search": search_cases.run_search,
    }
    return tasks


def _qt_task(name: str) -> Callable[..., dict[str, Any]]:
    from benchmarks import qt_cases

    tasks: dict[str, Callable[..., dict[str, Any]]] = {
        "thread-app": qt_cases.thread_app,
        "thread-anchor": qt_cases.thread_anchor,
        "list-app": qt_cases.list_app,
        "list-anchor": qt_cases.list_anchor,
        "startup-app": qt_cases.startup_app,
        "startup-anchor": qt_cases.startup_anchor,
        "typing-app": qt_cases.typing_app,
    }
    return tasks[name]


def main(argv: list[str]) -> int:
    name, arguments = argv[0], json.loads(argv[1]) if len(argv) > 1 else {}
    task = _qt_task(name) if name.split("-")[0] in ("thread", "list", "startup", "typing") else _tasks()[name]
    emit(task(**arguments))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
