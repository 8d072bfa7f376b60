"""Argument rules shared by every entry point (CLI, JSON API, MCP, UI), so one bad value gets one plain message
everywhere instead of a traceback in one place and a silent coercion in another."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path

from assistant.errors import InputError

LANGUAGES = ("zh", "en")
DIGEST_STYLES = ("brief", "themed")
SEARCH_MODES = ("hybrid", "dense", "bm25")
MAX_SEARCH_K = 100
MAX_DIGEST_PAPERS = 50
MAX_QUERY_CHARS = 4000  # a question or topic longer than a page is a mistake (or an attack on the embedder)

_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
_CATEGORY = re.compile(r"[A-Za-z][A-Za-z0-9.\-]{0,31}")


def check_date(value: str | None, label: str = "date") -> str | None:
    """'' / None -> None; 'YYYY-MM-DD' (a real day) or 'YYYY-MM' (a real month) -> itself; else InputError."""
    value = (value or "").strip()
    if not value:
        return None
    match = _DATE.fullmatch(value)
    try:
        if not match:
            raise ValueError
        year, month, day = int(match[1]), int(match[2]), int(match[3] or 1)
        dt.date(year, month, day)
    except ValueError:
        raise InputError(f"{label} must be a real date as YYYY-MM-DD or YYYY-MM, got {value!r}") from None
    return value


def check_date_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    since, until = check_date(since, "since"), check_date(until, "until")
    if since and until and (since if len(since) == 10 else since + "-01") > (
            until if len(until) == 10 else until + "-31"):  # a month is all of its days
        raise InputError(f"since ({since}) is after until ({until})")
    return since, until


def check_int(value, label: str, low: int, high: int) -> int:
    """An integer in [low, high] (a whole float like 5.0 from a JSON client is fine)."""
    try:
        number = float(value)
        if number != int(number):
            raise ValueError
        number = int(number)
    except (TypeError, ValueError, OverflowError):
        raise InputError(f"{label} must be a whole number, got {value!r}") from None
    if not low <= number <= high:
        raise InputError(f"{label} must be between {low} and {high}, got {number}")
    return number


def check_choice(value, label: str, choices: Iterable[str]) -> str:
    choices = tuple(choices)
    if value not in choices:
        raise InputError(f"{label} must be one of {', '.join(choices)}, got {value!r}")
    return value


def check_language(value, label: str = "language", *, allow_auto: bool = False) -> str | None:
    """'zh' | 'en'; with allow_auto also '' / 'auto' / None -> None (the question's own language)."""
    if allow_auto and value in (None, "", "auto"):
        return None
    return check_choice(value, label, LANGUAGES)


def check_text(value, label: str, *, required: bool = True, max_chars: int = MAX_QUERY_CHARS) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InputError(f"{label} must be text, got {type(value).__name__}")
    value = value.strip()
    if required and not value:
        raise InputError(f"{label} is empty")
    if len(value) > max_chars:
        raise InputError(f"{label} is longer than {max_chars} characters")
    if "\x00" in value:
        raise InputError(f"{label} contains a NUL character")
    return value


def check_categories(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """'cs.IR, cs.CL' or ['cs.IR'] -> ('cs.IR', 'cs.CL'); anything that is not an arXiv category name is refused."""
    if value is None:
        return ()
    items = value.split(",") if isinstance(value, str) else list(value)
    out = []
    for item in items:
        if not isinstance(item, str):
            raise InputError(f"categories must be text, got {item!r}")
        item = item.strip()
        if not item:
            continue
        if not _CATEGORY.fullmatch(item):
            raise InputError(f"not an arXiv category: {item[:40]!r} (e.g. cs.IR)")
        out.append(item)
    if len(out) > 50:
        raise InputError("at most 50 categories")
    return tuple(out)


def parse_login(value: str) -> tuple[str, str]:
    """'user:password' -> (user, password); both parts must be non-empty (":" or "user:" is no login)."""
    user, sep, password = value.strip().partition(":")
    if not sep or not user.strip() or not password:
        raise InputError("ASSISTANT_UI_AUTH entries must be 'user:password' with a non-empty user and password")
    return user.strip(), password


def check_output_file(path: str | Path) -> Path:
    """A file we can write, checked before any work is done (a digest takes a minute; failing after it is rude).
    Parent folders are created; a directory, or a place we cannot write (/proc, read-only), is refused."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise InputError(f"{target} is a directory; give a file name")
    existed = target.exists()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "a", encoding="utf-8"):
            pass
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc.strerror or exc}") from None
    if not existed:
        target.unlink(missing_ok=True)
    return target


def check_output_dir(path: str | Path) -> Path:
    """A directory we can write files into (created if missing), checked before the work."""
    import tempfile

    target = Path(path).expanduser()
    if target.exists() and not target.is_dir():
        raise InputError(f"{target} exists and is not a directory")
    try:
        target.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=target):
            pass
    except OSError as exc:
        raise InputError(f"cannot write into {target}: {exc.strerror or exc}") from None
    return target
