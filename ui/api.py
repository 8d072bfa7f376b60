"""JSON endpoints for scripts (`gradio_client`, and MCP tools where installed): the core functions, no UI state.

Each returns the same model the CLI prints with `--json`, so the field names are one contract."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import gradio as gr
from pydantic import BaseModel

from assistant.errors import AssistantError, InputError
from assistant.retrieval import SearchFilters
from assistant.wiring import App


def _filters(since: str, until: str, category: str) -> SearchFilters:
    return SearchFilters(since=since or None, until=until or None,
                         categories=tuple(c.strip() for c in (category or "").split(",") if c.strip()))


def _language(language: str) -> str | None:
    return None if language in ("", "auto") else language


def plain_errors(fn):
    """Our own errors reach API callers as their message (gr.Error); anything else stays in the log."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except AssistantError as exc:
            raise gr.Error(str(exc)) from exc

    return wrapper


def register_api(app: App) -> None:
    """Call inside a `gr.Blocks` context. LLM-bound endpoints share the "llm" concurrency group."""

    def search(query: str, k: int = 5, since: str = "", until: str = "", category: str = "") -> list[dict]:
        """Hybrid search; the papers best matching `query` (either language)."""
        return [h.model_dump(include={"id", "title", "score", "date", "categories", "url"})
                for h in (r.to_hit() for r in app.retriever(_filters(since, until, category))
                          .search_papers(query, int(k)))]

    def ask(question: str, language: str = "auto") -> dict:
        """A grounded answer with numbered citations (language: auto | zh | en)."""
        return app.ask(question, language=_language(language)).model_dump()

    def compare(papers: str, language: str = "auto") -> dict:
        """Compare papers named by title/short name/arXiv id, comma separated (or 'compare A and B')."""
        from assistant.chains.compare import compare as run

        names = [p.strip() for p in re.split(r"[,\n]", papers) if p.strip()]
        target = names if len(names) > 1 else papers
        return run(target, store=app.store, retriever=app.retriever(), llm=app.llm.get(),
                   prompts_dir=app.settings.prompts_dir, language=_language(language)).model_dump()

    def translate(arxiv_id: str = "", text: str = "", to: str = "en") -> dict:
        """Translate a paper (its Chinese summary -> en, or its abstract -> zh) or free text."""
        from assistant.chains.answer import final_event
        from assistant.types import normalize_arxiv_id

        if to not in ("en", "zh"):
            raise InputError("`to` must be en or zh")
        if bool(arxiv_id.strip()) == bool(text.strip()):
            raise InputError("give exactly one of arxiv_id or text")
        if arxiv_id.strip():
            arxiv_id = normalize_arxiv_id(arxiv_id.strip()) or arxiv_id.strip()
            events = app.stream_paper_translation(arxiv_id, field="summary" if to == "en" else "abstract")
        else:
            events = app.stream_text_translation(text, target=to)
        return final_event(events, "translation", BaseModel).model_dump()

    def consistency(arxiv_id: str) -> dict:
        """Numbers/terms in a paper's Chinese summary that its English abstract does not support."""
        from assistant.chains.translate import check_consistency

        paper = app.store.get_paper(arxiv_id.strip())
        if paper is None:
            raise InputError(f"paper {arxiv_id} is not in the store")
        return check_consistency(paper, prompts_dir=app.settings.prompts_dir).model_dump()

    def digest(topic: str = "", since: str = "", until: str = "", category: str = "", lang: str = "zh",
               max_papers: int = 10, style: str = "themed") -> dict:
        """A custom digest (Markdown in `markdown`, structured items in `papers`)."""
        from assistant.chains.answer import final_event
        from assistant.chains.digest import Digest, DigestRequest

        filters = _filters(since, until, category)
        request = DigestRequest(topic=topic.strip(), since=filters.since, until=filters.until,
                                categories=list(filters.categories), language=lang, max_papers=int(max_papers),
                                style=style)
        return final_event(app.stream_digest(request), "digest", Digest).model_dump()

    def ingest(file: gr.FileData | str) -> dict:
        """Ingest one uploaded .md/.jsonl digest; the report lists added/updated/skipped records."""
        from assistant.ingest import ingest_paths

        path = Path(file if isinstance(file, str) else file["path"])
        return ingest_paths(app.store, [path]).model_dump()

    gr.api(plain_errors(search), api_name="search")
    gr.api(plain_errors(ask), api_name="ask", concurrency_id="llm")
    gr.api(plain_errors(compare), api_name="compare", concurrency_id="llm")
    gr.api(plain_errors(translate), api_name="translate", concurrency_id="llm")
    gr.api(plain_errors(consistency), api_name="consistency")
    gr.api(plain_errors(digest), api_name="digest", concurrency_id="llm")
    gr.api(plain_errors(ingest), api_name="ingest")
