"""Where the daily files come from: an HTTP base URL laid out like upstream's `data` branch, or a local directory.

Layout (upstream `dw-dengwei/daily-arXiv-ai-enhanced`, branch `data`, and every fork of it):

    <base>/data/YYYY-MM-DD_AI_enhanced_<Lang>.jsonl    what we ingest (Lang: Chinese, English, ... per fork)
    <base>/data/YYYY-MM-DD.jsonl, YYYY-MM-DD.md        raw crawl / rendered digest: never fetched
    <base>/assets/file-list.txt                        one file name per line (since 2025-12-30: the newest only)

A source answers two questions: which days does your file list name (None: it names none, probe instead), and
what is the file of day D now, given what we saw last time (ETag / Last-Modified / size+mtime). Every answer is a
`Fetched`; a network or server failure is an `error` value, never an exception.
"""

from __future__ import annotations

import email.utils
import hashlib
import logging
import random
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from assistant.errors import InputError
from assistant.settings import Settings

logger = logging.getLogger(__name__)

UPSTREAM = Settings.model_fields["sync_source"].default  # upstream's `data` branch (ASSISTANT_SYNC_SOURCE)
FILE_LIST = "assets/file-list.txt"
MAX_DAY_BYTES = 64 * 1024 * 1024  # a day is ~1 MB (250 papers x 4.3 KB); anything near this is not a day file
MAX_LIST_BYTES = 4 * 1024 * 1024
USER_AGENT = "arxiv-digest-assistant-sync/0.1 (+https://github.com/dw-dengwei/daily-arXiv-ai-enhanced)"
RETRY_STATUSES = {408, 425, 429, 500, 502, 503, 504}
MISSING_STATUSES = {404, 410}
LANG_RE = re.compile(r"[A-Za-z][A-Za-z_-]{0,31}")


def day_file(date: str, lang: str) -> str:
    return f"{date}_AI_enhanced_{lang}.jsonl"


def _day_name_re(lang: str) -> re.Pattern:
    return re.compile(rf"(?:^|/)(20\d\d-\d\d-\d\d)_AI_enhanced_{re.escape(lang)}\.jsonl$")


def days_in_listing(names: list[str], lang: str) -> list[str]:
    """The sorted dates of `lang` day files among `names` (lines of file-list.txt, or a directory's entries)."""
    pattern = _day_name_re(lang)
    found = {m.group(1) for name in names if (m := pattern.search(name.strip()))}
    return sorted(found)


@dataclass
class Validators:
    """What we saw of a day's file last time: sent back as If-None-Match / If-Modified-Since."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Fetched:
    status: Literal["ok", "not_modified", "missing", "error"]
    body: bytes | None = None
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    attempts: int = 1


class DaySource(Protocol):
    id: str  # stable identity (normalised URL or file URI): per-day state is kept per source

    def list_days(self, lang: str) -> list[str] | None: ...

    def fetch(self, date: str, lang: str, known: Validators | None) -> Fetched: ...

    def close(self) -> None: ...


def check_day_body(body: bytes, content_type: str = "") -> str | None:
    """Why `body` is not a whole JSONL day file, or None. Catches what a download can get wrong without any
    HTTP error: an HTML error/login page, another encoding than UTF-8, a body cut short (the last line is not a
    complete JSON value), an empty file. Bad records inside a whole file are the parser's business (skipped)."""
    if not body.strip():
        return "empty file"
    head = body.lstrip()[:512].lower()
    if "html" in content_type.lower() or head.startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<body")):
        return f"an HTML page, not a JSONL day file (Content-Type {content_type or 'none'})"
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return f"not UTF-8 (byte 0x{body[exc.start]:02x} at offset {exc.start}): wrong encoding or damaged download"
    if not text.lstrip().startswith("{"):
        return "not JSONL (the first line is not a JSON object)"
    if not text.endswith("\n"):
        import json

        last = text.rsplit("\n", 1)[-1]
        try:
            json.loads(last)
        except ValueError:
            return f"truncated: the last line ({len(last)} characters) is incomplete JSON"
    return None


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds (delta-seconds or an HTTP date), None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _describe(exc: Exception) -> str:
    import httpx

    if isinstance(exc, httpx.TimeoutException):
        return f"timed out ({exc.__class__.__name__})"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"incomplete download ({exc})"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect ({exc})"
    return f"{exc.__class__.__name__}: {exc}"


