"""JSON endpoints for scripts (`gradio_client`) and MCP tools: the core functions, no UI state.

Each returns the same model the CLI prints with `--json`, so the field names are one contract. Every argument is
checked here with the CLI's rules (`assistant.validation`): a bad value is a plain message, never a traceback."""

from __future__ import annotations

import functools
import logging
import re

import gradio as gr

from assistant.errors import AssistantError, InputError
from assistant.retrieval import SearchFilters
from assistant.validation import (
    DIGEST_STYLES,
    MAX_DIGEST_PAPERS,
    MAX_SEARCH_K,
    check_categories,
    check_choice,
    check_date_range,
    check_int,
    check_language,
    check_text,
)
from assistant.wiring import App
from ui.uploads import ingest_uploads

logger = logging.getLogger(__name__)


def checked_filters(since, until, categories) -> SearchFilters:
    since, until = check_date_range(_text(since, "since"), _text(until, "until"))
    return SearchFilters(since=since, until=until, categories=check_categories(categories))


def _text(value, label: str) -> str:
    return check_text(value, label, required=False, max_chars=200)


def plain_errors(fn):
    """Our own errors reach callers as their message (gr.Error); anything else is logged with its traceback and
    reaches the caller as one plain line (never Gradio's opaque "upstream app raised an exception")."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except gr.Error:
            raise
        except AssistantError as exc:
            raise gr.Error(str(exc), print_exception=False) from exc
        except Exception as exc:
            logger.exception("%s failed", fn.__name__)
            raise gr.Error("internal error; it was logged on the server", print_exception=False) from exc

    return wrapper


def register_api(app: App) -> None:
    """Call inside a `gr.Blocks` context. LLM-bound endpoints share the "llm" concurrency group."""

    def search(query: str, k: int = 5, since: str = "", until: str = "", category: str = "") -> list[dict]:
        """Hybrid search; the papers best matching `query` (either language)."""
        query = check_text(query, "query")
        k = check_int(k, "k", 1, MAX_SEARCH_K)
        return [h.model_dump(include={"id", "title", "score", "date", "categories", "url"})
                for h in (r.to_hit() for r in app.retriever(checked_filters(since, until, category))
                          .search_papers(query, k))]

    def ask(question: str, language: str = "auto") -> dict:
        """A grounded answer with numbered citations (language: auto | zh | en). "Compare A and B" returns the
        comparison (`kind: "compare"`), a digest request the digest (`kind: "digest"`)."""
        question = check_text(question, "question")
        return app.turn(question, language=check_language(language, allow_auto=True)).model_dump()

    def compare(papers: str, language: str = "auto") -> dict:
        """Compare papers named by title/short name/arXiv id, comma separated (or 'compare A and B')."""
        papers = check_text(papers, "papers")
        names = [p.strip() for p in re.split(r"[,\n]", papers) if p.strip()]
        target = names if len(names) > 1 else papers
        return app.compare(target, language=check_language(language, allow_auto=True)).model_dump()

    def translate(arxiv_id: str = "", text: str = "", to: str = "en") -> dict:
        """Translate a paper (its Chinese summary -> en, or its abstract -> zh) or free text."""
        to = check_language(to, "to")
        arxiv_id = check_text(arxiv_id, "arxiv_id", required=False, max_chars=64)
        text = check_text(text, "text", required=False, max_chars=20000)
        if bool(arxiv_id) == bool(text):
            raise InputError("give exactly one of arxiv_id or text")
        return app.translate(to=to, arxiv_id=arxiv_id or None, text=text or None).model_dump()

    def consistency(arxiv_id: str) -> dict:
        """Numbers/terms in a paper's Chinese summary that its English abstract does not support."""
        return app.consistency(check_text(arxiv_id, "arxiv_id", max_chars=64)).model_dump()

    def digest(topic: str = "", since: str = "", until: str = "", category: str = "", lang: str = "zh",
               max_papers: int = 10, style: str = "themed") -> dict:
        """A custom digest (Markdown in `markdown`, structured items in `papers`)."""
        from assistant.chains.digest import DigestRequest

        filters = checked_filters(since, until, category)
        request = DigestRequest(topic=check_text(topic, "topic", required=False, max_chars=500),
                                since=filters.since, until=filters.until, categories=list(filters.categories),
                                language=check_language(lang, "lang"),
                                max_papers=check_int(max_papers, "max_papers", 1, MAX_DIGEST_PAPERS),
                                style=check_choice(style, "style", DIGEST_STYLES))
        return app.digest(request).model_dump()

    def ingest(file: gr.FileData) -> dict:
        """Ingest one uploaded .md/.jsonl digest; the report lists added/updated/skipped records.

        Only a file uploaded to this server is accepted: a path on the server is refused (that is the CLI's job)."""
        report, rejected = ingest_uploads(app.store, [file], max_mb=app.settings.upload_max_mb)
        if rejected:
            raise InputError(rejected[0])
        return report.model_dump()

    def status() -> dict:
        """Whether the language model and the store are ready, starting nothing: `serve` loads the bundled model in
        the background, so a script polls this before its first question instead of waiting inside it."""
        llm_ready, llm_state = app.llm.status()
        store_ready, store_state = app.store.status()
        return {"llm": {"ready": llm_ready, "state": llm_state, "model": app.llm.describe()},
                "store": {"ready": store_ready, "state": store_state}}

    gr.api(plain_errors(search), api_name="search")
    gr.api(plain_errors(status), api_name="status")
    gr.api(plain_errors(ask), api_name="ask", concurrency_id="llm")
    gr.api(plain_errors(compare), api_name="compare", concurrency_id="llm")
    gr.api(plain_errors(translate), api_name="translate", concurrency_id="llm")
    gr.api(plain_errors(consistency), api_name="consistency")
    gr.api(plain_errors(digest), api_name="digest", concurrency_id="llm")
    gr.api(plain_errors(ingest), api_name="ingest")
