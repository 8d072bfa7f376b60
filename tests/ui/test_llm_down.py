"""The app with its LLM endpoint down: plain messages, the retrieved papers still shown, no secrets, no stuck UI."""

from gradio_client import Client


def text_of(message: dict) -> str:
    content = message["content"]
    return "".join(c.get("text", "") for c in content) if isinstance(content, list) else str(content)


def test_chat_shows_plain_error_and_keeps_sources(server_llm_down):
    client = Client(server_llm_down, verbose=False)
    history, sources, *_ = client.predict("What does HarmonRank align?", [], "auto", "", "", [], api_name="/chat")
    reply = text_of(history[-1])
    assert "language model is unavailable" in reply and "papers" in reply
    assert "Traceback" not in reply and "sk-test" not in reply
    assert "https://arxiv.org/abs/2601.02955" in sources  # the retrieved papers stay visible
    # the session is not stuck: the next question is answered (with the same plain error) straight away
    history, sources, *_ = client.predict("GCRank 是什么？", history, "auto", "", "", [], api_name="/chat")
    assert len(history) == 4 and "语言模型暂时不可用" in text_of(history[-1])  # in the question's language
    assert "https://arxiv.org/abs/2601.02361" in sources


def test_digest_and_search_work_without_the_llm(server_llm_down):
    client = Client(server_llm_down, verbose=False)
    assert client.predict("HarmonRank", 3, "", "", "", api_name="/search")[0]["id"] == "2601.02955"
    digest = client.predict("recommendation", "", "", "", "en", 3, "themed", api_name="/digest")
    assert len(digest["papers"]) == 3 and "https://arxiv.org/abs/" in digest["markdown"]
    assert digest["notes"]  # says that the overview/theme names are missing and why
