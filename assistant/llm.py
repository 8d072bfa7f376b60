"""One LLM path: the `openai` client against any OpenAI-compatible endpoint (the bundled model included).

Streaming everywhere; the client's own retries (exponential backoff on connection errors, 408/409/429/5xx)
and a per-request timeout; every failure becomes `LLMUnavailable` with a message a user can act on.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from assistant.errors import EmptyAnswer, LLMUnavailable
from assistant.settings import Settings

logger = logging.getLogger(__name__)

Message = dict[str, str]


@lru_cache(maxsize=1)
def _encoding():
    """cl100k_base from the copy llama-index ships (tiktoken would otherwise download it)."""
    import llama_index.core

    cache = os.path.join(os.path.dirname(llama_index.core.__file__), "_static", "tiktoken_cache")
    os.environ.setdefault("TIKTOKEN_CACHE_DIR", cache)
    import tiktoken

    return tiktoken.get_encoding("cl100k_base")


def count_tokens(text: str) -> int:
    return len(_encoding().encode(text, disallowed_special=()))


def truncate_tokens(text: str, limit: int) -> str:
    tokens = _encoding().encode(text, disallowed_special=())
    return text if len(tokens) <= limit else _encoding().decode(tokens[:limit]) + "…"


class ChatModel(Protocol):
    """What chains need from an LLM: a model name, a context budget and streamed chat completions."""

    name: str
    source_budget: int

    def stream(self, messages: list[Message], *, max_tokens: int | None = None,
               temperature: float | None = None, timeout: float | None = None) -> Iterator[str]: ...


def complete(model: ChatModel, messages: list[Message], **kwargs) -> str:
    return "".join(model.stream(messages, **kwargs))


@dataclass
class OpenAICompatibleLLM:
    """Chat completions over the OpenAI API (OpenAI, DeepSeek, DashScope, Ollama, vLLM, llama.cpp)."""

    base_url: str | None
    api_key: str | None
    name: str
    source_budget: int = 700
    timeout: float = 120.0
    retries: int = 3
    max_tokens: int = 384
    temperature: float = 0.1
    _client: object = field(default=None, repr=False)

    def client(self):
        if self._client is None:
            from openai import OpenAI

            self._client = OpenAI(base_url=self.base_url, api_key=self.api_key or "not-needed",
                                  timeout=self.timeout, max_retries=self.retries)
        return self._client

    def stream(self, messages: list[Message], *, max_tokens: int | None = None,
               temperature: float | None = None, timeout: float | None = None) -> Iterator[str]:
        import httpx
        import openai

        where = self.base_url or "the OpenAI API"
        try:
            # a caller's deadline (a digest's time budget) is one attempt, not one per retry
            client = self.client() if timeout is None else self.client().with_options(timeout=timeout, max_retries=0)
            response = client.chat.completions.create(
                model=self.name, messages=messages, stream=True,
                max_tokens=max_tokens or self.max_tokens,
                temperature=self.temperature if temperature is None else temperature)
            produced = False
            for chunk in response:
                choices = getattr(chunk, "choices", None) or []
                if not choices:
                    continue
                delta = getattr(choices[0], "delta", None)
                text = getattr(delta, "content", None) if delta is not None else None
                if text is not None and not isinstance(text, str):  # a wrong-schema chunk: fail here, plainly,
                    raise LLMUnavailable(  # not with a TypeError where the chain joins the pieces
                        f"the model at {where} returned something unusable: content is {type(text).__name__}")
                if text:
                    produced = True
                    yield text
            if not produced:
                raise EmptyAnswer(f"the model at {where} returned an empty answer")
        except openai.APITimeoutError as exc:
            raise LLMUnavailable(f"the model at {where} timed out after {timeout or self.timeout:.0f}s") from exc
        except openai.APIConnectionError as exc:
            raise LLMUnavailable(f"cannot reach the model at {where}") from exc
        except openai.RateLimitError as exc:
            raise LLMUnavailable(f"the model at {where} is rate-limited (429) even after retries") from exc
        except openai.AuthenticationError as exc:
            raise LLMUnavailable(f"the model at {where} rejected the API key (401)") from exc
        except openai.APIStatusError as exc:
            raise LLMUnavailable(f"the model at {where} answered HTTP {exc.status_code}") from exc
        except (openai.OpenAIError, ValueError, httpx.HTTPError) as exc:  # malformed or cut-off stream
            raise LLMUnavailable(f"the model at {where} returned something unusable: {exc.__class__.__name__}") \
                from exc


@dataclass
class ExtractiveLLM:
    """`llm_mode=mock`: no model at all. Answers with the first sentence of source [1], cited, so the app
    (UI, CLI, tests) works end to end without a model; never invents anything."""

    name: str = "extractive-mock"
    source_budget: int = 1200
    history: list[list[Message]] = field(default_factory=list)

    def stream(self, messages: list[Message], *, max_tokens: int | None = None,
               temperature: float | None = None, timeout: float | None = None) -> Iterator[str]:
        self.history.append(messages)
        text = messages[-1]["content"]
        match = re.search(r'<source id="(\d+)"[^>]*>\s*(?:.*?\n)?(.+?[.。!?！？])', text, re.DOTALL)
        if not match:
            yield "NOT_FOUND"
            return
        sentence = match.group(2).strip()
        for word in re.findall(r"\S+\s*", f"{sentence} [{match.group(1)}]"):
            time.sleep(0)
            yield word


def default_source_budget(settings: Settings, local: bool) -> int:
    if settings.llm_context_tokens:
        return settings.llm_context_tokens
    return 700 if local else 3000


def warm_prompt_cache(model: ChatModel, settings: Settings, done=None) -> None:
    """Read the fixed answer system prompt once right after the bundled model starts (one token generated): llama.cpp
    keeps the evaluated prefix, so the first question reads only its own evidence and question, not the system prompt
    too, and the server's first-request setup is paid before anyone waits. Failures are only logged."""
    try:
        from assistant.prompts import load

        system = load("answer.system", settings.prompts_dir).template
        for _ in model.stream([{"role": "system", "content": system}, {"role": "user", "content": "Sources:"}],
                              max_tokens=1, temperature=0.0):
            pass
    except Exception as exc:  # a warm-up must never break the app
        logger.info("prompt cache warm-up failed: %s", exc)
    finally:
        if done is not None:
            done.set()


