"""The readers' database: subscriptions, likes/dislikes and the mail log, per reader, in SQL tables.

SQLAlchemy Core over one URL (`ASSISTANT_READERS_DB`): by default an SQLite file beside the store
(`<store_dir>/readers.sqlite3`, WAL mode), which every process on the machine shares safely; for instances on
several hosts, the same tables on one shared server database (PostgreSQL: `postgresql+psycopg://…`). Why not
Chroma, where the sync state and the LLM reply cache live: these are a user's own records, edited one row at a time
and read back by key, with uniqueness (one subscription name per reader, one reaction per paper) that a database
enforces and Chroma cannot. See docs/for-you.md.

Tables (created when missing; `readers_meta.schema_version` says which layout a database has):

    reader_subscriptions  id (UUID) | reader | name | interest | include | exclude | categories | language | daily
                          | email | llm | created_at | updated_at           unique (reader, name)
    reader_reactions      seq | reader | arxiv_id | reaction (like|dislike) | at     unique (reader, arxiv_id)
    reader_mail_log       subscription_id | day | sent_at | recipient | papers | message_id   key (sub, day)
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from assistant.errors import InputError, StoreError
from assistant.readers.models import (
    ReactionEntry,
    Subscription,
    SubscriptionSpec,
    check_reader,
    parse_spec,
)

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 1
DB_FILE = "readers.sqlite3"
T = TypeVar("T")

metadata = sa.MetaData()

meta_table = sa.Table(
    "readers_meta", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.String(256), nullable=False),
)

subscriptions = sa.Table(
    "reader_subscriptions", metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("reader", sa.String(64), nullable=False),
    sa.Column("name", sa.String(64), nullable=False),
    sa.Column("interest", sa.Text, nullable=False, default=""),
    sa.Column("include", sa.JSON, nullable=False),
    sa.Column("exclude", sa.JSON, nullable=False),
    sa.Column("categories", sa.JSON, nullable=False),
    sa.Column("language", sa.String(2), nullable=False),
    sa.Column("daily", sa.Integer, nullable=False),
    sa.Column("email", sa.String(320), nullable=True),
    sa.Column("llm", sa.String(4), nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
    sa.UniqueConstraint("reader", "name", name="uq_reader_subscription_name"),
)

reactions = sa.Table(
    "reader_reactions", metadata,
    # `seq` orders a reader's likes newest first (a re-like is a new row, so it counts as new again)
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("reader", sa.String(64), nullable=False),
    sa.Column("arxiv_id", sa.String(64), nullable=False),
    sa.Column("reaction", sa.String(8), nullable=False),
    sa.Column("at", sa.Float, nullable=False),
    sa.UniqueConstraint("reader", "arxiv_id", name="uq_reader_reaction_paper"),
    sa.Index("ix_reader_reactions_reader", "reader", "reaction", "seq"),
)

mail_log = sa.Table(
    "reader_mail_log", metadata,
    sa.Column("subscription_id", sa.String(36), primary_key=True),
    sa.Column("day", sa.String(10), primary_key=True),
    sa.Column("sent_at", sa.Float, nullable=False),
    sa.Column("recipient", sa.String(320), nullable=False),
    sa.Column("papers", sa.Integer, nullable=False),
    sa.Column("message_id", sa.String(255), nullable=False),
)


def default_url(store_dir: Path) -> str:
    return f"sqlite:///{(Path(store_dir) / DB_FILE).resolve()}"


def iso(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """WAL: readers never block the writer and a crash mid-write leaves the last commit; busy_timeout: a second
    process waits for the lock instead of failing at once."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 15000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


