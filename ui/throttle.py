"""Streamed UI updates at a human pace.

Every yield of a Gradio generator sends an update of the component (the chat history, a Markdown document)
over the event stream. A fast model, or many sessions at once, would otherwise spend the server's one Python
core on updates nobody can read: on the load benchmark most chat CPU went to per-token updates. The final
state is always sent by the caller; only intermediate updates are thinned out."""

from __future__ import annotations

import time


class Throttle:
    """`due()` is true at most once per `interval` seconds (and on the first call)."""

    def __init__(self, interval: float = 0.1):
        self.interval = interval
        self._last = float("-inf")

    def due(self) -> bool:
        now = time.monotonic()
        if now - self._last < self.interval:
            return False
        self._last = now
        return True
