"""The app's API through `gradio_client` against a running server: search, ask, compare, upload, sessions."""

import json
from concurrent.futures import ThreadPoolExecutor

from gradio_client import Client, handle_file


def test_search_ask_compare(server):
    client = Client(server, verbose=False)
    hits = client.predict("HarmonRank", 3, "", "", "", api_name="/search")
    assert hits[0]["id"] == "2601.02955" and hits[0]["url"] == "https://arxiv.org/abs/2601.02955"
    answer = client.predict("What does HarmonRank do?", "auto", api_name="/ask")
    assert answer["citations"][0]["id"] == "2601.02955" and answer["language"] == "en"
    result = client.predict("GCRank, HarmonRank", "en", api_name="/compare")
    assert [p["id"] for p in result["papers"]] == ["2601.02361", "2601.02955"]


def test_status_says_what_is_ready(server):
    status = Client(server, verbose=False).predict(api_name="/status")
    assert status["llm"] == {"ready": True, "state": "no model needed", "model": "extractive mock (no LLM)"}
    assert status["store"]["ready"] is True


def test_upload_reports_added_and_skipped(server, tmp_path):
    good = {"id": "2601.07777", "title": "Uploaded Paper", "authors": ["U. Ploader"], "categories": ["cs.CL"],
            "summary": "An uploaded abstract.", "AI": {"tldr": "上传的论文。", "motivation": "动机。",
                                                       "method": "方法。", "result": "结果。", "conclusion": "结论。"}}
    path = tmp_path / "2026-01-09_AI_enhanced_Chinese.jsonl"
    path.write_text(json.dumps(good) + "\n{broken json\n", encoding="utf-8")
    report = Client(server, verbose=False).predict(handle_file(str(path)), api_name="/ingest")
    assert report["papers_added"] == 1
    assert any(s["line"] == 2 and "invalid JSON" in s["reason"] for s in report["skipped"])


def test_two_sessions_keep_separate_histories(server):
    def conversation(first_question):
        client = Client(server, verbose=False)
        history, sources, *_ = client.predict(first_question, [], "auto", "", "", [], api_name="/chat")
        history, sources, *_ = client.predict("那第二篇呢？", history, "auto", "", "", [], api_name="/chat")
        return history, sources

    with ThreadPoolExecutor(2) as pool:
        a = pool.submit(conversation, "HarmonRank live-streaming multi-objective ensemble")
        b = pool.submit(conversation, "relevance labeling with small language models for enterprise search")
        (hist_a, src_a), (hist_b, src_b) = a.result(), b.result()
    assert len(hist_a) == 4 and len(hist_b) == 4
    user_a = [str(m["content"]) for m in hist_a if m["role"] == "user"]
    user_b = [str(m["content"]) for m in hist_b if m["role"] == "user"]
    assert "HarmonRank live-streaming" in user_a[0] and not any("HarmonRank live" in u for u in user_b)
    assert "enterprise search" in user_b[0] and not any("enterprise search" in u for u in user_a)
    # each follow-up resolved against its own session's previous sources
    assert src_a != src_b


def test_translate_consistency_digest(server):
    client = Client(server, verbose=False)
    first = client.predict("2601.02955", "", "en", api_name="/translate")
    assert first["arxiv_id"] == "2601.02955" and first["direction"] == "zh-en" and not first["cached"]
    assert first["sections"] and all(s["translation"] for s in first["sections"])
    again = client.predict("arXiv:2601.02955", "", "en", api_name="/translate")
    assert again["cached"] and again["translation"] == first["translation"]
    free = client.predict("", "检索增强生成提升了召回率。", "en", api_name="/translate")
    assert free["source_language"] == "zh" and free["translation"]

    report = client.predict("2601.02955", api_name="/consistency")
    assert report["arxiv_id"] == "2601.02955" and report["numbers_checked"] >= 0

    digest = client.predict("recommendation", "", "", "", "en", 4, "themed", api_name="/digest")
    assert 1 <= len(digest["papers"]) <= 4 and digest["language"] == "en"
    assert all(f"https://arxiv.org/abs/{p['id']}" in digest["markdown"] for p in digest["papers"])


def test_api_errors_are_plain_messages(server):
    import pytest
    from gradio_client.exceptions import AppError

    client = Client(server, verbose=False)
    with pytest.raises(AppError, match="not in the store"):
        client.predict("2601.99999", "", "en", api_name="/translate")
    with pytest.raises(AppError, match="exactly one"):
        client.predict("", "", "en", api_name="/translate")


def test_chat_writes_a_digest_on_request(server):
    client = Client(server, verbose=False)
    history, *_ = client.predict("给我一份关于推荐系统的中文简报，5篇", [], "auto", "", "", [], api_name="/chat")
    reply = str(history[-1]["content"])
    assert "论文简报" in reply and reply.count("https://arxiv.org/abs/") >= 2 and "▌" not in reply
