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


def test_twenty_rapid_launches_leave_one_instance(tmp_path) -> None:
    """Twenty `glossa` launches on one library at once: one keeps it, every other one hands
    over to it and exits 0, and nothing is left waiting on a dialog."""
    import time

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    library = tmp_path / "shared.glossa"
    command = [sys.executable, "-m", "desktop", "--library", str(library)]
    launches = [subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                for _ in range(20)]
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and sum(p.poll() is None for p in launches) > 1:
            time.sleep(0.5)
        alive = [p for p in launches if p.poll() is None]
        assert len(alive) == 1, [p.poll() for p in launches]
        assert all(p.returncode == 0 for p in launches if p is not alive[0])
        alive[0].send_signal(signal.SIGTERM)  # quits cleanly: state saved, lock released
        assert alive[0].wait(30) == 0
        assert not lock_path(library).exists()
    finally:
        for process in launches:
            if process.poll() is None:
                process.kill()
                process.wait()