class LLMProvider:
    """Builds the configured model on first use; starts the bundled server when no endpoint is configured."""

    def __init__(self, settings: Settings):
        import threading

        self.settings = settings
        self._model: ChatModel | None = None
        self._server = None
        # `serve` starts the bundled model in a background thread; a question asked meanwhile must wait for that
        # server, not start a second one (two 1.1 GB model loads on 2 cores: the first answer's long wait)
        self._lock = threading.Lock()
        self.warmed: threading.Event = threading.Event()

    @property
    def is_local(self) -> bool:
        mode = self.settings.llm_mode
        return mode == "local" or (mode == "auto" and not self.settings.llm_base_url
                                   and not self.settings.llm_api_key)

    def describe(self) -> str:
        s = self.settings
        if s.llm_mode == "mock":
            return "extractive mock (no LLM)"
        if self.is_local:
            return "bundled Qwen2.5-Coder-1.5B-Instruct Q4_K_M via llama.cpp (local)"
        return f"{s.api_model()} at {s.llm_base_url or 'api.openai.com'}"

    def get(self) -> ChatModel:
        if self._model is not None:
            return self._model
        with self._lock:
            if self._model is None:
                self._model = self._build()
        return self._model

    def _build(self) -> ChatModel:
        s = self.settings
        if s.llm_mode == "mock":
            return ExtractiveLLM()
        if self.is_local:
            from assistant.local_llm import MODEL_NAME, LocalServer

            self._server = LocalServer(s)
            base_url = self._server.start()
            model = OpenAICompatibleLLM(base_url=base_url, api_key=None, name=MODEL_NAME,
                                        source_budget=default_source_budget(s, True), timeout=s.llm_timeout,
                                        retries=s.llm_retries, max_tokens=s.llm_max_tokens,
                                        temperature=s.llm_temperature)
            import threading

            threading.Thread(target=warm_prompt_cache, args=(model, s, self.warmed), daemon=True).start()
            return model
        return OpenAICompatibleLLM(base_url=s.llm_base_url, api_key=s.llm_api_key, name=s.api_model(),
                                   source_budget=default_source_budget(s, False), timeout=s.llm_timeout,
                                   retries=s.llm_retries, max_tokens=s.llm_max_tokens,
                                   temperature=s.llm_temperature)

    def status(self) -> tuple[bool | None, str]:
        """(reachable?, what to tell the user) without starting anything: True/False after a quick check of
        the endpoint's /models, None when there is nothing to check yet (the bundled model starts on first use)."""
        if self.settings.llm_mode == "mock":
            return True, "no model needed"
        if self.is_local:
            # the server process exists as soon as it is launched, but it answers only after loading the weights:
            # "running" only once `get()` has health-checked it, or the UI's "model loading" notice goes too early
            if self._model is not None and self._server is not None and self._server.running():
                return True, "running" if self.warmed.is_set() else "running (reading the answer prompt)"
            if self._server is not None and self._server.running():
                return None, "loading"
            return None, "starts on the first question (about 10 s)"
        model = self.get()
        try:
            model.client().with_options(timeout=3.0, max_retries=0).models.list()
        except Exception as exc:  # any failure means "not reachable"; the message is shown, never a traceback
            return False, f"not reachable ({exc.__class__.__name__})"
        return True, "reachable"

    def close(self) -> None:
        if self._server is not None:
            self._server.stop()