class ReaderStore:
    """Per-reader subscriptions, reactions and the mail log in one SQL database (see the module docstring)."""

    def __init__(self, url: str, *, engine: sa.Engine | None = None):
        self.url = url
        self._where = sa.make_url(url).render_as_string(hide_password=True) if "://" in url else url
        try:
            self.engine = engine or self._engine(url)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise StoreError(f"cannot open the readers' database {self._where}: {exc}") from exc
        self._ready = False
        self._ready_lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings) -> ReaderStore:
        return cls(settings.readers_db or default_url(settings.store_dir))

    @staticmethod
    def _engine(url: str) -> sa.Engine:
        parsed = sa.make_url(url)
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            engine = sa.create_engine(url, connect_args={"timeout": 15, "check_same_thread": False})
            sa.event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        return sa.create_engine(url, pool_pre_ping=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # ---------- schema ----------
    def ensure_schema(self) -> None:
        """Create the tables when missing (idempotent; two instances starting together are fine: a table another
        created meanwhile is taken as created), and refuse a database of a newer layout."""
        if self._ready:
            return
        with self._ready_lock:
            if self._ready:
                return
            for attempt in range(3):
                try:
                    metadata.create_all(self.engine, checkfirst=True)
                    with self.engine.begin() as con:
                        row = con.execute(sa.select(meta_table.c.value).where(
                            meta_table.c.key == "schema_version")).first()
                        if row is None:
                            con.execute(meta_table.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
                        elif int(row[0]) > SCHEMA_VERSION:
                            raise StoreError(f"the readers' database {self._where} has schema version {row[0]}; "
                                             f"this version of the assistant knows {SCHEMA_VERSION}: upgrade it")
                    break
                except (IntegrityError, OperationalError, sa.exc.ProgrammingError) as exc:
                    if attempt == 2:  # another instance creating the same tables at the same moment, three times?
                        raise StoreError(f"cannot set up the readers' database {self._where}: "
                                         f"{_short(exc)}") from exc
                    time.sleep(0.2 * (attempt + 1))
            self._ready = True

    def _run(self, fn: Callable[[sa.Connection], T], *, retries: int = 2) -> T:
        """`fn` in one transaction; a unique-key race (two instances inserting the same key) is retried, any other
        database failure becomes one StoreError line."""
        self.ensure_schema()
        for attempt in range(retries + 1):
            try:
                with self.engine.begin() as con:
                    return fn(con)
            except IntegrityError as exc:
                if attempt == retries:
                    raise StoreError(f"the readers' database {self._where} refused a write: {_short(exc)}") from exc
            except OperationalError as exc:
                if attempt == retries or "locked" not in str(exc).lower():
                    raise StoreError(f"the readers' database {self._where} is not usable: {_short(exc)}") from exc
                time.sleep(0.2 * (attempt + 1))
            except SQLAlchemyError as exc:
                raise StoreError(f"the readers' database {self._where} failed: {_short(exc)}") from exc
        raise AssertionError("unreachable")

    def status(self) -> tuple[bool, str]:
        try:
            with self.engine.connect() as con:
                con.execute(sa.text("SELECT 1"))
        except SQLAlchemyError as exc:
            return False, f"not reachable ({exc.__class__.__name__})"
        return True, f"{self.dialect} ({self._where})"

    def close(self) -> None:
        self.engine.dispose()

    # ---------- subscriptions ----------
    @staticmethod
    def _subscription(row) -> Subscription:
        return Subscription(id=row.id, reader=row.reader, name=row.name, interest=row.interest,
                            include=list(row.include or []), exclude=list(row.exclude or []),
                            categories=list(row.categories or []), language=row.language, daily=row.daily,
                            email=row.email, llm=row.llm, created_at=iso(row.created_at),
                            updated_at=iso(row.updated_at))

    def subscriptions(self, reader: str) -> list[Subscription]:
        reader = check_reader(reader)
        rows = self._run(lambda con: con.execute(
            sa.select(subscriptions).where(subscriptions.c.reader == reader)
            .order_by(subscriptions.c.created_at, subscriptions.c.name)).all())
        return [self._subscription(r) for r in rows]

    def all_subscriptions(self) -> list[Subscription]:
        rows = self._run(lambda con: con.execute(
            sa.select(subscriptions).order_by(subscriptions.c.reader, subscriptions.c.created_at)).all())
        return [self._subscription(r) for r in rows]

    def subscription(self, reader: str, name: str) -> Subscription:
        """The reader's subscription called `name` (case-insensitive when unambiguous); InputError when none."""
        subs = self.subscriptions(reader)
        for sub in subs:
            if sub.name == name.strip():
                return sub
        folded = [s for s in subs if s.name.casefold() == " ".join(name.split()).casefold()]
        if len(folded) == 1:
            return folded[0]
        names = ", ".join(s.name for s in subs) or "none yet; add one with `subscribe add`"
        raise InputError(f"reader {reader!r} has no subscription {name!r} (has: {names})")

    def add_subscription(self, reader: str, spec: SubscriptionSpec) -> Subscription:
        reader = check_reader(reader)
        now = time.time()
        sub_id = str(uuid.uuid4())

        def insert(con: sa.Connection):
            taken = con.execute(sa.select(subscriptions.c.id).where(
                subscriptions.c.reader == reader, subscriptions.c.name == spec.name)).first()
            if taken:
                raise InputError(f"reader {reader!r} already has a subscription {spec.name!r}; change it with "
                                 "`subscribe update` or remove it first")
            con.execute(subscriptions.insert().values(id=sub_id, reader=reader, created_at=now, updated_at=now,
                                                      **spec.model_dump()))

        try:
            self._run(insert, retries=0)
        except StoreError as exc:
            if isinstance(exc.__cause__, IntegrityError):  # the same name added by another instance just now
                raise InputError(f"reader {reader!r} already has a subscription {spec.name!r}") from None
            raise
        return self.subscription(reader, spec.name)

    def update_subscription(self, reader: str, name: str, changes: dict) -> Subscription:
        """Change some fields (a dict of SubscriptionSpec fields; `name` renames). Checked like a new spec."""
        current = self.subscription(reader, name)
        merged = parse_spec({**current.model_dump(include=set(SubscriptionSpec.model_fields)), **changes})
        if merged.name != current.name and any(s.name == merged.name for s in self.subscriptions(reader)):
            raise InputError(f"reader {current.reader!r} already has a subscription {merged.name!r}")

        def update(con: sa.Connection):
            con.execute(subscriptions.update().where(subscriptions.c.id == current.id)
                        .values(updated_at=time.time(), **merged.model_dump()))

        self._run(update, retries=0)
        return self.subscription(reader, merged.name)

    def remove_subscription(self, reader: str, name: str) -> Subscription:
        sub = self.subscription(reader, name)

        def delete(con: sa.Connection):
            con.execute(subscriptions.delete().where(subscriptions.c.id == sub.id))
            con.execute(mail_log.delete().where(mail_log.c.subscription_id == sub.id))

        self._run(delete)
        return sub

    # ---------- reactions ----------
    def react(self, reader: str, arxiv_id: str, reaction: str | None) -> None:
        """Set a reader's reaction to a paper: 'like', 'dislike', or None (clear it). A like replaces a dislike
        and vice versa; liking again makes the like the newest."""
        reader = check_reader(reader)
        if reaction not in ("like", "dislike", None):
            raise InputError(f"reaction must be like, dislike or none, got {reaction!r}")

        def write(con: sa.Connection):
            con.execute(reactions.delete().where(reactions.c.reader == reader, reactions.c.arxiv_id == arxiv_id))
            if reaction:
                con.execute(reactions.insert().values(reader=reader, arxiv_id=arxiv_id, reaction=reaction,
                                                      at=time.time()))

        self._run(write)

    def reactions(self, reader: str, reaction: str | None = None, limit: int | None = None) -> list[ReactionEntry]:
        """The reader's reactions, newest first."""
        reader = check_reader(reader)
        query = sa.select(reactions).where(reactions.c.reader == reader)
        if reaction:
            query = query.where(reactions.c.reaction == reaction)
        query = query.order_by(reactions.c.seq.desc())
        if limit:
            query = query.limit(limit)
        rows = self._run(lambda con: con.execute(query).all())
        return [ReactionEntry(id=r.arxiv_id, reaction=r.reaction, at=iso(r.at)) for r in rows]

    def reaction_of(self, reader: str, arxiv_ids: list[str]) -> dict[str, str]:
        reader = check_reader(reader)
        if not arxiv_ids:
            return {}
        out: dict[str, str] = {}
        for start in range(0, len(arxiv_ids), 500):
            chunk = arxiv_ids[start:start + 500]
            rows = self._run(lambda con, chunk=chunk: con.execute(
                sa.select(reactions.c.arxiv_id, reactions.c.reaction).where(
                    reactions.c.reader == reader, reactions.c.arxiv_id.in_(chunk))).all())
            out.update({r.arxiv_id: r.reaction for r in rows})
        return out

    def readers(self) -> list[str]:
        """Every reader with a subscription or a reaction."""
        def read(con: sa.Connection):
            names = {r[0] for r in con.execute(sa.select(subscriptions.c.reader).distinct())}
            names |= {r[0] for r in con.execute(sa.select(reactions.c.reader).distinct())}
            return sorted(names)

        return self._run(read)

    # ---------- mail log ----------
    def mail_sent(self, subscription_id: str, day: str) -> dict | None:
        row = self._run(lambda con: con.execute(sa.select(mail_log).where(
            mail_log.c.subscription_id == subscription_id, mail_log.c.day == day)).first())
        return None if row is None else {"sent_at": iso(row.sent_at), "recipient": row.recipient,
                                         "papers": row.papers, "message_id": row.message_id}

    def record_mail(self, subscription_id: str, day: str, recipient: str, papers: int, message_id: str) -> None:
        def write(con: sa.Connection):
            con.execute(mail_log.delete().where(mail_log.c.subscription_id == subscription_id,
                                                mail_log.c.day == day))
            con.execute(mail_log.insert().values(subscription_id=subscription_id, day=day, sent_at=time.time(),
                                                 recipient=recipient, papers=papers, message_id=message_id))

        self._run(write)


def _short(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return (text[0] if text else exc.__class__.__name__)[:300]
