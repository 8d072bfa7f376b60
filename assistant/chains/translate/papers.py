"""Translating a stored paper's field (Chinese summary -> en, English abstract -> zh), section by section, cached."""

from __future__ import annotations

import logging
import time
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Literal

from assistant.chains.events import Event, elapsed_ms, final_event
from assistant.chains.sources import sanitize
from assistant.chains.translate.chain import TranslationRun, fill_result, prompt_set, stream_run
from assistant.chains.translate.chunks import DEFAULT_CHUNK_TOKENS
from assistant.chains.translate.models import PaperTranslation, TranslatedSection
from assistant.chunking import ZH_LABELS
from assistant.errors import InputError
from assistant.llm import ChatModel
from assistant.llm_reply_cache import LLMReplyCache
from assistant.types import SUMMARY_FIELDS, Paper

logger = logging.getLogger(__name__)

EN_LABELS = {"tldr": "TL;DR", "motivation": "Motivation", "method": "Method", "result": "Result",
             "conclusion": "Conclusion"}


def paper_sections(paper: Paper, field: str) -> list[tuple[str, str, str, str]]:
    """(name, original label, translated label, text) for the field to translate."""
    if field == "summary":
        if paper.summary.is_empty():
            raise InputError(f"paper {paper.arxiv_id} has no Chinese summary to translate")
        return [(f, ZH_LABELS[f], EN_LABELS[f], getattr(paper.summary, f)) for f in SUMMARY_FIELDS
                if getattr(paper.summary, f).strip()]
    if field == "abstract":
        if not paper.abstract.strip():
            raise InputError(f"paper {paper.arxiv_id} has no English abstract to translate")
        return [("abstract", "Abstract", "摘要", paper.abstract.strip())]
    raise InputError(f"unknown field {field!r}: use 'summary' or 'abstract'")


def _paper_text(sections: list[TranslatedSection], translated: bool) -> str:
    if len(sections) == 1:
        return sections[0].translation if translated else sections[0].original
    return "\n".join(f"{s.label_translation if translated else s.label_original}: "
                     f"{s.translation if translated else s.original}" for s in sections)


def _streamed_text(sections: list[TranslatedSection]) -> str:
    """The Markdown the stream shows for a translation served whole (bold labels when there are several)."""
    if len(sections) == 1:
        return _paper_text(sections, True)
    return "\n\n".join(f"**{s.label_translation}:** {s.translation}" for s in sections)


def _translate_sections(sections: list[TranslatedSection], source: str, target: str, llm: ChatModel,
                        prompts_dir: Path, chunk_tokens: int, started: float
                        ) -> Generator[Event, None, TranslationRun]:
    """Fill each section's translation in turn (label tokens between them); returns the combined run."""
    total = TranslationRun()
    for index, section in enumerate(sections):
        if len(sections) > 1:
            gap = "\n\n" if index else ""
            yield Event("token", f"{gap}**{section.label_translation}:** ")
        run = yield from stream_run([section.original], source, target, llm, prompts_dir, chunk_tokens, started)
        section.translation = run.outputs[0] if run.outputs else ""
        total.hits.update({k: v for k, v in run.hits.items() if k not in total.hits})
        total.chunks += run.chunks
        total.prompt_tokens += run.prompt_tokens
        total.first_token_ms = total.first_token_ms if total.first_token_ms is not None else run.first_token_ms
        if run.error:
            total.error = run.error
            break
    return total


def stream_paper_translation(arxiv_id: str, *, field: Literal["summary", "abstract"], store, llm: ChatModel,
                             prompts_dir: Path, cache: LLMReplyCache | None = None,
                             chunk_tokens: int = DEFAULT_CHUNK_TOKENS) -> Iterator[Event]:
    """Translate a stored paper's Chinese summary (-> en) or English abstract (-> zh).

    Yields `token` events (Markdown: bold section labels, then the streamed translation) and a final
    `translation` event with a `PaperTranslation`. A fresh cache entry answers without any LLM call."""
    started = time.perf_counter()
    paper = store.get_paper(arxiv_id)
    if paper is None:
        raise InputError(f"paper {arxiv_id} is not in the store")
    source, target = ("zh", "en") if field == "summary" else ("en", "zh")
    spec = paper_sections(paper, field)
    *_, version = prompt_set(prompts_dir)
    direction = f"{source}-{target}"
    key = LLMReplyCache.paper_key(paper.arxiv_id, field, direction, llm.name, version)
    content_hash = paper.content_hash()
    payload = cache.get(key, content_hash) if cache is not None else None
    if payload:
        hit = PaperTranslation.model_validate({**payload, "cached": True,
                                               "timings": {"total_ms": elapsed_ms(started)}})
        logger.info("translation of %s/%s served from the cache", arxiv_id, field)
        yield Event("token", _streamed_text(hit.sections))
        yield Event("translation", hit)
        return
    sections = [TranslatedSection(name=n, label_original=lo, label_translation=lt, original=text)
                for n, lo, lt, text in spec]
    result = PaperTranslation(arxiv_id=paper.arxiv_id, title=paper.title, url=paper.url, field=field,
                              direction=direction, content_hash=content_hash, source_language=source,
                              target_language=target, original=_paper_text(sections, False), model=llm.name,
                              prompt_version=version, sections=sections)
    total = yield from _translate_sections(sections, source, target, llm, prompts_dir, chunk_tokens, started)
    result.translation = _paper_text(sections, True)
    fill_result(result, total, "\n".join(sanitize(s.original) for s in sections), started)
    if cache is not None and result.complete:
        cache.put(key, content_hash, result.model_dump(exclude={"cached", "timings"}), arxiv_id=paper.arxiv_id,
                  field=field, direction=direction, model=llm.name, prompt_version=version)
    yield Event("translation", result)


def translate_paper(arxiv_id: str, *, field: Literal["summary", "abstract"], store, llm: ChatModel,
                    prompts_dir: Path, cache: LLMReplyCache | None = None,
                    chunk_tokens: int = DEFAULT_CHUNK_TOKENS) -> PaperTranslation:
    """Non-streaming `stream_paper_translation`."""
    return final_event(stream_paper_translation(arxiv_id, field=field, store=store, llm=llm,
                                                prompts_dir=prompts_dir, cache=cache, chunk_tokens=chunk_tokens),
                       "translation", PaperTranslation)
