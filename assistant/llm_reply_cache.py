"""Persistent cache of LLM replies (paper translations, accepted digest replies): a Chroma collection beside the store.

Translating with the bundled 1.5B model costs tens of seconds per abstract, so a translation is kept
and reused across restarts. It lives in the same Chroma client as the papers (embedded or server), so
several app instances against one Chroma server share it. Entries are keyed by what determines the
output (paper id, field, direction, model, prompt version) and carry a fingerprint of the input (the
paper's `content_hash()`): when the paper changes, the stale entry is ignored and later overwritten.

It also keeps the digest's accepted LLM replies (theme names, overview, relevance scores), keyed by a hash of
the exact request (model, max tokens, messages): a repeated digest over unchanged papers costs no LLM call,
and any change to a paper line, the topic or a prompt is a different key.

The class was first called `TranslationCache`; `assistant.translation_cache` keeps that name importable, and
the collection keeps its `<collection>_translations` name so existing caches stay valid.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time

from assistant.errors import StoreError

logger = logging.getLogger(__name__)


def cache_id(*parts: str) -> str:
    """Chroma ids must be short and stable: a readable prefix plus a hash of the whole key."""
    key = "|".join(parts)
    return f"{parts[0][:40]}|{hashlib.sha256(key.encode()).hexdigest()[:24]}"


class LLMReplyCache:
    """get/put of JSON payloads in `<collection>_translations` (documents = JSON, dummy 1-d embeddings)."""

    def __init__(self, store=None, *, client=None, name: str | None = None):
        client = client if client is not None else store.client
        name = name or f"{store.settings.collection_name()}_translations"
        try:
            self.collection = client.get_or_create_collection(name, embedding_function=None)
        except Exception as exc:  # chromadb raises backend-specific errors
            raise StoreError(f"cannot open the LLM reply cache {name}: {exc}") from exc
        self.name = name

    # ---------- generic ----------
    def get(self, key: tuple[str, ...], fingerprint: str) -> dict | None:
        """The payload stored under `key` if it was made from the same input (`fingerprint`), else None."""
        got = self.collection.get(ids=[cache_id(*key)], include=["documents", "metadatas"])
        if not got["ids"]:
            return None
        meta = got["metadatas"][0] or {}
        if meta.get("fingerprint") != fingerprint:
            logger.info("reply cache: %s is stale (input changed)", key[0])
            return None
        try:
            return json.loads(got["documents"][0])
        except (TypeError, ValueError):
            logger.warning("reply cache entry for %s is unreadable; ignoring it", key[0])
            return None

    def put(self, key: tuple[str, ...], fingerprint: str, payload: dict, **meta: str) -> None:
        """Store (or overwrite) an entry. Extra `meta` (scalars) lets `find` look entries up by field."""
        metadata = {"fingerprint": fingerprint, "created": time.time(), **{k: str(v) for k, v in meta.items()}}
        try:
            self.collection.upsert(ids=[cache_id(*key)], documents=[json.dumps(payload, ensure_ascii=False)],
                                   embeddings=[[0.0]], metadatas=[metadata])
        except Exception as exc:
            # A cache that cannot be written costs speed, not correctness: log and go on.
            logger.warning("reply cache write failed: %s", exc)

    # ---------- papers ----------
    @staticmethod
    def paper_key(arxiv_id: str, field: str, direction: str, model: str, prompt_version: str) -> tuple[str, ...]:
        return (arxiv_id, field, direction, model, prompt_version)

    def find(self, arxiv_id: str, field: str, direction: str, fingerprint: str) -> dict | None:
        """The newest fresh translation of a paper's field by any model/prompt (for the digest's en lines)."""
        try:
            got = self.collection.get(where={"$and": [{"arxiv_id": arxiv_id}, {"field": field},
                                                      {"direction": direction}, {"fingerprint": fingerprint}]},
                                      include=["documents", "metadatas"])
        except Exception as exc:
            logger.warning("reply cache lookup failed: %s", exc)
            return None
        rows = sorted(zip(got["documents"], got["metadatas"]), key=lambda r: -float((r[1] or {}).get("created", 0)))
        for doc, _ in rows:
            try:
                return json.loads(doc)
            except (TypeError, ValueError):
                continue
        return None

    # ---------- LLM replies ----------
    @staticmethod
    def reply_key(model: str, messages: list[dict], max_tokens: int) -> str:
        request = json.dumps([model, max_tokens, messages], ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(request.encode()).hexdigest()

    def get_reply(self, key: str) -> str | None:
        """A stored reply to this exact request, or None (also when the cache cannot be read)."""
        try:
            payload = self.get(("llm-reply", key), key)
        except Exception as exc:
            logger.warning("reply cache lookup failed: %s", exc)
            return None
        text = (payload or {}).get("text")
        return text if isinstance(text, str) and text else None

    def put_reply(self, key: str, text: str) -> None:
        if text:
            self.put(("llm-reply", key), key, {"text": text}, kind="llm-reply")

    def invalidate(self, arxiv_id: str) -> None:
        """Drop every cached translation of a paper (`PaperStore.remove` calls it;
        otherwise stale entries would only be ignored, never deleted).
        Digest replies carry no paper id: a removed paper changes the digest's prompt, hence its key."""
        self.collection.delete(where={"arxiv_id": arxiv_id})

    def count(self) -> int:
        return self.collection.count()
