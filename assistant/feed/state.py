"""Sync state in the store: per-day records, the last run and day leases, in the Chroma collection
`<collection>_sync` beside the papers, so every instance on one Chroma (embedded or server) sees the same state,
like the LLM reply cache. Documents are JSON, embeddings a dummy 1-d vector.

Ids:
    day|<source key>|<lang>|<YYYY-MM-DD>   `DayState`: validators, content hash, the papers the day listed
    run|last                                the last finished (or interrupted) run's report
    lock|writer                             the store's writer lease: owner token + expiry (metadata)

A day record is written only after its papers are in the store, so a sync killed anywhere re-fetches that day
and re-ingests it (idempotent: unchanged papers cost nothing) on the next run.

One writer at a time (`WriterLease`): days share papers (weekends repeat Friday's), and two instances ingesting
different days at once would each merge a paper with what it read before the other wrote it, so one update would
be lost (a day missing from the paper's dates, the older summary kept). So a run takes the store-wide lease before
its first write and keeps it to its end; an instance that finds it held writes nothing more in that run.

A lease whose owner was a process on this host that is gone (same host name, pid not running) is taken over
at once; any other lease waits out its TTL (`ASSISTANT_SYNC_LOCK_TTL`). The holder renews it before every day.

Leases use Chroma's `add`, which keeps an existing id untouched: of two instances adding the same lock id the
first wins and the second reads back the winner's token. An expired lease is removed with a delete conditioned on
its owner, so a lease taken meanwhile by someone else is never removed by mistake. A lease is renewed only while
it has more than `RENEW_MARGIN` seconds left, so no one can take it over between the check and the renewal.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
import time
import uuid

from pydantic import BaseModel, Field

from assistant.errors import StoreError

logger = logging.getLogger(__name__)

_GET_CHUNK = 500
WRITER_LOCK = "lock|writer"
RENEW_MARGIN = 60.0  # seconds a lease must still have for its holder to extend it in place


class DayState(BaseModel):
    source: str
    lang: str
    date: str
    file: str
    etag: str | None = None
    last_modified: str | None = None
    sha256: str
    bytes: int = 0
    papers: list[str] = Field(default_factory=list, description="arXiv ids the day's file listed")
    skipped: int = 0
    synced_at: str = Field("", description="UTC time its content was last ingested")


def source_key(source_id: str) -> str:
    return hashlib.sha256(source_id.encode()).hexdigest()[:16]


def new_owner() -> str:
    """A lease owner token: host and pid for the humans reading it, a random part for uniqueness."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


def holder_is_dead(owner: str) -> bool:
    """True when a lease's owner was a process on this host that no longer exists (a sync killed with SIGKILL or a
    crashed container restarted under the same name): its lease need not wait out the TTL. Unknown = alive."""
    host, _, rest = owner.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:  # EPERM: alive, another user's
        return False
    return False


