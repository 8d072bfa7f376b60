"""The translation loop: chunk by chunk through the LLM, streamed, then checked; and the text chain on top."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from assistant.chains.events import Event, elapsed_ms, final_event, token_events
from assistant.chains.sources import sanitize
from assistant.chains.translate.checks import check_translation, protect_numbers
from assistant.chains.translate.chunks import DEFAULT_CHUNK_TOKENS, clean_output, joiner, split_for_translation
from assistant.chains.translate.glossary import (
    GlossaryEntry,
    GlossaryHit,
    glossary_block,
    load_glossary,
    select_glossary,
    substitute_terms,
)
from assistant.chains.translate.models import CheckedTranslation, Language, Translation
from assistant.errors import EmptyAnswer, InputError, LLMUnavailable
from assistant.lang import LANGUAGE_NAMES, detect_language, has_chinese
from assistant.llm import ChatModel, count_tokens
from assistant.llm_reply_cache import LLMReplyCache
from assistant.prompts import Prompt, load

logger = logging.getLogger(__name__)

MAX_OUTPUT_TOKENS = 1024
EMPTY_ANSWER_RETRIES = 1  # a chunk whose answer has no text is asked once more
# Bump when the text sent to the model changes outside the templates (protect_numbers, substitute_terms):
# it is part of the prompt version, so cached translations made the old way are not reused.
PIPELINE_VERSION = "1"


@dataclass
class TranslationRun:
    """What one pass of the loop produced: an output per segment, the glossary asked for, counts, the error."""

    outputs: list[str] = field(default_factory=list)
    hits: dict[str, GlossaryHit] = field(default_factory=dict)
    chunks: int = 0
    prompt_tokens: int = 0
    error: str | None = None
    first_token_ms: float | None = None


def prompt_set(prompts_dir: Path) -> tuple[Prompt, Prompt, list[GlossaryEntry], str]:
    """(system prompt, user prompt, glossary, version): the version names everything that shapes the output."""
    system = load("translate.system", Path(prompts_dir))
    user = load("translate.user", Path(prompts_dir))
    entries, glossary_version = load_glossary(Path(prompts_dir))
    return system, user, entries, f"{system.version}+{user.version}+g{glossary_version}+p{PIPELINE_VERSION}"


def _messages(chunk: str, source: str, target: str, system: Prompt, user: Prompt, entries: list[GlossaryEntry],
              hits: list[GlossaryHit]) -> list[dict]:
    prompt_text = protect_numbers(chunk, target)
    if source == "zh":
        prompt_text = substitute_terms(prompt_text, source, target, entries)
    return [{"role": "system", "content": system.template},
            {"role": "user", "content": user.format(
                text=prompt_text, source_language=LANGUAGE_NAMES[source], target_language=LANGUAGE_NAMES[target],
                glossary=glossary_block(hits))}]


def _translate_segments(segments: list[str], *, source: str, target: str, llm: ChatModel, prompts_dir: Path,
                        chunk_tokens: int, started: float) -> Generator[str, None, TranslationRun]:
    """Translate each segment chunk by chunk, yielding raw pieces (and separators); returns the outputs.
    On an LLM failure the run stops with `error` set and the partial outputs kept."""
    system, user, entries, _ = prompt_set(prompts_dir)
    run = TranslationRun()
    for segment in segments:
        paragraphs: dict[int, list[str]] = {}
        last_para: int | None = None
        for para, chunk in split_for_translation(segment, chunk_tokens):
            if last_para is not None:
                yield "\n\n" if para != last_para else joiner(target)
            last_para = para
            hits = select_glossary(chunk, source, target, entries)
            for hit in hits:
                run.hits.setdefault(hit.source, hit)
            messages = _messages(chunk, source, target, system, user, entries, hits)
            run.prompt_tokens += sum(count_tokens(m["content"]) for m in messages)
            max_tokens = min(MAX_OUTPUT_TOKENS, max(96, 2 * count_tokens(chunk) + 48))
            pieces: list[str] = []
            try:
                for attempt in range(EMPTY_ANSWER_RETRIES + 1):
                    try:
                        for piece in llm.stream(messages, max_tokens=max_tokens):
                            if run.first_token_ms is None:
                                run.first_token_ms = elapsed_ms(started)
                            pieces.append(piece)
                            yield piece
                        break
                    except EmptyAnswer:
                        # An answer with no text at all (the bundled model once ended a chunk at its first token,
                        # in the full test suite only): nothing was shown, so asking again costs only the time.
                        if pieces or attempt == EMPTY_ANSWER_RETRIES:
                            raise
                        logger.info("translation chunk came back empty; asking once more")
            except LLMUnavailable as exc:
                logger.warning("translation stopped: %s", exc)
                run.error = str(exc)
                if pieces:
                    paragraphs.setdefault(para, []).append(_finish("".join(pieces), source, target, entries))
                run.outputs.append(_join_paragraphs(paragraphs, target))
                return run
            paragraphs.setdefault(para, []).append(_finish("".join(pieces), source, target, entries))
            run.chunks += 1
        run.outputs.append(_join_paragraphs(paragraphs, target))
    return run


def _finish(raw: str, source: str, target: str, entries: list[GlossaryEntry]) -> str:
    text = clean_output(raw)
    if target == "en" and has_chinese(text):
        text = substitute_terms(text, source, target, entries)
    return text


def _join_paragraphs(paragraphs: dict[int, list[str]], target: str) -> str:
    return "\n\n".join(joiner(target).join(p for p in parts if p) for _, parts in sorted(paragraphs.items()))


def source_language(target: str) -> str:
    """The other language of the pair; an unknown target is the caller's mistake."""
    if target not in LANGUAGE_NAMES:
        raise InputError(f"unknown target language {target!r}: use 'zh' or 'en'")
    return "zh" if target == "en" else "en"


