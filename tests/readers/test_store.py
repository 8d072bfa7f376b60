"""The readers' database: subscriptions and reactions per reader, checked input, restarts, several processes at
once, and the same tables on a real PostgreSQL server."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assistant.errors import InputError, StoreError
from assistant.readers.models import SubscriptionSpec, parse_spec
from assistant.readers.store import ReaderStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """The same tests on the default SQLite file and on a PostgreSQL server."""
    if request.param == "sqlite":
        store = ReaderStore(f"sqlite:///{tmp_path / 'readers.sqlite3'}")
    else:
        store = ReaderStore(request.getfixturevalue("postgres_url"))
        _reset(store)
    yield store
    store.close()


def _reset(store: ReaderStore) -> None:
    from assistant.readers.store import metadata

    metadata.drop_all(store.engine)


def spec(name="rag", **fields) -> SubscriptionSpec:
    return parse_spec({"name": name, "interest": "retrieval-augmented generation", **fields})


def test_subscriptions_per_reader(db):
    a = db.add_subscription("alice", spec(include=["RAG", "retrieval, RAG"], categories="cs.CL, cs.IR",
                                          email="alice@example.org", daily=5, language="en"))
    assert a.include == ["RAG", "retrieval"] and a.categories == ["cs.CL", "cs.IR"] and a.daily == 5
    assert a.reader == "alice" and len(a.id) == 36 and a.created_at.endswith("Z")
    db.add_subscription("bob", spec())  # the same name for another reader is fine
    with pytest.raises(InputError, match="already has a subscription 'rag'"):
        db.add_subscription("alice", spec())
    db.add_subscription("alice", spec("games", interest="博弈论"))
    assert [s.name for s in db.subscriptions("alice")] == ["rag", "games"]
    assert [s.name for s in db.subscriptions("bob")] == ["rag"]

    renamed = db.update_subscription("alice", "RAG", {"name": "rag-daily", "exclude": "survey", "email": None})
    assert renamed.id == a.id and renamed.name == "rag-daily" and renamed.exclude == ["survey"]
    assert renamed.email is None and renamed.include == ["RAG", "retrieval"]  # untouched fields stay
    with pytest.raises(InputError, match="already has a subscription 'games'"):
        db.update_subscription("alice", "rag-daily", {"name": "games"})
    with pytest.raises(InputError, match=r"has no subscription 'nope' \(has: rag-daily, games\)"):
        db.subscription("alice", "nope")
    assert db.remove_subscription("alice", "games").name == "games"
    assert [s.name for s in db.subscriptions("alice")] == ["rag-daily"]
    assert db.readers() == ["alice", "bob"]


@pytest.mark.parametrize("fields, message", [
    ({"daily": 0}, "daily"),
    ({"daily": 51}, "daily"),
    ({"categories": ["cs IR"]}, "not an arXiv category"),
    ({"email": "a@example.org\nBcc: x@evil.example"}, "not an e-mail address"),
    ({"email": "two@example.org, three@example.org"}, "not an e-mail address"),
    ({"name": "bad\x1bname"}, "control character"),
    ({"name": "   "}, "subscription name is empty"),
    ({"name": "x" * 65}, "longer than 64"),
    ({"include": ["ok", "line\nbreak"]}, "not a usable keyword"),
    ({"language": "fr"}, "language"),
    ({"llm": "always"}, "llm"),
    ({"colour": "red"}, "colour"),
    ({"interest": "x" * 2001}, "longer than 2000"),
])
def test_bad_subscriptions_are_one_line_errors(fields, message):
    with pytest.raises(InputError, match=message) as info:
        parse_spec({"name": "ok", **fields})
    assert "\n" not in str(info.value)


def test_reactions_newest_first_and_exclusive(db):
    for pid in ("2601.00001", "2601.00002", "2601.00003"):
        db.react("alice", pid, "like")
    db.react("alice", "2601.00001", "like")  # liked again: the newest like now
    db.react("alice", "2601.00002", "dislike")  # a dislike replaces the like
    db.react("bob", "2601.00003", "dislike")
    assert [(e.id, e.reaction) for e in db.reactions("alice")] == [
        ("2601.00002", "dislike"), ("2601.00001", "like"), ("2601.00003", "like")]
    assert [e.id for e in db.reactions("alice", "like")] == ["2601.00001", "2601.00003"]
    assert [e.id for e in db.reactions("alice", "like", limit=1)] == ["2601.00001"]
    assert db.reaction_of("bob", ["2601.00001", "2601.00003"]) == {"2601.00003": "dislike"}
    db.react("alice", "2601.00001", None)
    assert [e.id for e in db.reactions("alice", "like")] == ["2601.00003"]
    with pytest.raises(InputError):
        db.react("alice", "2601.00001", "love")


def test_mail_log(db):
    sub = db.add_subscription("alice", spec())
    assert db.mail_sent(sub.id, "2026-06-25") is None
    db.record_mail(sub.id, "2026-06-25", "alice@example.org", 3, "<m1@example.org>")
    db.record_mail(sub.id, "2026-06-25", "alice@example.org", 4, "<m2@example.org>")  # --force: the newest kept
    assert db.mail_sent(sub.id, "2026-06-25")["message_id"] == "<m2@example.org>"
    db.remove_subscription("alice", "rag")
    assert db.mail_sent(sub.id, "2026-06-25") is None


def test_survives_a_restart(tmp_path):
    url = f"sqlite:///{tmp_path / 'readers.sqlite3'}"
    first = ReaderStore(url)
    first.add_subscription("alice", spec())
    first.react("alice", "2601.00001", "like")
    first.close()
    again = ReaderStore(url)
    assert [s.name for s in again.subscriptions("alice")] == ["rag"]
    assert [e.id for e in again.reactions("alice")] == ["2601.00001"]


WRITER = textwrap.dedent("""
    import sys
    from assistant.readers.store import ReaderStore
    db = ReaderStore(sys.argv[1])
    tag = sys.argv[2]
    for i in range(40):
        db.react("shared", f"2601.{tag}{i:03d}", "like")
        db.react(tag, "2601.00001", "like" if i % 2 else "dislike")
    db.add_subscription(tag, __import__("assistant.readers.models", fromlist=["x"]).parse_spec({"name": "s"}))
