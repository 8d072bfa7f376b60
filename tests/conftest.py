"""Shared fixtures: test data, settings with isolated stores, a real (USE) store over the seed digest."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("ASSISTANT_RAISE_ERRORS", "")
DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture()
def settings(tmp_path):
    """Isolated store with the deterministic hash embedder (fast, no model)."""
    from assistant.settings import Settings

    return Settings(store_dir=tmp_path / "store", embedding_mode="mock", llm_mode="mock", _env_file=None)


@pytest.fixture()
def mock_app(settings):
    from assistant.wiring import build_app

    return build_app(settings)


@pytest.fixture(scope="session")
def seed_app(tmp_path_factory):
    """A real store (multilingual USE embeddings) holding the seed digest; shared by the session."""
    from assistant.ingest import ingest_paths
    from assistant.settings import Settings
    from assistant.wiring import build_app

    settings = Settings(store_dir=tmp_path_factory.mktemp("seed-store"), embedding_mode="use", _env_file=None)
    app = build_app(settings)
    ingest_paths(app.store, [DATA / "seed_digest.md"])
    return app


@pytest.fixture()
def scripted():
    from tests.fake_openai import ScriptedOpenAI

    with ScriptedOpenAI() as server:
        yield server


@pytest.fixture()
def scripted_llm(scripted):
    from assistant.llm import OpenAICompatibleLLM

    return OpenAICompatibleLLM(base_url=scripted.base_url, api_key="test", name="scripted", source_budget=700,
                               timeout=2.0, retries=2)


@pytest.fixture(scope="session")
def mock_seed_app(tmp_path_factory):
    """The seed digest in a store with the hash embedder (fast), for chain tests with a scripted LLM."""
    from assistant.ingest import ingest_paths
    from assistant.settings import Settings
    from assistant.wiring import build_app

    settings = Settings(store_dir=tmp_path_factory.mktemp("mock-seed"), embedding_mode="mock", llm_mode="mock",
                        min_relevance=0.05, _env_file=None)
    app = build_app(settings)
    ingest_paths(app.store, [DATA / "seed_digest.md"])
    return app