def _end_verifiable(resp) -> bool:
    """Whether a cut-short body would have been noticed: with Content-Length or chunked framing httpx raises on a
    short body; a close-delimited body (neither) just ends."""
    return "content-length" in resp.headers or "chunked" in resp.headers.get("transfer-encoding", "").lower()


class HttpSource:
    """Days over HTTP(S) with conditional GETs, a few requests in flight (the caller's thread pool; the
    connection pool is sized to match), retries with exponential backoff and jitter on 408/425/429/5xx and
    network errors, Retry-After honoured up to `max_wait` seconds (a longer demand fails the day instead of
    stalling the run). After a host stayed unreachable through all retries, the remaining days fail at once."""

    def __init__(self, base_url: str, *, timeout: float = 30.0, retries: int = 3, backoff: float = 1.0,
                 max_wait: float = 60.0, concurrency: int = 4, stop: threading.Event | None = None):
        import httpx

        self.base = base_url.rstrip("/")
        self.id = self.base
        self.retries, self.backoff, self.max_wait = retries, backoff, max_wait
        self.stop = stop or threading.Event()
        self._unreachable: str | None = None
        self.client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 15.0)), follow_redirects=True,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip"},
            limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency))

    def __repr__(self) -> str:
        return f"HttpSource({self.base})"

    def close(self) -> None:
        self.client.close()

    def url(self, rel: str) -> str:
        return f"{self.base}/{rel}"

    def list_days(self, lang: str) -> list[str] | None:
        got = self._get(self.url(FILE_LIST), {}, MAX_LIST_BYTES)
        if got.status != "ok":
            if got.status == "error":
                logger.info("file list unavailable (%s): probing day by day", got.error)
            return None
        try:
            names = (got.body or b"").decode("utf-8-sig").splitlines()
        except UnicodeDecodeError:
            return None
        return days_in_listing(names, lang)

    def fetch(self, date: str, lang: str, known: Validators | None) -> Fetched:
        headers = {}
        if known and known.etag:
            headers["If-None-Match"] = known.etag
        if known and known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        got = self._get(self.url(f"data/{day_file(date, lang)}"), headers, MAX_DAY_BYTES)
        if got.status == "not_modified" and not headers:
            return Fetched("error", error="HTTP 304 to an unconditional request", attempts=got.attempts)
        if got.status == "not_modified":  # a 304 may omit the validators; keep ours
            got.etag = got.etag or known.etag
            got.last_modified = got.last_modified or known.last_modified
        return got

    def _get(self, url: str, headers: dict, limit: int) -> Fetched:
        import httpx

        reason = "not tried"
        for attempt in range(1, self.retries + 2):
            if self._unreachable:
                return Fetched("error", error=self._unreachable, attempts=attempt - 1)
            if self.stop.is_set():
                return Fetched("error", error="sync stopped", attempts=attempt - 1)
            wait: float | None = None
            connect_failed = False
            try:
                with self.client.stream("GET", url, headers=headers) as resp:
                    code = resp.status_code
                    meta = dict(etag=resp.headers.get("ETag"), last_modified=resp.headers.get("Last-Modified"),
                                content_type=resp.headers.get("Content-Type", ""), attempts=attempt)
                    if code == 200:
                        body = bytearray()
                        for chunk in resp.iter_bytes():
                            body += chunk
                            if len(body) > limit:
                                return Fetched("error", error=f"larger than {limit} bytes: not a day file",
                                               attempts=attempt)
                        if not _end_verifiable(resp):
                            # The body ended when the connection closed: a cut exactly at a line end would look
                            # whole. Its validators are not kept, so the next run downloads it again and compares.
                            meta.update(etag=None, last_modified=None)
                        return Fetched("ok", body=bytes(body), **meta)
                    if code == 304:
                        return Fetched("not_modified", **meta)
                    if code in MISSING_STATUSES:
                        return Fetched("missing", **meta)
                    if code not in RETRY_STATUSES:
                        return Fetched("error", error=f"HTTP {code} {resp.reason_phrase}".strip(), attempts=attempt)
                    reason = f"HTTP {code} {resp.reason_phrase}".strip()
                    wait = _retry_after(resp.headers.get("Retry-After"))
            except httpx.HTTPError as exc:  # timeouts, refused/reset connections, bodies cut short, bad redirects
                reason = _describe(exc)
                connect_failed = isinstance(exc, httpx.ConnectError)
            if attempt > self.retries:
                break
            if wait is not None and wait > self.max_wait:
                return Fetched("error", attempts=attempt,
                               error=f"{reason}: the server asks to retry after {wait:.0f} s "
                                     f"(more than ASSISTANT_SYNC_MAX_WAIT={self.max_wait:g}); try again later")
            delay = wait if wait is not None else min(self.max_wait, self.backoff * 2 ** (attempt - 1)) * \
                (0.5 + random.random() / 2)
            logger.info("%s: %s; retry %d/%d in %.1f s", url, reason, attempt, self.retries, delay)
            if self.stop.wait(delay):
                return Fetched("error", error="sync stopped", attempts=attempt)
        error = f"{reason} (after {self.retries + 1} attempts)"
        if connect_failed:
            self._unreachable = f"source unreachable: {reason}"
            error = self._unreachable
        return Fetched("error", error=error, attempts=self.retries + 1)


