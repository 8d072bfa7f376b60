"""Where an uploaded file is staged: never trust the client's file name (paths, hidden names, length, clashes)."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.errors import InputError

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


ALLOWED_UPLOADS = (".md", ".markdown", ".jsonl", ".txt")


def upload_folder() -> Path:
    """Where Gradio keeps files clients uploaded to this server (GRADIO_TEMP_DIR, else <tmp>/gradio)."""
    from gradio.utils import get_upload_folder

    return Path(get_upload_folder()).resolve()


def uploaded_file(file, *, max_mb: int) -> Path:
    """The server path of a file a client uploaded, checked: it must be a regular file inside Gradio's upload
    folder (a plain string naming any other server path, a directory, a glob or a symlink out is refused: reading
    server files is the CLI's job, not the network's), with a digest suffix and within the size limit."""
    raw = file.get("path") if isinstance(file, dict) else getattr(file, "path", file)
    if not isinstance(raw, str) or not raw or "\x00" in raw:
        raise InputError("upload a .md or .jsonl file (with gradio_client: handle_file(path))")
    path = Path(raw)
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        raise InputError("only files uploaded to this server can be ingested here; use the CLI for server paths"
                         ) from None
    if not real.is_relative_to(upload_folder()) or path.is_symlink() or not real.is_file():
        raise InputError("only files uploaded to this server can be ingested here; use the CLI for server paths")
    client_name = (file.get("orig_name") if isinstance(file, dict) else None) or real.name
    if not str(client_name).lower().endswith(ALLOWED_UPLOADS) and not real.name.lower().endswith(ALLOWED_UPLOADS):
        raise InputError(f"{safe_upload_name(str(client_name))}: not a .md or .jsonl file")
    if real.stat().st_size > max_mb * 1024 * 1024:
        raise InputError(f"{safe_upload_name(str(client_name))}: larger than {max_mb} MB")
    return real


def ingest_uploads(store, files: list, *, max_mb: int):
    """Copy each accepted upload under a safe name into a private staging folder and ingest that folder;
    returns (report or None, rejected messages). File names in the report are the clients' base names, not
    server paths."""
    import shutil
    import tempfile

    from assistant.ingest import ingest_paths

    staging = Path(tempfile.mkdtemp(prefix="upload-"))
    rejected: list[str] = []
    names: dict[str, str] = {}
    try:
        for item in files:
            client_name = _client_name(item)
            try:
                src = uploaded_file(item, max_mb=max_mb)
            except InputError as exc:
                rejected.append(str(exc) if str(exc).startswith(safe_upload_name(client_name))
                                else f"{safe_upload_name(client_name)}: {exc}")
                continue
            target = staged_path(staging, client_name if client_name.lower().endswith(ALLOWED_UPLOADS)
                                 else src.name)
            shutil.copyfile(src, target)
            names[str(target)] = target.name
        report = ingest_paths(store, [staging]) if names else None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if report is not None:
        for record in report.skipped:
            record.file = names.get(record.file, Path(record.file).name)
    return report, rejected


def _client_name(item) -> str:
    if isinstance(item, dict):
        return str(item.get("orig_name") or Path(str(item.get("path", "upload"))).name)
    name = getattr(item, "orig_name", None) or getattr(item, "name", None) or getattr(item, "path", None) or item
    return Path(str(name)).name
