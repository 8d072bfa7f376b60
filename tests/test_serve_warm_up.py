"""`serve`'s background start-up (ui/app.py `_warm`): the bundled model starts in its own thread while the answer path
(embedder, keyword index, jieba, term lists, sentence vectors) is warmed by two questions run without the model, so
that the first question after start pays only for its own work (bench/RESULTS.md, first-answer). A scripted OpenAI
server stands in for llama.cpp; a failed warm-up is only logged."""

from __future__ import annotations

import logging
import time

import pytest

from tests.conftest import DATA, make_settings


@pytest.fixture()
def local_app(tmp_path, monkeypatch, scripted):
    """The seed digest in a store (hash embedder), with the 'bundled' model served by the scripted server."""
    import assistant.local_llm as local_llm
    from assistant.ingest import ingest_paths
    from assistant.wiring import build_app

    started = []

    class SlowServer:
        def __init__(self, settings):
            started.append(self)

        def start(self):
            time.sleep(0.3)  # loading the model
            return scripted.base_url

        def stop(self):
            pass

    monkeypatch.setattr(local_llm, "LocalServer", SlowServer)
    app = build_app(make_settings(tmp_path / "store", llm_mode="local", min_relevance=0.05))
    ingest_paths(app.store, [DATA / "seed_digest.md"])
    app.started = started
    yield app
    app.close()


def start_up(app, warm) -> None:
    """What `serve` runs in the background: the model's start in its own thread, then the answer warm-up."""
    import threading

    from ui.app import _start_model

    threading.Thread(target=_start_model, args=(app,), daemon=True).start()
    warm(app)


def test_the_warm_up_runs_the_retrieval_and_evidence_path_without_the_model(local_app, scripted, monkeypatch):
    from assistant.retrieval import HybridRetriever
    from ui.app import _warm

    searched = []
    search = HybridRetriever.search_papers
    monkeypatch.setattr(HybridRetriever, "search_papers",
                        lambda self, query, k: searched.append(query) or search(self, query, k))
    scripted.enqueue({"tokens": ["x"]})  # the system prompt's warm-up (one token)
    start_up(local_app, _warm)
    assert local_app.llm.warmed.wait(5)
    # both warm-up questions (English, Chinese: jieba) were searched, and their papers' sentences embedded
    assert any("method" in q for q in searched) and any("方法" in q for q in searched)
    assert len(local_app.sentence_vectors._cache) > 0
    # one model server, and the model was asked only to read the system prompt: the warm-up questions never reach it
    assert len(local_app.started) == 1
    assert len(scripted.requests) == 1 and scripted.requests[0]["max_tokens"] == 1
    # a real question afterwards: the evidence sentences it needs are already embedded
    scripted.enqueue({"tokens": ["NOT_FOUND"]})
    cached = len(local_app.sentence_vectors._cache)
    answer = local_app.ask("What does GCRank propose?")
    assert answer.timings["retrieve_ms"] >= 0 and len(scripted.requests) == 2
    assert len(local_app.sentence_vectors._cache) >= cached


def test_a_failed_answer_warm_up_is_only_logged(local_app, scripted, monkeypatch, caplog):
    from assistant.retrieval import HybridRetriever
    from ui.app import _warm, warm_answers

    def broken(self, query, k):
        raise RuntimeError("index unreadable")

    monkeypatch.setattr(HybridRetriever, "search_papers", broken)
    scripted.enqueue({"tokens": ["x"]})
    with caplog.at_level(logging.WARNING, logger="ui.app"):
        assert warm_answers(local_app) is False
        start_up(local_app, _warm)  # does not raise; the model still starts
    assert "answer warm-up failed" in caplog.text and "index unreadable" in caplog.text
    assert local_app.llm.warmed.wait(5) and len(local_app.started) == 1


def test_warm_answer_path_on_an_empty_store(tmp_path):
    """A fresh install (nothing ingested yet): the warm-up runs and finds nothing, without error."""
    from assistant.chains.answer import warm_answer_path
    from assistant.wiring import build_app

    app = build_app(make_settings(tmp_path / "store"))
    assert warm_answer_path(store=app.store, retriever_factory=app.retriever, prompts_dir=app.settings.prompts_dir,
                            vectors=app.sentence_vectors) == 2
