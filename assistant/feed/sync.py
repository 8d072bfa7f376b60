"""The sync run: find the days, fetch them (a few in flight), ingest each whole day in date order, record it.

One day at a time, oldest first, through the crash-safe ingest (`parse_paths` + `PaperStore.ingest`, the two
calls `ingest_paths` makes): a day's papers are in the store before its state record is written, so a run
killed anywhere loses nothing and leaves nothing half-done; the next run re-fetches the unrecorded day and the
ingest finds its finished papers unchanged (no embedding). Downloads never raise: a failed, partial or malformed
day is an `error` entry in the report and the run goes on. Only a store failure stops a run.
"""

from __future__ import annotations

import datetime as dt
import logging
import queue
import re
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from assistant.errors import InputError
from assistant.feed.source import (
    LANG_RE,
    DirSource,
    Fetched,
    Validators,
    check_day_body,
    content_hash,
    day_file,
    make_source,
)
from assistant.feed.state import DayState, SyncState, WriterLease, new_owner
from assistant.settings import Settings

logger = logging.getLogger(__name__)

MAX_RANGE_DAYS = 731  # one run looks at two years at most (a typo in --since must not fire off thousands of requests)
_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")

DayStatus = Literal["added", "updated", "unchanged", "missing", "busy", "error"]


class DayResult(BaseModel):
    """One day of a run. `status` is about the day's file: added (first ingested now), updated (its content changed
    since the last sync: ingested again, papers updated in place), unchanged (304, or the same bytes), missing (no
    file: 404), busy (another instance holds the store's writer lease), error (download or file unusable: skipped, retried
    next run). Paper counts are about the store: added (new), updated (content changed), relisted (already stored,
    only this day's date recorded: the weekend repeats of Friday), unchanged (identical)."""

    date: str
    status: DayStatus
    papers_added: int = 0
    papers_updated: int = 0
    papers_relisted: int = 0
    papers_unchanged: int = 0
    papers_dropped: int = Field(0, description="listed by the previous version of the day, not by this one (kept)")
    skipped: int = Field(0, description="records that could not become papers")
    degraded: int = Field(0, description="records kept with a problem flagged")
    skip_reasons: dict[str, int] = Field(default_factory=dict)
    chunks_embedded: int = 0
    bytes: int = Field(0, description="bytes downloaded (0 for 304/404)")
    error: str | None = None


class SyncReport(BaseModel):
    source: str
    lang: str
    since: str
    until: str
    discovery: Literal["file-list", "probe", "directory"] = "probe"
    trigger: str = "cli"
    started_at: str = ""
    finished_at: str = ""
    days: list[DayResult] = Field(default_factory=list)
    papers_added: int = 0
    papers_updated: int = 0
    papers_relisted: int = 0
    papers_unchanged: int = 0
    chunks_embedded: int = 0
    errors: int = Field(0, description="days with status error")
    error: str | None = Field(None, description="why the run stopped early (a store failure), else None")
    seconds: float = 0.0

    def tally(self) -> None:
        for name in ("papers_added", "papers_updated", "papers_relisted", "papers_unchanged", "chunks_embedded"):
            setattr(self, name, sum(getattr(d, name) for d in self.days))
        self.errors = sum(d.status == "error" for d in self.days)

    def summary(self) -> str:
        counts: dict[str, int] = {}
        for d in self.days:
            counts[d.status] = counts.get(d.status, 0) + 1
        days = ", ".join(f"{n} {s}" for s, n in counts.items()) or "no day files"
        return (f"{self.since}..{self.until}: {days}; papers {self.papers_added} added, {self.papers_updated} "
                f"updated, {self.papers_relisted} re-listed; {self.chunks_embedded} chunks embedded in "
                f"{self.seconds}s")


def utc_today() -> dt.date:
    """Upstream names a day by its UTC date (`date -u` in its workflow)."""
    return dt.datetime.now(dt.UTC).date()


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def parse_day(value: str | None, label: str) -> dt.date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        if not _DAY_RE.fullmatch(value):
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{label} must be a real date as YYYY-MM-DD, got {value!r}") from None


def check_lang(value: str) -> str:
    value = (value or "").strip()
    if not LANG_RE.fullmatch(value):
        raise InputError(f"--lang must be the file suffix language, e.g. Chinese or English, got {value!r}")
    return value


