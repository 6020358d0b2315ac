from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from desktop.ui.single_instance import (
    ActivationServer,
    LibraryLock,
    ask_running_instance_to_activate,
    lock_path,
)


def test_a_held_library_is_refused_with_who_holds_it(qapp, tmp_path) -> None:
    library = tmp_path / "lib.glossa"
    first = LibraryLock(library)
    assert first.acquire()
    second = LibraryLock(library)
    assert not second.acquire()
    assert f"process {os.getpid()}" in second.error_text()
    first.release()
    assert second.acquire()
    second.release()


def test_the_lock_of_a_killed_process_is_taken_over(qapp, tmp_path) -> None:
    library = tmp_path / "lib.glossa"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from PySide6.QtCore import QLockFile
            lock = QLockFile({str(lock_path(library))!r})
            assert lock.tryLock(0)
            print("locked", flush=True)
            time.sleep(60)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert not LibraryLock(library).acquire()
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
        lock = LibraryLock(library)
        assert lock.acquire()
        lock.release()
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()


def test_a_second_launch_brings_the_first_to_the_front(qtbot, tmp_path) -> None:
    library = tmp_path / "lib.glossa"
    activated: list[bool] = []
    server = ActivationServer(library, lambda: activated.append(True))
    assert ask_running_instance_to_activate(library)
    qtbot.waitUntil(lambda: activated == [True], timeout=3000)
    assert not ask_running_instance_to_activate(tmp_path / "other.glossa", timeout_ms=200)
    server.deleteLater()
