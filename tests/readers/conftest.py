"""Fixtures for the readers' tests: a hash-embedder store over two real digest days, a fresh readers' database per
test, a private PostgreSQL server (when its binaries are installed) and a real local SMTP server (aiosmtpd)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import DATA, make_settings

DAY = "2026-06-25"  # 26 papers: cs.IT, cs.GT, cs.CV, cs.GR, cs.CE
OTHER_DAY = "2025-06-10"  # 2 papers (cs.CR)
FILES = [DATA / "corpus" / f"{DAY}_AI_enhanced_Chinese.jsonl", DATA / f"{OTHER_DAY}_AI_enhanced_Chinese.jsonl"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def corpus_store_dir(tmp_path_factory) -> Path:
    """A store (hash embedder) holding the two days; tests open it with their own settings."""
    from assistant.ingest import ingest_paths
    from assistant.wiring import build_app

    store_dir = tmp_path_factory.mktemp("readers-store")
    app = build_app(make_settings(store_dir))
    ingest_paths(app.store, FILES)
    return store_dir


@pytest.fixture()
def app(corpus_store_dir, tmp_path):
    """An App over the shared corpus store with its own, empty readers' database."""
    from assistant.wiring import build_app

    return build_app(make_settings(corpus_store_dir, min_relevance=0.05,
                                   readers_db=f"sqlite:///{tmp_path / 'readers.sqlite3'}"))


@pytest.fixture()
def reader() -> str:
    return f"reader-{uuid.uuid4().hex[:8]}"


# ---------- PostgreSQL ----------
def _pg_bin(name: str) -> str | None:
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).exists():
            return str(folder / name)
    return shutil.which(name)


@pytest.fixture(scope="session")
def postgres_url():
    """A throwaway PostgreSQL cluster on a free loopback port (initdb + pg_ctl, as the `postgres` user when we
    are root); skipped when the server binaries or the psycopg driver are missing."""
    pytest.importorskip("psycopg")
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    import tempfile

    run_as: list[str] = []
    base = Path(tempfile.mkdtemp(prefix="readers-pg-"))  # under /tmp: reachable by the postgres user
    if os.geteuid() == 0:  # the server refuses to run as root
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no postgres user")
        if not shutil.which("runuser"):
            pytest.skip("running as root without runuser")
        run_as = ["runuser", "-u", "postgres", "--"]
        base.chmod(0o777)
    data = base / "data"
    port = free_port()
    subprocess.run([*run_as, initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                    "--locale=C"], check=True, capture_output=True)
    log = base / "server.log"
    subprocess.run([*run_as, pg_ctl, "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o",
                    f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={base} -c fsync=off",
                    "start"], check=True, capture_output=True)
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    try:
        yield url
    finally:
        subprocess.run([*run_as, pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


# ---------- SMTP ----------
class Inbox:
    """What the local SMTP server received: (envelope sender, recipients, raw message bytes) per mail."""

    def __init__(self):
        self.mails: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd handler hook
        self.mails.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content or b""))
        return "250 OK"

    def messages(self):
        from email import message_from_bytes, policy

        return [message_from_bytes(raw, policy=policy.default) for _, _, raw in self.mails]


def start_smtp(inbox: Inbox, **kwargs):
    from aiosmtpd.controller import Controller

    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), **kwargs)
    controller.start()
    return controller


@pytest.fixture()
def smtp():
    """A real SMTP server (aiosmtpd) on a free loopback port: (inbox, port)."""
    inbox = Inbox()
    controller = start_smtp(inbox)
    try:
        yield inbox, controller.port
    finally:
        controller.stop()


def wait_for(predicate, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()