def fill_result(result: CheckedTranslation, run: TranslationRun, source_text: str, started: float) -> None:
    """Check the translation in `result` against `source_text` and record the run's findings and timings."""
    hits = list(run.hits.values())
    check = check_translation(source_text, result.translation, result.target_language, hits)
    result.glossary = hits
    result.glossary_missing = check.glossary_missing
    result.missing_terms, result.missing_numbers = check.missing_terms, check.missing_numbers
    result.language_ok, result.untranslated = check.language_ok, check.untranslated
    result.chunks, result.prompt_tokens = run.chunks, run.prompt_tokens
    result.error = run.error
    result.complete = run.error is None
    if run.first_token_ms is not None:
        result.timings["first_token_ms"] = run.first_token_ms
    result.timings["total_ms"] = elapsed_ms(started)


def stream_run(segments: list[str], source: str, target: str, llm: ChatModel, prompts_dir: Path, chunk_tokens: int,
               started: float) -> Generator[Event, None, TranslationRun]:
    """The loop's pieces as `token` events; returns the run."""
    return (yield from token_events(_translate_segments(
        segments, source=source, target=target, llm=llm, prompts_dir=Path(prompts_dir), chunk_tokens=chunk_tokens,
        started=started)))


def stream_translation(text: str, *, target: Language, llm: ChatModel, prompts_dir: Path,
                       cache: LLMReplyCache | None = None, cache_key: str | None = None,
                       chunk_tokens: int = DEFAULT_CHUNK_TOKENS) -> Iterator[Event]:
    """Yield `token` events (raw translated pieces) then one `translation` event with the checked result.

    `cache` + `cache_key` make repeated translations of the same text free (keyed by text hash, direction,
    model and prompt/glossary version). Text already in the target language is returned unchanged."""
    started = time.perf_counter()
    source = source_language(target)
    *_, version = prompt_set(prompts_dir)
    result = Translation(source_language=source, target_language=target, original=text, model=llm.name,
                         prompt_version=version)
    if not text.strip() or detect_language(text) == target:
        result.translation = text
        yield Event("translation", result)
        return
    key = (f"text:{cache_key}", f"{source}-{target}", llm.name, version) if cache_key else None
    fingerprint = hashlib.sha256(text.encode()).hexdigest()[:16]
    if cache is not None and key:
        payload = cache.get(key, fingerprint)
        if payload:
            hit = Translation.model_validate({**payload, "cached": True})
            yield Event("token", hit.translation)
            yield Event("translation", hit)
            return
    run = yield from stream_run([text], source, target, llm, prompts_dir, chunk_tokens, started)
    result.translation = run.outputs[0] if run.outputs else ""
    fill_result(result, run, "\n".join(sanitize(p) for p in text.split("\n")), started)
    if cache is not None and key and result.complete:
        cache.put(key, fingerprint, result.model_dump(exclude={"cached", "timings"}), field="text",
                  direction=f"{source}-{target}")
    yield Event("translation", result)


def translate_text(text: str, *, target: Language, llm: ChatModel, prompts_dir: Path,
                   cache: LLMReplyCache | None = None, cache_key: str | None = None,
                   chunk_tokens: int = DEFAULT_CHUNK_TOKENS) -> Translation:
    """Non-streaming `stream_translation`."""
    return final_event(stream_translation(text, target=target, llm=llm, prompts_dir=prompts_dir, cache=cache,
                                          cache_key=cache_key, chunk_tokens=chunk_tokens), "translation", Translation)
