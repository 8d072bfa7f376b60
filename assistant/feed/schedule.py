"""The periodic sync in `serve`: a daemon thread that runs `App.syncer.run(trigger="schedule")` every
ASSISTANT_SYNC_INTERVAL seconds (0, the default, = off). A run never overlaps another in this process (a manual
`sync` through the same App makes the scheduled one skip its turn); other instances are kept off the same day by
the day leases in the store. A failed run is logged and retried at the next tick; it never stops the server."""

from __future__ import annotations

import logging
import threading
import time

logger = logging.getLogger(__name__)

FIRST_RUN_DELAY = 10.0  # let the server come up before the first download and embedding


class SyncScheduler(threading.Thread):
    def __init__(self, app, interval: float, first_delay: float = FIRST_RUN_DELAY):
        super().__init__(name="sync-scheduler", daemon=True)
        self.app, self.interval, self.first_delay = app, interval, min(first_delay, interval)
        self.stopped = threading.Event()
        self.runs = 0

    def run(self) -> None:
        if self._wait(self.first_delay):
            return
        while True:
            self.tick()
            if self._wait(self.interval):
                return

    def _wait(self, seconds: float) -> bool:
        """Sleep until the next run (shown as "next sync" by `syncer.status()`); True when stopped."""
        self.app.syncer.next_run = time.time() + seconds
        return self.stopped.wait(seconds)

    def tick(self) -> None:
        try:
            report = self.app.syncer.run(trigger="schedule", blocking=False)
        except Exception as exc:  # a store failure, a bad setting: say so, try again next time
            logger.warning("scheduled sync failed: %s", exc)
            return
        finally:
            self.runs += 1
        if report is None:
            logger.info("scheduled sync skipped: a sync is already running")
        else:
            (logger.warning if report.errors else logger.info)("scheduled sync: %s", report.summary())

    def stop(self) -> None:
        self.stopped.set()
        if "syncer" in self.app.__dict__:
            self.app.syncer.next_run = None
            self.app.syncer.stop()


def start_scheduler(app) -> SyncScheduler | None:
    """Start the periodic sync when ASSISTANT_SYNC_INTERVAL > 0; None when it is off."""
    interval = app.settings.sync_interval
    if interval <= 0:
        return None
    scheduler = SyncScheduler(app, interval)
    scheduler.start()
    logger.info("daily sync every %g s from %s", interval, app.settings.sync_source)
    return scheduler
