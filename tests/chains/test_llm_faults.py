"""LLM faults at chain level: whatever the endpoint does, the user gets a plain message and the sources, and the
same conversation works again once the endpoint recovers.

Faults (tests/fake_openai.py): connection refused, hanging before the answer and in the middle of it, HTTP 500 /
429 / 502 with an HTML body, a non-JSON stream, JSON of the wrong shape, an HTML page instead of a stream, an
empty stream, a connection cut mid-answer, and a consumer that abandons a stream half-way.
"""

from __future__ import annotations

import socket
import time

import pytest

from assistant.chains.answer import Answer, ChatSession, stream_answer
from assistant.llm import OpenAICompatibleLLM
from tests.fake_openai import ScriptedOpenAI
from ui.render import answer_markdown, source_cards

QUESTION = "What does HarmonRank align in live-streaming e-commerce?"
GOOD = {"tokens": ["HarmonRank aligns ranking ", "objectives with AUC [1]."]}
SECOND = "What does GCRank's generative context encoder contain?"


def fast_llm(base_url: str, *, timeout: float = 0.6, retries: int = 1) -> OpenAICompatibleLLM:
    return OpenAICompatibleLLM(base_url=base_url, api_key="test", name="scripted", source_budget=700,
                               timeout=timeout, retries=retries)


def run(app, llm, question, session: ChatSession | None = None):
    events = list(stream_answer(question, store=app.store, retriever=app.retriever(), llm=llm,
                                prompts_dir=app.settings.prompts_dir, top_k=4,
                                min_relevance=app.settings.min_relevance, session=session))
    answer = events[-1].data
    assert events[0].kind == "sources" and events[-1].kind == "answer" and isinstance(answer, Answer)
    if session is not None:
        session.add(question, answer)  # as the UI and the CLI chat do, failed turns included
    return events, answer


def assert_failed_plainly(events, answer: Answer, *, expect: str | None) -> None:
    """A one-line message a user can act on, no traceback or raw payload; the sources are all still there."""
    assert answer.error, "the failure was not reported"
    assert "the model at " in answer.error and "\n" not in answer.error and len(answer.error) < 160
    assert "Traceback" not in answer.error and "<html" not in answer.error.lower() and "{" not in answer.error
    if expect:
        assert expect in answer.error
    assert answer.error in answer.answer and not answer.refused and answer.citations == []
    cards = events[0].data
    assert cards and answer.sources == cards and cards[0].id == "2601.02955"
    rendered = answer_markdown(answer)
    assert "unavailable" in rendered and "listed on the right" in rendered
    assert "2601.02955" in source_cards(answer.sources)


def assert_answered(answer: Answer, paper_id: str) -> None:
    assert answer.error is None and not answer.refused
    assert answer.citations and answer.citations[0].id == paper_id and answer.sources[0].id == paper_id


MESSAGES: dict[str, str] = {}  # fault -> what the user was told (printed with -s, for docs/hardening.md)


@pytest.fixture(scope="module", autouse=True)
def _print_messages():
    yield
    if MESSAGES:
        print("\nLLM fault -> message:\n" + "\n".join(f"  {k}: {v}" for k, v in MESSAGES.items()))


