"""The first question after `serve` starts (bench/RESULTS.md, first-answer): `serve` starts the bundled model in a
background thread; a question asked meanwhile waits for that server instead of starting a second one, and the fixed
answer system prompt is read once as soon as the server is up (scripted OpenAI server standing in for llama.cpp)."""

from __future__ import annotations

import threading
import time

from tests.conftest import make_settings


def test_a_question_during_the_background_start_waits_for_the_same_server(tmp_path, monkeypatch, scripted):
    import assistant.local_llm as local_llm
    from assistant.llm import LLMProvider

    started = []

    class SlowServer:
        def __init__(self, settings):
            started.append(self)

        def start(self):
            time.sleep(0.5)  # loading the model
            return scripted.base_url

        def stop(self):
            pass

    monkeypatch.setattr(local_llm, "LocalServer", SlowServer)
    scripted.enqueue({"tokens": ["x"]})  # the warm-up's one token
    provider = LLMProvider(make_settings(tmp_path, llm_mode="local"))
    models = []
    threads = [threading.Thread(target=lambda: models.append(provider.get())) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(started) == 1 and len({id(m) for m in models}) == 1
    assert provider.warmed.wait(5)
    warm = scripted.requests[0]
    assert warm["messages"][0]["role"] == "system" and "numbered sources" in warm["messages"][0]["content"]
    assert warm["max_tokens"] == 1


def test_a_failed_warm_up_leaves_the_model_usable(tmp_path, monkeypatch):
    import assistant.local_llm as local_llm
    from assistant.llm import LLMProvider

    class DeadServer:
        def __init__(self, settings):
            pass

        def start(self):
            return "http://127.0.0.1:9/v1"  # nothing listens: the warm-up fails, quietly

        def stop(self):
            pass

    monkeypatch.setattr(local_llm, "LocalServer", DeadServer)
    provider = LLMProvider(make_settings(tmp_path, llm_mode="local", llm_retries=0, llm_timeout=1.0))
    model = provider.get()
    assert provider.warmed.wait(10) and provider.get() is model


def test_mock_mode_still_gets_the_extractive_model(tmp_path):
    from assistant.llm import ExtractiveLLM, LLMProvider

    provider = LLMProvider(make_settings(tmp_path))
    assert isinstance(provider.get(), ExtractiveLLM) and provider.get() is provider.get()
