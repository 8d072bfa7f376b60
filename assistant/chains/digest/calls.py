"""The digest's LLM calls: under one time budget, served from the reply cache, degrading to a noted fallback."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator, Iterator
from typing import TypeVar

from assistant.chains.digest.models import Digest
from assistant.chains.digest.render import NOTES
from assistant.errors import LLMUnavailable
from assistant.llm import ChatModel
from assistant.llm_reply_cache import LLMReplyCache

logger = logging.getLogger(__name__)

T = TypeVar("T")


class Budget:
    """A deadline for the whole digest, in seconds from now."""

    def __init__(self, seconds: float):
        self.deadline = time.monotonic() + seconds

    def left(self) -> float:
        return self.deadline - time.monotonic()


class CachedReplies:
    """The digest's LLM replies kept in the store cache (see `LLMReplyCache.reply_key`); counts the hits.

    Only a reply its caller accepted is kept (`keep`: every theme named, every candidate scored, an overview
    the verifier did not reject), so one bad sample does not stick to the request for good."""

    def __init__(self, cache: LLMReplyCache | None):
        self.cache = cache
        self.hits = 0

    def lookup(self, llm: ChatModel, messages: list[dict], max_tokens: int) -> str | None:
        if self.cache is None:
            return None
        cached = self.cache.get_reply(LLMReplyCache.reply_key(llm.name, messages, max_tokens))
        self.hits += cached is not None
        return cached

    def keep(self, llm: ChatModel, messages: list[dict], max_tokens: int, text: str) -> None:
        if self.cache is not None:
            self.cache.put_reply(LLMReplyCache.reply_key(llm.name, messages, max_tokens), text)


def stream_within(llm: ChatModel, messages: list[dict], budget: Budget, max_tokens: int,
                  replies: CachedReplies | None = None, stop: Callable[[str], int | None] | None = None
                  ) -> Iterator[str]:
    """Stream, but stop (raising TimeoutError) once the budget is spent: the request itself gets the time left
    as its timeout (a slow prompt evaluation counts too), and closing the generator closes the HTTP stream, so
    the model stops as well. With `replies`, a kept reply to the same request is served (one piece). `stop`: called
    with the text so far after each piece; a number ends the reply (the model stops: no tokens are wasted) and the
    caller keeps that many characters of it (`ask` does)."""
    cached = replies.lookup(llm, messages, max_tokens) if replies is not None else None
    if cached is not None:
        yield cached
        return
    if budget.left() <= 1:
        raise TimeoutError("time budget spent")
    stream = llm.stream(messages, max_tokens=max_tokens, timeout=budget.left())
    text = ""
    try:
        for piece in stream:
            yield piece
            if budget.left() <= 0:
                raise TimeoutError("time budget spent")
            text += piece
            if stop is not None and stop(text) is not None:
                return
    except LLMUnavailable:
        if budget.left() <= 1:  # the request timed out because the budget ran out
            raise TimeoutError("time budget spent") from None
        raise
    finally:
        close = getattr(stream, "close", None)
        if close:
            close()


def has_time(step: str, seconds: float, budget: Budget, digest: Digest) -> bool:
    """Is more than `seconds` left for `step` ('themes', 'overview')? If not, the digest notes why it is skipped."""
    if budget.left() > seconds:
        return True
    digest.notes.append(NOTES[f"budget_{step}"][digest.language])
    return False


def ask(step: str, llm: ChatModel, messages: list[dict], max_tokens: int, *, budget: Budget, digest: Digest,
        replies: CachedReplies | None, parse: Callable[[str], T], accepted: Callable[[T], bool],
        report_error: bool = False, stop: Callable[[str], int | None] | None = None
        ) -> Generator[str, None, T | None]:
    """One LLM step ('rerank', 'themes', 'overview'): stream the reply (yielding its pieces), parse it, keep it
    in the cache when `accepted`, and return what `parse` made of it. Over the budget or with the model
    unavailable, the digest notes why and None is returned (the caller falls back); with `report_error`, a
    model failure also becomes the digest's `error`. `stop` ends the reply early (see `stream_within`)."""
    pieces: list[str] = []
    try:
        for piece in stream_within(llm, messages, budget, max_tokens=max_tokens, replies=replies, stop=stop):
            pieces.append(piece)
            yield piece
    except TimeoutError:
        digest.notes.append(NOTES[f"budget_{step}"][digest.language])
        return None
    except LLMUnavailable as exc:
        logger.warning("digest %s failed: %s", step, exc)
        digest.notes.append(NOTES[f"llm_{step}"][digest.language])
        if report_error:
            digest.error = str(exc)
        return None
    raw = "".join(pieces)
    cut = stop(raw) if stop is not None else None
    if cut is not None:  # ended early: the started next sentence is not part of the reply
        raw = raw[:cut]
    parsed = parse(raw)
    if replies is not None and accepted(parsed):
        replies.keep(llm, messages, max_tokens, raw)
    return parsed
