"""The OpenAI-compatible LLM path against a scripted HTTP server: streaming, retries, timeouts, bad output."""

import time

import pytest

from assistant.errors import LLMUnavailable
from assistant.llm import OpenAICompatibleLLM, complete, count_tokens, truncate_tokens
from tests.conftest import make_settings

MESSAGES = [{"role": "user", "content": "hi"}]


def test_streams_tokens_in_order(scripted, scripted_llm):
    scripted.enqueue({"tokens": ["Hello", " world", " [1]."]})
    assert list(scripted_llm.stream(MESSAGES)) == ["Hello", " world", " [1]."]
    sent = scripted.requests[-1]
    assert sent["stream"] is True and sent["model"] == "scripted" and sent["messages"] == MESSAGES


def test_retries_after_429_then_succeeds(scripted, scripted_llm):
    scripted.enqueue({"status": 429}, {"tokens": ["ok"]})
    assert complete(scripted_llm, MESSAGES) == "ok"
    assert len(scripted.requests) == 2


def test_persistent_500_becomes_llm_unavailable(scripted, scripted_llm):
    scripted.enqueue(*[{"status": 500}] * 3)
    with pytest.raises(LLMUnavailable, match="HTTP 500"):
        complete(scripted_llm, MESSAGES)


def test_timeout(scripted):
    llm = OpenAICompatibleLLM(base_url=scripted.base_url, api_key="t", name="scripted", timeout=0.5, retries=0)
    scripted.enqueue({"sleep": 2, "tokens": ["late"]})
    started = time.monotonic()
    with pytest.raises(LLMUnavailable, match="timed out"):
        complete(llm, MESSAGES)
    assert time.monotonic() - started < 2


def test_garbage_and_empty_streams(scripted, scripted_llm):
    scripted.enqueue({"garbage": True})
    with pytest.raises(LLMUnavailable):
        complete(scripted_llm, MESSAGES)
    scripted.enqueue({"empty": True})
    with pytest.raises(LLMUnavailable, match="empty"):
        complete(scripted_llm, MESSAGES)


def test_connection_refused():
    llm = OpenAICompatibleLLM(base_url="http://127.0.0.1:9/v1", api_key="t", name="x", timeout=1, retries=0)
    with pytest.raises(LLMUnavailable, match="cannot reach"):
        complete(llm, MESSAGES)


def test_token_counting_is_offline():
    assert count_tokens("hello world") == 2
    assert count_tokens("检索增强生成") > 0
    assert truncate_tokens("one two three four five", 2).endswith("…")


def test_status_reports_reachability_without_starting_anything(scripted, tmp_path):
    import socket

    from assistant.llm import LLMProvider

    def provider(**kw):
        return LLMProvider(make_settings(tmp_path, **{"llm_mode": "auto", **kw}))

    assert provider(llm_mode="openai", llm_base_url=scripted.base_url, llm_api_key="k").status() == (True, "reachable")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}/v1"
    ok, text = provider(llm_mode="openai", llm_base_url=closed, llm_api_key="sk-secret").status()
    assert ok is False and "not reachable" in text and "sk-secret" not in text
    local = provider(llm_mode="local")
    assert local.status()[0] is None and local._server is None  # nothing was started
    assert provider(llm_mode="mock").status()[0] is True


def test_local_model_is_loading_until_its_server_answered(tmp_path):
    """The server process exists as soon as it is launched but answers only after loading the weights: the UI's
    "model loading" notice must stay until `get()` has health-checked it."""
    import subprocess
    import sys

    from assistant.llm import LLMProvider
    from assistant.local_llm import LocalServer

    settings = make_settings(tmp_path, llm_mode="local")
    local = LLMProvider(settings)
    server = LocalServer(settings)
    server.process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        local._server = server
        assert local.status() == (None, "loading")
        local._model = object()  # what get() stores once the server answered
        assert local.status() == (True, "running (reading the answer prompt)")
        local.warmed.set()
        assert local.status() == (True, "running")
    finally:
        server.stop()
    assert local.status()[0] is None


def test_store_status(mock_app):
    assert mock_app.store.status() == (True, "embedded")
