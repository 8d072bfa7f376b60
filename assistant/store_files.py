"""Opening Chroma without harm: which client (embedded or server), and whether an existing embedded store file
is a whole SQLite database before Chroma touches it (Chroma takes an empty or damaged file for a new store and
writes an empty one over it: issue 17, item 5)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from assistant.errors import AssistantError, StoreError
from assistant.settings import Settings

STORE_FILE = "chroma.sqlite3"  # the embedded Chroma store's database, in `store_dir`
SQLITE_MAGIC = b"SQLite format 3\x00"


def open_chroma_client(settings: Settings):
    """Embedded PersistentClient by default; HttpClient when `ASSISTANT_CHROMA_URL` is set. Telemetry off.

    An existing embedded store file is checked first (`check_store_file`): Chroma would take an empty or
    damaged file for a new store and write an empty one over it."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    where = settings.chroma_url or settings.store_dir
    try:
        if settings.chroma_url:
            from urllib.parse import urlparse

            url = urlparse(settings.chroma_url if "://" in settings.chroma_url else f"http://{settings.chroma_url}")
            return chromadb.HttpClient(host=url.hostname or "localhost", port=url.port or 8000,
                                       ssl=url.scheme == "https", settings=chroma_settings)
        settings.store_dir.mkdir(parents=True, exist_ok=True)
        check_store_file(settings.store_dir / STORE_FILE)
        return chromadb.PersistentClient(path=str(settings.store_dir), settings=chroma_settings)
    except AssistantError:
        raise
    except Exception as exc:  # chromadb raises ValueError/ConnectionError/... depending on the backend
        raise StoreError(f"cannot open the Chroma store at {where}: {exc}") from exc


def check_store_file(db: Path) -> None:
    """Raise StoreError if `db` exists but is not a whole SQLite database (0 bytes, foreign bytes, cut short).

    Reads only the 100-byte header; a missing file is a new store. A file cut short is recognised by the
    database size its header records, when that field is valid and no journal (a writer at work, or a crash
    SQLite will roll back on open) is beside it."""
    hint = "nothing was changed; restore it from a backup, or move it away to start an empty store"
    try:
        info = db.stat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(f"cannot read the store file {db}: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise StoreError(f"the store file {db} is not a regular file; {hint}")
    if info.st_size == 0:
        raise StoreError(f"the store file {db} is empty (0 bytes), not a Chroma database; {hint}")
    try:
        with open(db, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise StoreError(f"cannot read the store file {db}: {exc.strerror or exc}") from exc
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise StoreError(f"the store file {db} is not an SQLite database ({info.st_size} bytes); {hint}")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise StoreError(f"the store file {db} has a damaged header (page size {page_size}); {hint}")
    pages = int.from_bytes(head[28:32], "big")
    size_field_valid = head[24:28] == head[92:96]  # "version-valid-for" == change counter
    if size_field_valid and pages and info.st_size < pages * page_size and not _journal_beside(db):
        after = db.stat()
        if after.st_size == info.st_size and after.st_mtime_ns == info.st_mtime_ns and not _journal_beside(db):
            raise StoreError(f"the store file {db} is cut short ({info.st_size} bytes; its header says "
                             f"{pages * page_size}); {hint}")


def peek_record_counts(db: Path, collections: list[str]) -> dict[str, int] | None:
    """Records (stored or still in Chroma's write-ahead queue) per collection, 0 for a missing collection, read
    through a read-only SQLite connection that changes nothing. None when that cannot tell (a hot journal to roll
    back, a locked file, another Chroma schema): the caller then lets Chroma open the store."""
    import sqlite3

    try:
        con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        out: dict[str, int] = {}
        for name in collections:
            row = con.execute("SELECT id FROM collections WHERE name = ?", (name,)).fetchone()
            if row is None:
                out[name] = 0
                continue
            stored = con.execute("SELECT COUNT(*) FROM embeddings e JOIN segments s ON e.segment_id = s.id "
                                 "WHERE s.collection = ?", (row[0],)).fetchone()[0]
            queued = con.execute("SELECT COUNT(*) FROM embeddings_queue WHERE topic LIKE ?",
                                 (f"%/{row[0]}",)).fetchone()[0]
            out[name] = stored + queued
        return out
    except sqlite3.Error:
        return None
    finally:
        con.close()


def _journal_beside(db: Path) -> bool:
    for suffix in ("-journal", "-wal"):
        try:
            if os.stat(f"{db}{suffix}").st_size > 0:
                return True
        except OSError:
            continue
    return False
