"""The only place that builds concrete objects from settings (store, embedder, retriever, later the LLM)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property

from assistant.embeddings import Embedder, build_embedder
from assistant.index import PaperStore
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

    def retriever(self, filters: SearchFilters | None = None, mode: str = "hybrid") -> HybridRetriever:
        return HybridRetriever(self.store, candidates=self.settings.candidates, rrf_k=self.settings.rrf_k,
                               bm25_weight=self.settings.bm25_weight,
                               filters=filters, mode=mode)


def build_app(settings: Settings | None = None) -> App:
    return App(settings or Settings())