def plan_days(window: list[str], listed: list[str] | None, complete_listing: bool) -> tuple[list[str], str]:
    """Which days of `window` to fetch, and how they were found. A directory's listing is complete. An HTTP file
    list is trusted when it names two or more days (since 2025-12-30 upstream's names only the newest, which says
    nothing about the others): its days in the window, plus every window day after its newest (it may lag the
    data). Otherwise every day of the window is probed (a missing day is one 404)."""
    if complete_listing:
        have = set(listed or [])
        return [d for d in window if d in have], "directory"
    if listed and len(listed) >= 2:
        have, newest = set(listed), listed[-1]
        return [d for d in window if d in have or d > newest], "file-list"
    return list(window), "probe"


class Syncer:
    """Runs syncs for one App: `run(...)` (one at a time per process), `status()` for the CLI/UI."""

    def __init__(self, settings: Settings, store_getter: Callable[[], object]):
        self.settings = settings
        self._store_getter = store_getter
        self._running = threading.Lock()
        self._stop = threading.Event()
        self.owner = new_owner()
        self.next_run: float | None = None  # epoch seconds of the next scheduled run (set by SyncScheduler)

    @property
    def store(self):
        return self._store_getter()

    @cached_property
    def state(self) -> SyncState:
        return SyncState(self.store.client, f"{self.settings.collection_name()}_sync")

    def stop(self) -> None:
        """Make a running sync stop soon (between requests, or at the end of the day being ingested)."""
        self._stop.set()

    def source(self, spec: str | None = None, stop: threading.Event | None = None):
        s = self.settings
        return make_source(spec or s.sync_source, timeout=s.sync_timeout, retries=s.sync_retries,
                           backoff=s.sync_backoff, max_wait=s.sync_max_wait, concurrency=s.sync_concurrency,
                           stop=stop)

    def run(self, *, source: str | None = None, since: str | None = None, until: str | None = None,
            lang: str | None = None, force: bool = False, today: dt.date | None = None, trigger: str = "cli",
            on_day: Callable[[DayResult], None] | None = None, blocking: bool = True) -> SyncReport | None:
        """Sync days `since`..`until` (defaults: from the last synced day, or `sync_first_days` back on a first
        run, to today UTC). None when `blocking=False` and a sync is already running in this process."""
        if not self._running.acquire(blocking=blocking):
            return None
        self._stop.clear()
        try:
            return self._run(source, since, until, lang, force, today or utc_today(), trigger, on_day)
        finally:
            self._running.release()

    def stream(self, **kwargs) -> Iterator[DayResult | SyncReport | None]:
        """`run(**kwargs)` in a thread, yielding each day's DayResult as it finishes, then the SyncReport (None when
        a sync is already running in this process), for a progress display. A failed run raises here. Closing the
        iterator early leaves the run to finish in the background."""
        events: queue.Queue = queue.Queue()

        def work() -> None:
            try:
                events.put(("report", self.run(on_day=lambda day: events.put(("day", day)), blocking=False,
                                               **kwargs)))
            except BaseException as exc:  # handed to the consumer
                events.put(("error", exc))

        threading.Thread(target=work, name="sync-run", daemon=True).start()
        while True:
            kind, value = events.get()
            if kind == "error":
                raise value
            yield value
            if kind == "report":
                return

    def _run(self, source_spec, since, until, lang, force, today, trigger, on_day) -> SyncReport:
        started = time.perf_counter()
        lang = check_lang(lang or self.settings.sync_lang)
        since_d, until_d = parse_day(since, "--since"), parse_day(until, "--until") or today
        src = self.source(source_spec, stop=self._stop)
        report: SyncReport | None = None
        lease: WriterLease | None = None
        try:
            lease = WriterLease(self.state, self.owner, self.settings.sync_lock_ttl)
            if since_d is None:
                last = self.state.last_day(src.id, lang)
                since_d = min(dt.date.fromisoformat(last), until_d) if last else \
                    until_d - dt.timedelta(days=self.settings.sync_first_days - 1)
            if since_d > until_d:
                raise InputError(f"--since ({since_d}) is after --until ({until_d})")
            span = (until_d - since_d).days + 1
            if span > MAX_RANGE_DAYS:
                raise InputError(f"{span} days from {since_d} to {until_d}: at most {MAX_RANGE_DAYS} per run "
                                 "(sync a longer history in several runs)")
            window = [(since_d + dt.timedelta(days=i)).isoformat() for i in range(span)]
            report = SyncReport(source=src.id, lang=lang, since=window[0], until=window[-1], trigger=trigger,
                                started_at=_now_iso())
            days, report.discovery = plan_days(window, src.list_days(lang), isinstance(src, DirSource))
            known = self.state.get_days(src.id, lang, days)
            logger.info("sync %s (%s): %d of %d days to check (%s)", src.id, lang, len(days), span,
                        report.discovery)
            for date, fetched in self._fetch_all(src, days, known, lang, force):
                result = self._handle(src.id, lang, date, fetched, known.get(date), force, lease)
                log = logger.warning if result.status == "error" else logger.info
                log("sync %s: %s%s", date, result.status, f" ({result.error})" if result.error else "")
                report.days.append(result)
                if on_day:
                    on_day(result)
                if self._stop.is_set():
                    report.error = "stopped before the end of the run"
                    break
        except BaseException as exc:
            if report is not None:
                report.error = f"interrupted: {exc.__class__.__name__}: {exc}"[:500]
            raise
        finally:
            src.close()
            if lease is not None:
                lease.release()
            if report is not None:
                report.tally()
                report.finished_at = _now_iso()
                report.seconds = round(time.perf_counter() - started, 3)
                self._save_run(report)
        return report

    def _save_run(self, report: SyncReport) -> None:
        try:
            self.state.put_run(report.model_dump())
        except Exception as exc:  # the run's work is already recorded day by day; a lost summary costs nothing
            logger.warning("cannot record the sync run: %s", exc)

    def _fetch_all(self, src, days: list[str], known: dict[str, DayState], lang: str,
                   force: bool) -> Iterator[tuple[str, Fetched]]:
        """(date, Fetched) in date order; at most `sync_concurrency` requests in flight and twice that many
        downloaded days waiting (memory stays bounded however long the range)."""
        workers = self.settings.sync_concurrency
        pending: deque = deque()
        todo = iter(days)

        def fetch(date: str) -> Fetched:
            prev = None if force else known.get(date)
            try:
                return src.fetch(date, lang, Validators(prev.etag, prev.last_modified) if prev else None)
            except Exception as exc:  # a source must not raise; if one does, it is this day's error only
                logger.exception("sync: fetching %s failed", date)
                return Fetched("error", error=f"{exc.__class__.__name__}: {exc}")

        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sync-fetch")
        try:
            def submit() -> None:
                date = next(todo, None)
                if date is not None:
                    pending.append((date, pool.submit(fetch, date)))

            for _ in range(2 * workers):
                submit()
            while pending:
                date, future = pending.popleft()
                fetched = future.result()
                submit()
                yield date, fetched
        finally:
            if pending:  # the consumer stopped early: no new request, and sleeping retries give up
                self._stop.set()
            pool.shutdown(wait=True, cancel_futures=True)

    def _handle(self, source_id: str, lang: str, date: str, got: Fetched, prev: DayState | None,
                force: bool, lease: WriterLease) -> DayResult:
        if got.status == "missing":
            return DayResult(date=date, status="missing")
        if got.status == "error":
            return DayResult(date=date, status="error", error=got.error)
        if got.status == "not_modified":
            return DayResult(date=date, status="unchanged", papers_unchanged=len(prev.papers) if prev else 0)
        body = got.body or b""
        problem = check_day_body(body, got.content_type)
        if problem:
            return DayResult(date=date, status="error", bytes=len(body), error=problem)
        digest = content_hash(body)
        same = prev is not None and prev.sha256 == digest
        if same and not force:
            if (prev.etag, prev.last_modified) != (got.etag, got.last_modified):  # next time a 304
                self.state.put_day(prev.model_copy(update={"etag": got.etag, "last_modified": got.last_modified}))
            return DayResult(date=date, status="unchanged", bytes=len(body), papers_unchanged=len(prev.papers))
        if not lease.take():
            return DayResult(date=date, status="busy", bytes=len(body),
                             error=f"another instance ({lease.blocked_by}) is writing to the store; "
                                   "left to it, or to the next run")
        # someone may have finished this very file while we downloaded it
        prev = self.state.get_days(source_id, lang, [date]).get(date) or prev
        if prev is not None and prev.sha256 == digest and not force:
            return DayResult(date=date, status="unchanged", bytes=len(body), papers_unchanged=len(prev.papers))
        return self._ingest_day(source_id, lang, date, body, digest, got, prev)

    def _ingest_day(self, source_id: str, lang: str, date: str, body: bytes, digest: str, got: Fetched,
                    prev: DayState | None) -> DayResult:
        from assistant.sources import parse_paths
        from assistant.sources.base import merge_two
        from assistant.types import IngestReport

        with tempfile.TemporaryDirectory(prefix="assistant-sync-") as tmp:
            path = Path(tmp) / day_file(date, lang)  # the name carries the date the parser gives every paper
            path.write_bytes(body)
            _, parsed = parse_paths([path])
        result = DayResult(date=date, status="added" if prev is None else
                           "unchanged" if prev.sha256 == digest else "updated", bytes=len(body))
        for reason, n in parsed.skipped_by_reason.items():
            if reason.startswith("degraded: "):
                result.degraded += n
            else:
                result.skipped += n
                result.skip_reasons[reason] = n
        papers = parsed.papers
        if not papers:
            first = next((s.reason for s in parsed.skipped if not s.degraded), "no records")
            result.status, result.error = "error", f"no usable paper in the file: {first}"
            return result
        store = self.store
        stored = store.get_papers(p.arxiv_id for p in papers)
        for paper in papers:
            old = stored.get(paper.arxiv_id)
            if old is None:
                result.papers_added += 1
                continue
            new = merge_two(old, paper)
            if new == old:
                result.papers_unchanged += 1
            elif new.content_hash() == old.content_hash():
                result.papers_relisted += 1
            else:
                result.papers_updated += 1
        ingested = store.ingest(papers, report=IngestReport(files=1))
        result.chunks_embedded = ingested.chunks_embedded
        ids = [p.arxiv_id for p in papers]
        if prev is not None:
            result.papers_dropped = len(set(prev.papers) - set(ids))
        # Written last: the day counts as synced only once every paper of it is in the store.
        self.state.put_day(DayState(source=source_id, lang=lang, date=date, file=day_file(date, lang),
                                    etag=got.etag, last_modified=got.last_modified, sha256=digest, bytes=len(body),
                                    papers=ids, skipped=result.skipped, synced_at=_now_iso()))
        return result

    def status(self, source: str | None = None, lang: str | None = None) -> dict:
        """The last run (any source) and what the state holds for `source`/`lang` (default: the configured ones)."""
        lang = check_lang(lang or self.settings.sync_lang)
        src = self.source(source)
        try:
            dates = self.state.day_dates(src.id, lang)
        finally:
            src.close()
        next_run = None
        if self.next_run is not None:
            next_run = dt.datetime.fromtimestamp(self.next_run, dt.UTC).replace(microsecond=0).isoformat()
            next_run = next_run.replace("+00:00", "Z")
        return {"source": src.id, "lang": lang, "interval": self.settings.sync_interval,
                "days_synced": len(dates), "first_day": dates[0] if dates else None,
                "last_day": dates[-1] if dates else None, "last_run": self.state.last_run(),
                "running": self._running.locked(), "next_run": next_run}


