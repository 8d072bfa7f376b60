"""Where an uploaded file is staged: never trust the client's file name (paths, hidden names, length, clashes)."""

from __future__ import annotations

import re
from pathlib import Path

_UNSAFE = re.compile(r"[^\w.\-]")
MAX_NAME_BYTES = 200  # file systems allow 255; leave room for a "-N" de-duplication suffix


def safe_upload_name(client_name: str) -> str:
    """The client's base name (after the last `/` or `\\`), with characters outside [word . -] replaced by `_`,
    no leading dots (ingest skips hidden files; `..` is no name), and at most MAX_NAME_BYTES of UTF-8, keeping
    the suffix (it decides the format) and the date the stem usually carries."""
    base = re.split(r"[/\\]", str(client_name))[-1]
    stem, suffix = _split(_UNSAFE.sub("_", base))
    stem = stem.lstrip(".")
    while stem and len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    if len(suffix.encode("utf-8")) > MAX_NAME_BYTES // 2:
        suffix = ""
    return (stem or "upload") + suffix


def _split(name: str) -> tuple[str, str]:
    """("2026-01-01", ".md") from "2026-01-01.md"; a name without a dot has no suffix."""
    stem, dot, suffix = name.rpartition(".")
    return (stem, f".{suffix}") if dot else (name, "")


def staged_path(staging: Path, client_name: str) -> Path:
    """A new path directly inside `staging` for an upload: sanitized name, `-1`, `-2`, ... on a clash, so two
    uploads with the same name are both kept."""
    name = safe_upload_name(client_name)
    stem, suffix = _split(name)
    candidate, n = staging / name, 1
    while candidate.exists():
        candidate, n = staging / f"{stem}-{n}{suffix}", n + 1
    if candidate.resolve().parent != Path(staging).resolve():  # defence in depth; cannot happen by construction
        raise ValueError(f"upload name {client_name!r} escapes the staging directory")
    return candidate