class SyncState:
    def __init__(self, client, name: str):
        try:
            self.collection = client.get_or_create_collection(name, embedding_function=None)
        except Exception as exc:  # chromadb raises backend-specific errors
            raise StoreError(f"cannot open the sync state {name}: {exc}") from exc
        self.name = name

    # ---------- days ----------
    @staticmethod
    def day_id(source_id: str, lang: str, date: str) -> str:
        return f"day|{source_key(source_id)}|{lang}|{date}"

    def get_days(self, source_id: str, lang: str, dates: list[str]) -> dict[str, DayState]:
        ids = [self.day_id(source_id, lang, d) for d in dates]
        out: dict[str, DayState] = {}
        for start in range(0, len(ids), _GET_CHUNK):
            got = self.collection.get(ids=ids[start:start + _GET_CHUNK], include=["documents"])
            for doc in got["documents"]:
                try:
                    day = DayState.model_validate_json(doc or "")
                except ValueError:
                    continue  # unreadable: the day is fetched again and the record rewritten
                out[day.date] = day
        return out

    def put_day(self, day: DayState) -> None:
        self.collection.upsert(ids=[self.day_id(day.source, day.lang, day.date)], documents=[day.model_dump_json()],
                               embeddings=[[0.0]],
                               metadatas=[{"kind": "day", "source": source_key(day.source), "lang": day.lang,
                                           "date": day.date, "sha256": day.sha256, "papers": len(day.papers)}])

    def day_dates(self, source_id: str, lang: str) -> list[str]:
        got = self.collection.get(where={"$and": [{"kind": "day"}, {"source": source_key(source_id)},
                                                  {"lang": lang}]}, include=["metadatas"])
        return sorted(str((m or {}).get("date", "")) for m in got["metadatas"] if (m or {}).get("date"))

    def last_day(self, source_id: str, lang: str) -> str | None:
        dates = self.day_dates(source_id, lang)
        return dates[-1] if dates else None

    # ---------- runs ----------
    def put_run(self, report: dict) -> None:
        self.collection.upsert(ids=["run|last"], documents=[json.dumps(report, ensure_ascii=False)],
                               embeddings=[[0.0]], metadatas=[{"kind": "run", "finished": time.time()}])

    def last_run(self) -> dict | None:
        got = self.collection.get(ids=["run|last"], include=["documents"])
        if not got["ids"]:
            return None
        try:
            return json.loads(got["documents"][0] or "")
        except ValueError:
            return None

    # ---------- leases ----------
    def holder(self, lock_id: str) -> dict | None:
        got = self.collection.get(ids=[lock_id], include=["metadatas"])
        return (got["metadatas"][0] or {}) if got["ids"] else None

    def acquire(self, lock_id: str, owner: str, ttl: float) -> bool:
        """Take (or, when `owner` holds it, renew) the lease `lock_id` for `ttl` seconds; False while someone else
        holds an unexpired one."""
        held = self.holder(lock_id)
        if held is not None:
            expires = float(held.get("expires", 0) or 0)
            if held.get("owner") == owner and expires > time.time() + RENEW_MARGIN:
                self.collection.update(ids=[lock_id], metadatas=[{**held, "expires": time.time() + max(ttl, 0)}])
                return True
            if held.get("owner") != owner and expires > time.time() \
                    and not holder_is_dead(str(held.get("owner", ""))):
                return False
            logger.info("taking over the sync lease %s of %s (expired, or its process is gone)", lock_id,
                        held.get("owner"))
            self.collection.delete(ids=[lock_id], where={"owner": str(held.get("owner", ""))})
        self.collection.add(ids=[lock_id], documents=[owner], embeddings=[[0.0]],
                            metadatas=[{"kind": "lock", "owner": owner, "expires": time.time() + ttl,
                                        "taken": time.time()}])
        held = self.holder(lock_id)
        return held is not None and held.get("owner") == owner

    def release(self, lock_id: str, owner: str) -> None:
        try:
            self.collection.delete(ids=[lock_id], where={"owner": owner})
        except Exception as exc:  # an unreleased lease expires by itself
            logger.warning("cannot release the sync lease %s: %s", lock_id, exc)

    def count(self) -> int:
        return self.collection.count()


class WriterLease:
    """One run's hold on the store's writer lease: `take()` before each write (takes it the first time, renews it
    after), `release()` when the run ends. Once the lease is found held by another instance, `take()` stays False
    for the rest of the run: its days are left to that instance in date order, never ingested out of order."""

    def __init__(self, state: SyncState, owner: str, ttl: float):
        self.state, self.owner, self.ttl = state, owner, ttl
        self.held = False
        self.blocked_by: str | None = None

    def take(self) -> bool:
        if self.blocked_by is None:
            if self.state.acquire(WRITER_LOCK, self.owner, self.ttl):
                self.held = True
                return True
            self.held = False
            self.blocked_by = str((self.state.holder(WRITER_LOCK) or {}).get("owner", "?"))
        return False

    def release(self) -> None:
        if self.held:
            self.state.release(WRITER_LOCK, self.owner)
            self.held = False
