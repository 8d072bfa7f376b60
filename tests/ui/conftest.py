"""A real `python -m assistant serve` process on a free loopback port, over the seed digest."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import stop_process

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"


CHROMIUM = __import__("shutil").which("chromium") or "/usr/bin/chromium"


def launch_chromium(playwright):
    """Headless Chromium as every browser test starts it (no network side traffic, no sandbox in CI)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                      args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                            "--disable-background-networking", "--disable-component-update",
                                            "--disable-sync"])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Path, **env_overrides: str):
    """Ingest the seed digest into `store` and start `serve` on a free port; returns (url, process)."""
    env = {**os.environ, "ASSISTANT_STORE_DIR": str(store), "ASSISTANT_LLM_MODE": "mock",
           "ASSISTANT_EMBEDDING_MODE": "mock", "ASSISTANT_MIN_RELEVANCE": "0.05", "GRADIO_ANALYTICS_ENABLED": "False",
           **env_overrides}
    subprocess.run([sys.executable, "-m", "assistant", "ingest", str(ROOT / "tests/data/seed_digest.md")],
                   env=env, check=True, capture_output=True, cwd=ROOT)
    port = _free_port()
    log = open(store / "server.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(port)], env=env, cwd=ROOT,
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return url, proc
        except OSError:
            time.sleep(0.5)
        if proc.poll() is not None:
            raise RuntimeError((store / "server.log").read_text())
    proc.kill()
    raise RuntimeError("server did not start")


def stop_server(proc: subprocess.Popen) -> None:
    stop_process(proc)


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    url, proc = start_server(tmp_path_factory.mktemp("ui-store"))
    yield url
    stop_server(proc)


@pytest.fixture(scope="module")
def server_llm_down(tmp_path_factory):
    """The app pointed at an LLM endpoint that refuses connections (nothing listens on the port)."""
    url, proc = start_server(tmp_path_factory.mktemp("ui-llm-down"), ASSISTANT_LLM_MODE="openai",
                             ASSISTANT_LLM_BASE_URL=f"http://127.0.0.1:{_free_port()}/v1",
                             ASSISTANT_LLM_API_KEY="sk-test-secret-key", ASSISTANT_LLM_RETRIES="0",
                             ASSISTANT_LLM_TIMEOUT="5")
    yield url
    stop_server(proc)