class DirSource:
    """Days from a local directory (a checkout of the `data` branch, or a folder of day files): `<dir>/data/` when
    it exists, else `<dir>` itself. The listing is complete, so nothing is probed; size+mtime play the ETag."""

    def __init__(self, path: str | Path):
        root = Path(path).expanduser().resolve()
        if not root.is_dir():
            raise InputError(f"sync source {path}: not a directory or an http(s) URL")
        self.root = root
        self.data_dir = root / "data" if (root / "data").is_dir() else root
        self.id = root.as_uri()

    def __repr__(self) -> str:
        return f"DirSource({self.root})"

    def close(self) -> None:
        pass

    def list_days(self, lang: str) -> list[str] | None:
        try:
            names = [p.name for p in self.data_dir.iterdir() if p.is_file()]
        except OSError as exc:
            raise InputError(f"sync source {self.root}: cannot list it ({exc.strerror or exc})") from exc
        return days_in_listing(names, lang)

    def fetch(self, date: str, lang: str, known: Validators | None) -> Fetched:
        path = self.data_dir / day_file(date, lang)
        try:
            info = path.stat()
        except FileNotFoundError:
            return Fetched("missing")
        except OSError as exc:
            return Fetched("error", error=f"cannot read {path.name} ({exc.strerror or exc})")
        etag = f'"{info.st_size:x}-{info.st_mtime_ns:x}"'
        last_modified = email.utils.formatdate(info.st_mtime, usegmt=True)
        if known and known.etag == etag:
            return Fetched("not_modified", etag=etag, last_modified=last_modified)
        if info.st_size > MAX_DAY_BYTES:
            return Fetched("error", error=f"larger than {MAX_DAY_BYTES} bytes: not a day file")
        try:
            body = path.read_bytes()
        except OSError as exc:
            return Fetched("error", error=f"cannot read {path.name} ({exc.strerror or exc})")
        return Fetched("ok", body=body, etag=etag, last_modified=last_modified)


def make_source(spec: str, *, timeout: float = 30.0, retries: int = 3, backoff: float = 1.0,
                max_wait: float = 60.0, concurrency: int = 4, stop: threading.Event | None = None) -> DaySource:
    """`https://host/base` (the layout above), `github:owner/repo[@branch]` (raw.githubusercontent.com, branch
    `data` by default), `file:///dir` or a directory path."""
    spec = (spec or "").strip()
    if not spec:
        raise InputError("no sync source given (ASSISTANT_SYNC_SOURCE or --source)")
    if spec.startswith("github:"):
        repo, _, branch = spec.removeprefix("github:").partition("@")
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}", repo):
            raise InputError(f"sync source {spec!r}: expected github:owner/repo[@branch]")
        spec = f"https://raw.githubusercontent.com/{repo}/{branch or 'data'}"
    if spec.startswith(("http://", "https://")):
        from urllib.parse import urlparse

        if not urlparse(spec).hostname:
            raise InputError(f"sync source {spec!r}: no host in the URL")
        return HttpSource(spec, timeout=timeout, retries=retries, backoff=backoff, max_wait=max_wait,
                          concurrency=concurrency, stop=stop)
    if "://" in spec and not spec.startswith("file://"):
        raise InputError(f"sync source {spec!r}: only http(s) URLs, github:owner/repo and directories are supported")
    if spec.startswith("file://"):
        from urllib.parse import unquote, urlparse

        spec = unquote(urlparse(spec).path)
    return DirSource(spec)


def content_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()
