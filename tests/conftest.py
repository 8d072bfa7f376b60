"""Shared fixtures: test data, settings with isolated stores, a real (USE) store over the seed digest."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("ASSISTANT_RAISE_ERRORS", "")
DATA = Path(__file__).parent / "data"
KEPT_ENV = ("ASSISTANT_TEST_", "ASSISTANT_RAISE_ERRORS")  # test plumbing set by .ci/run and this file


def cli_invoke(*args):
    """Run one CLI command in-process, on a freshly built App (the CLI caches it per process)."""
    from typer.testing import CliRunner

    from assistant import cli

    cli._state.clear()
    return CliRunner().invoke(cli.app, list(args))


@pytest.fixture()
def cli_env(tmp_path, monkeypatch):
    """The CLI on an isolated store with the hash embedder."""
    from assistant import cli

    monkeypatch.setenv("ASSISTANT_STORE_DIR", str(tmp_path / "store"))
    monkeypatch.setenv("ASSISTANT_EMBEDDING_MODE", "mock")
    cli._state.clear()
    yield
    cli._state.clear()


def make_settings(store_dir, **overrides):
    """Settings for a test: an isolated store, the hash embedder and the mock LLM unless overridden, and no
    `.env` file (a developer's own configuration must not leak into tests)."""
    from assistant.settings import Settings

    values = {"store_dir": store_dir, "embedding_mode": "mock", "llm_mode": "mock", **overrides}
    return Settings(_env_file=None, **values)


def _developer_variables() -> list[str]:
    return [n for n in os.environ if n.startswith(("ASSISTANT_", "OPENAI_")) and not n.startswith(KEPT_ENV)]


DEVELOPER_VARIABLES = _developer_variables()
for _name in DEVELOPER_VARIABLES:  # before any session fixture (or `serve` subprocess) reads them
    del os.environ[_name]


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch):
    """No ASSISTANT_*/OPENAI_* variable of the developer's shell reaches a test (a set ASSISTANT_LLM_BASE_URL
    would turn mock tests into calls to a real endpoint); tests set what they need themselves."""
    for name in DEVELOPER_VARIABLES:  # not the ones a module fixture of ours sets up
        monkeypatch.delenv(name, raising=False)


def pytest_report_header(config):
    """One line up front, so a fresh `make test` does not skip the browser tests silently."""
    import shutil

    if not shutil.which("chromium"):
        return "browser tests: SKIPPED, Chromium is not installed (enable them with `apt-get install chromium`)"
    return None


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture()
def settings(tmp_path):
    """Isolated store with the deterministic hash embedder (fast, no model)."""
    return make_settings(tmp_path / "store")


@pytest.fixture()
def mock_app(settings):
    from assistant.wiring import build_app

    return build_app(settings)


@pytest.fixture(scope="session")
def seed_app(tmp_path_factory):
    """A real store (multilingual USE embeddings) holding the seed digest; shared by the session."""
    from assistant.ingest import ingest_paths
    from assistant.wiring import build_app

    settings = make_settings(tmp_path_factory.mktemp("seed-store"), embedding_mode="use", llm_mode="auto")
    app = build_app(settings)
    ingest_paths(app.store, [DATA / "seed_digest.md"])
    return app


@pytest.fixture()
def scripted():
    from tests.fake_openai import ScriptedOpenAI

    with ScriptedOpenAI() as server:
        yield server


@pytest.fixture()
def scripted_llm(scripted):
    from assistant.llm import OpenAICompatibleLLM

    return OpenAICompatibleLLM(base_url=scripted.base_url, api_key="test", name="scripted", source_budget=700,
                               timeout=2.0, retries=2)


@pytest.fixture(scope="session")
def mock_seed_app(tmp_path_factory):
    """The seed digest in a store with the hash embedder (fast), for chain tests with a scripted LLM."""
    from assistant.ingest import ingest_paths
    from assistant.wiring import build_app

    settings = make_settings(tmp_path_factory.mktemp("mock-seed"), min_relevance=0.05)
    app = build_app(settings)
    ingest_paths(app.store, [DATA / "seed_digest.md"])
    return app


# ---------------------------------------------------------------- a Chroma server (`chroma run`) for server tests
def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop_process(proc) -> None:
    """Stop a server a test started: SIGTERM, then SIGKILL after 10 s."""
    import subprocess

    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def heartbeat(url: str) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2) as resp:
            return resp.status == 200
    except OSError:
        return False


@pytest.fixture(scope="session")
def chroma_url(tmp_path_factory):
    """ASSISTANT_TEST_CHROMA_URL (what .ci/run starts), else a `chroma run` of our own for the session (shared
    by every server test; each uses its own collection)."""
    import shutil
    import subprocess
    import sys
    import time

    url = os.environ.get("ASSISTANT_TEST_CHROMA_URL", "").rstrip("/")
    if url:
        if not heartbeat(url):
            pytest.fail(f"ASSISTANT_TEST_CHROMA_URL={url} does not answer /api/v2/heartbeat")
        yield url
        return
    exe = Path(sys.executable).with_name("chroma")
    exe = str(exe) if exe.exists() else shutil.which("chroma")
    if not exe:
        pytest.skip("no `chroma` executable (chromadb's CLI) and ASSISTANT_TEST_CHROMA_URL is unset")
    path = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    log = open(path / "chroma.log", "w")
    proc = subprocess.Popen([exe, "run", "--path", str(path / "data"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while not heartbeat(url):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.skip(f"`chroma run` did not start: {(path / 'chroma.log').read_text()[-500:]}")
            time.sleep(0.3)
        yield url
    finally:
        stop_process(proc)
        log.close()

