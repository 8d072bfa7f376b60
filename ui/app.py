"""The web app: assembles the tabs (ui/tabs/*), the JSON API/MCP endpoints (ui/api.py) and serves them.
Per-session state only (gr.State); the shared services come from `App`."""

from __future__ import annotations

import logging
from pathlib import Path

import gradio as gr

from assistant.errors import AssistantError
from assistant.validation import parse_login
from assistant.wiring import App
from ui.api import register_api
from ui.tabs import chat, digest, for_you, library, papers, translate

logger = logging.getLogger(__name__)


def build_ui(app: App) -> gr.Blocks:
    categories = list(app.store.stats()["categories"])[:40]
    with gr.Blocks(title="arXiv digest assistant · 论文助手") as demo:
        gr.Markdown("# arXiv digest assistant · 论文助手\nAnswers come only from the indexed papers, with "
                    "citations. 回答仅基于已索引的论文，并附引用。")
        register_api(app)  # first, so the public endpoints keep their plain names (/translate, /consistency…)
        chat.build(app, categories)
        papers.build(app, categories)
        translate.build(app)
        digest.build(app, categories)
        library.build(app, demo)
        for_you.build(app, categories)  # 'For you · 为你推荐' + the readers' API (docs/for-you.md)
    return demo


def parse_auth(value: str | None) -> list[tuple[str, str]] | None:
    """'user:password', or a path to a file with one 'user:password' per line."""
    if not value:
        return None
    lines = Path(value).read_text(encoding="utf-8").splitlines() if Path(value).is_file() else [value]
    pairs = [parse_login(line) for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not pairs:
        raise AssistantError("ASSISTANT_UI_AUTH must be 'user:password' or a file of such lines")
    return pairs


def serve(app: App, host: str, port: int, share: bool = False, warm: bool = True) -> None:
    import threading

    auth = parse_auth(app.settings.ui_auth)
    if host not in ("127.0.0.1", "localhost", "::1") and not auth:
        logger.warning("binding %s without ASSISTANT_UI_AUTH: anyone on the network can use this app", host)
    warm = warm and app.settings.llm_mode != "mock"
    if warm:  # the model loads while the UI is built (the provider is made here: one provider, one server)
        app.llm.describe()
        threading.Thread(target=_start_model, args=(app,), daemon=True, name="warm-model").start()
    demo = build_ui(app)
    # The bundled model answers one question at a time on 2 cores; retrieval endpoints are not limited by it.
    demo.queue(default_concurrency_limit=8)
    for fn in demo.fns.values():
        if getattr(fn, "concurrency_id", None) == "llm":
            fn.concurrency_limit = 1 if app.llm.is_local else 4
    if warm:
        threading.Thread(target=_warm, args=(app,), daemon=True).start()
    from assistant.feed.schedule import start_scheduler

    start_scheduler(app)  # daily sync every ASSISTANT_SYNC_INTERVAL seconds (a daemon thread; off when 0)
    demo.launch(server_name=host, server_port=port, share=share, auth=auth, show_error=False,
                max_file_size=f"{app.settings.upload_max_mb}mb", footer_links=["api"], quiet=False,
                mcp_server=mcp_enabled(app.settings.ui_mcp, auth), app_kwargs=app_kwargs(app, auth))


def app_kwargs(app: App, auth) -> dict:
    """Routes of our own before Gradio's: the readers' feeds, /feeds/<reader>/<name>.atom (ui/feed_routes.py)."""
    from ui.feed_routes import feed_routes

    return {"routes": feed_routes(app, auth)}


def mcp_enabled(wanted: bool, auth) -> bool:
    """MCP tools only without a login: Gradio's MCP routes (initialize, tools/list, /schema, /sse) do not check
    the login, and its tool calls loop back over HTTP without credentials, so with ASSISTANT_UI_AUTH set MCP would
    be half open and half broken. Off, with a warning, until it can sit fully behind the same login."""
    if not wanted:
        return False
    if auth:
        logger.warning("ASSISTANT_UI_AUTH is set: MCP tools are off (Gradio's MCP server does not check the "
                       "login); use the JSON API with gradio_client's auth=(user, password) instead")
        return False
    return _mcp_installed()


def _mcp_installed() -> bool:
    """MCP tools need the `mcp` package (a dependency, but a trimmed install may lack it): no MCP, no crash."""
    import importlib.util

    if importlib.util.find_spec("mcp") is None:
        logger.warning("the `mcp` package is not installed: serving without MCP tools")
        return False
    return True


def _warm(app: App) -> None:
    """`serve`'s start-up work, in the background, after the UI is built: the bundled model is already starting in a
    thread of its own (`_start_model`, begun before the UI; a question asked meanwhile waits for that server,
    assistant/llm.py) while this one warms the answer path, so that the first question pays only for its own
    retrieval, evidence and prompt (bench/RESULTS.md, first-answer)."""
    warm_answers(app)
    from assistant.zh_en_dictionary import glosses

    glosses("标注")  # reads the zh-en dictionary (~0.5 s) now, not in the first question's wait


def _start_model(app: App) -> None:
    try:
        app.llm.get()
    except AssistantError as exc:
        logger.warning("LLM not available yet: %s", exc)


def warm_answers(app: App) -> bool:
    """Two questions (en, zh) through the answer chain without the model: the embedder, the keyword index, jieba,
    the term lists and the sentence-vector path load now, not in the first question's wait. A failure is only
    logged (the first question then pays for them, as before)."""
    import time

    started = time.perf_counter()
    try:
        from assistant.chains.answer import warm_answer_path

        s = app.settings
        n = warm_answer_path(store=app.store, retriever_factory=app.retriever, prompts_dir=s.prompts_dir,
                             top_k=app.answer_top_k(), vectors=app.sentence_vectors if s.answer_evidence else None,
                             evidence_tokens=app.evidence_tokens())
    except Exception as exc:  # a warm-up must never stop the app
        logger.warning("answer warm-up failed: %s", exc)
        return False
    logger.info("answer path warmed: %d questions in %.1f s", n, time.perf_counter() - started)
    return True
