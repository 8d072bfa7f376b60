"""What every chain shares about running: streamed events, running a stream to its result, millisecond timings."""

from __future__ import annotations

import time
from collections.abc import Generator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass
class Event:
    """A step of a streamed chain, e.g. `sources` (cards, before generation), `token` (raw text), `answer` (final)."""

    kind: str
    data: object


def final_event(events, kind: str, expected: type):
    """Run a streamed chain to its end and return the data of its last `kind` event (the result)."""
    final = None
    for event in events:
        if event.kind == kind:
            final = event.data
    if not isinstance(final, expected):
        raise RuntimeError(f"the chain ended without a {kind!r} event")
    return final


def run_to_end(gen: Generator[object, None, T]) -> T:
    """Exhaust a generator, ignoring what it yields, and return its return value."""
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


def token_events(pieces: Generator[str, None, T]) -> Generator[Event, None, T]:
    """Pass a generator's text pieces on as `token` events; returns what it returned."""
    while True:
        try:
            piece = next(pieces)
        except StopIteration as stop:
            return stop.value
        yield Event("token", piece)


def elapsed_ms(started: float) -> float:
    """Milliseconds since `started` (a `time.perf_counter()` value), rounded to 0.1 ms for timings dicts."""
    return round((time.perf_counter() - started) * 1000, 1)
