"""The only place that builds concrete objects from settings (store, embedder, retriever, later the LLM)."""

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
        # the bundled 1.5B model gets a ~700-token source budget: four papers is what fits usefully
        return min(self.settings.top_k, 4) if self.llm.is_local else self.settings.top_k

    def stream_answer(self, question: str, *, session=None, filters: SearchFilters | None = None,
                      language: str | None = None):
        from assistant.chains.answer import stream_answer

        return stream_answer(question, store=self.store, retriever=self.retriever(filters), llm=self.llm.get(),
                             prompts_dir=self.settings.prompts_dir, top_k=self.answer_top_k(),
                             min_relevance=self.settings.min_relevance, language=language, session=session,
                             filters=filters)

    def ask(self, question: str, **kwargs):
        from assistant.chains.answer import Answer, final_event

        return final_event(self.stream_answer(question, **kwargs), "answer", Answer)

    def close(self) -> None:
        if "llm" in self.__dict__:
            self.llm.close()

    def retriever(self, filters: SearchFilters | None = None, mode: str = "hybrid") -> HybridRetriever:
        return HybridRetriever(self.store, candidates=self.settings.candidates, rrf_k=self.settings.rrf_k,
                               bm25_weight=self.settings.bm25_weight,
                               filters=filters, mode=mode)


def build_app(settings: Settings | None = None) -> App:
    return App(settings or Settings())
