"""Signals: SIGINT and SIGTERM stop a run at once, workers and all, with the shell's exit codes.

SIGTERM is turned into `Terminated` (a KeyboardInterrupt, so every `except KeyboardInterrupt`
cleanup path runs for both) in the main process. Worker processes ignore SIGINT (Ctrl-C reaches
the whole process group; the parent decides) and die on SIGTERM, which the parent sends them
when it is interrupted: a CI step never waits on workers that outlived their run. The report is
written only after the run, atomically, so an interrupted run writes nothing.
"""

from __future__ import annotations

import signal

EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130, as a shell reports a process killed by SIGINT
EXIT_TERMINATED = 128 + signal.SIGTERM  # 143


class Terminated(KeyboardInterrupt):
    """The process received SIGTERM."""


def _raise_terminated(signum, frame) -> None:
    raise Terminated()


def install_handlers() -> None:
    """In the main process: SIGTERM raises Terminated (SIGINT already raises KeyboardInterrupt)."""
    signal.signal(signal.SIGTERM, _raise_terminated)


def exit_code_for(interrupt: KeyboardInterrupt) -> int:
    return EXIT_TERMINATED if isinstance(interrupt, Terminated) else EXIT_INTERRUPTED


def quiet_worker() -> None:
    """In a worker process: leave Ctrl-C to the parent, die at once on SIGTERM."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def kill_workers(pool) -> None:
    """Stop a ProcessPoolExecutor's workers now (not after their current chunk) and drop its queue."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=5)