FAULTS = {
    "http-500": ([{"status": 500}] * 2, "HTTP 500"),
    "http-429": ([{"status": 429}] * 2, "rate-limited"),
    "http-502-html-body": ([{"status": 502, "body": b"<html><h1>Bad Gateway</h1></html>"}] * 2, "HTTP 502"),
    "hang-before-answer": ([{"sleep": 3, "tokens": ["late"]}] * 2, "timed out"),
    "hang-mid-answer": ([{"tokens": ["HarmonRank ", "aligns", " [1]."], "stall_after": 1, "stall": 3}], None),
    "non-json-stream": ([{"garbage": True}], None),
    "wrong-schema": ([{"schema": True}], None),
    "html-instead-of-stream": ([{"html": True}], None),
    "empty-stream": ([{"empty": True}], "empty"),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_fault_gives_message_and_sources_then_recovers(mock_seed_app, scripted, fault):
    behaviours, expect = FAULTS[fault]
    llm = fast_llm(scripted.base_url)
    session = ChatSession()
    scripted.enqueue(*behaviours)
    started = time.monotonic()
    events, failed = run(mock_seed_app, llm, QUESTION, session)
    assert time.monotonic() - started < 15, "a fault must not take the client's full default timeout"
    assert_failed_plainly(events, failed, expect=expect)
    MESSAGES[fault] = failed.error
    # the endpoint recovers: the same session (now holding the failed turn) answers a new question
    scripted.queue.clear()
    scripted.enqueue({"tokens": ["GCRank's encoder has context ", "modules [1]."]})
    _, second = run(mock_seed_app, llm, SECOND, session)
    assert_answered(second, "2601.02361")
    assert len(session.turns) == 2


def test_cut_off_mid_answer_never_raises(mock_seed_app, scripted):
    """The connection closes after one token: whatever the client makes of that, the chain returns an answer
    (an error with the sources, or the verified partial text), never an exception."""
    scripted.enqueue({"tokens": ["HarmonRank aligns ranking ", "objectives with AUC [1]."], "drop_after": 1})
    events, answer = run(mock_seed_app, fast_llm(scripted.base_url), QUESTION)
    assert answer.sources == events[0].data and answer.sources
    if answer.error:
        assert_failed_plainly(events, answer, expect=None)
    assert answer.raw_answer.startswith("HarmonRank aligns ranking")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_connection_refused_then_the_endpoint_comes_up(mock_seed_app):
    port = _free_port()
    llm = fast_llm(f"http://127.0.0.1:{port}/v1", retries=0)
    session = ChatSession()
    events, failed = run(mock_seed_app, llm, QUESTION, session)
    assert_failed_plainly(events, failed, expect="cannot reach")
    with ScriptedOpenAI(port=port) as server:  # the same address, now answering
        server.enqueue(GOOD)
        _, again = run(mock_seed_app, llm, QUESTION, session)
    assert_answered(again, "2601.02955")


def test_abandoned_stream_does_not_block_the_next_question(mock_seed_app, scripted):
    """A user who leaves mid-answer (the UI stops iterating): the next question on the same model works."""
    llm = fast_llm(scripted.base_url)
    scripted.enqueue({"tokens": ["HarmonRank ", "aligns ", "ranking ", "objectives [1]."], "stall_after": 2,
                      "stall": 2})
    events = stream_answer(QUESTION, store=mock_seed_app.store, retriever=mock_seed_app.retriever(), llm=llm,
                           prompts_dir=mock_seed_app.settings.prompts_dir, top_k=4,
                           min_relevance=mock_seed_app.settings.min_relevance)
    kinds = []
    for event in events:
        kinds.append(event.kind)
        if event.kind == "token":
            break
    events.close()
    assert kinds == ["sources", "evidence", "token"]
    scripted.enqueue({"tokens": ["GCRank's encoder has context ", "modules [1]."]})
    started = time.monotonic()
    _, answer = run(mock_seed_app, llm, SECOND)
    assert_answered(answer, "2601.02361")
    assert time.monotonic() - started < 5


def test_compare_keeps_the_table_when_the_synthesis_fails(mock_seed_app, scripted):
    from assistant.chains.compare import compare
    from ui.render import comparison_markdown

    scripted.enqueue({"garbage": True})
    result = compare("compare GCRank and HarmonRank", store=mock_seed_app.store, retriever=mock_seed_app.retriever(),
                     llm=fast_llm(scripted.base_url), prompts_dir=mock_seed_app.settings.prompts_dir, language="en")
    assert result.error and "the model at " in result.error and len(result.rows) == 2
    assert result.synthesis_answer.sources and not result.synthesis
    shown = comparison_markdown(result)
    assert "Synthesis unavailable" in shown and "2601.02361" in shown and "2601.02955" in shown