def format_day(day: DayResult) -> str:
    """One line per day for the terminal."""
    parts = []
    for label, n in (("new", day.papers_added), ("updated", day.papers_updated), ("re-listed", day.papers_relisted),
                     ("unchanged", day.papers_unchanged), ("skipped", day.skipped)):
        if n:
            parts.append(f"{n} {label}")
    line = f"{day.date}  {day.status:<9}  " + (", ".join(parts) if parts else "-")
    if day.chunks_embedded:
        line += f"  ({day.chunks_embedded} chunks embedded)"
    if day.error:
        line += f"  {day.error}"
    return line


def format_status(data: dict) -> str:
    lines = [f"source: {data['source']} ({data['lang']})",
             f"days synced: {data['days_synced']}" + (f" ({data['first_day']} .. {data['last_day']})"
                                                      if data["days_synced"] else ""),
             f"scheduled in serve: every {data['interval']:g} s" if data["interval"] else
             "scheduled in serve: off (ASSISTANT_SYNC_INTERVAL=0)"]
    run = data.get("last_run")
    if not run:
        lines.append("last run: never")
        return "\n".join(lines)
    lines.append(f"last run: {run.get('finished_at') or run.get('started_at')} ({run.get('trigger')}, "
                 f"{run.get('source')})")
    lines.append(f"  {run.get('since')}..{run.get('until')}: {run.get('papers_added', 0)} papers added, "
                 f"{run.get('papers_updated', 0)} updated, {run.get('errors', 0)} day(s) failed")
    if run.get("error"):
        lines.append(f"  {run['error']}")
    return "\n".join(lines)