""")


def _writers(url: str) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, url, tag], cwd=ROOT, stderr=subprocess.PIPE)
             for tag in ("1", "2")]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()


def test_two_processes_write_at_once(db):
    """Two processes (two app instances) writing to one database at the same time: every write lands."""
    _writers(db.url)
    assert len(db.reactions("shared")) == 80
    assert [e.reaction for e in db.reactions("1")] == ["like"] and [e.reaction for e in db.reactions("2")] == ["like"]
    assert [s.name for s in db.subscriptions("1")] == ["s"]


def test_newer_schema_is_refused(tmp_path):
    import sqlalchemy as sa

    from assistant.readers.store import meta_table

    url = f"sqlite:///{tmp_path / 'readers.sqlite3'}"
    ReaderStore(url).subscriptions("alice")  # creates the tables
    with sa.create_engine(url).begin() as con:
        con.execute(meta_table.update().values(value="99"))
    with pytest.raises(StoreError, match="schema version 99"):
        ReaderStore(url).subscriptions("alice")


def test_unreachable_database_is_one_line(tmp_path):
    from tests.readers.conftest import free_port

    pytest.importorskip("psycopg")
    db = ReaderStore(f"postgresql+psycopg://nobody:secret@127.0.0.1:{free_port()}/none?connect_timeout=2")
    with pytest.raises(StoreError, match="readers' database") as info:
        db.subscriptions("alice")
    assert "secret" not in str(info.value) and "\n" not in str(info.value)
    assert not db.status()[0]
    with pytest.raises(StoreError, match="cannot open"):
        ReaderStore("nosuchdialect://x")
