"""Cutting text into sentence-aligned chunks that fit a token budget, and cleaning what the model sends back."""

from __future__ import annotations

import re

from assistant.chains.sources import sanitize
from assistant.lang import CJK_RE
from assistant.llm import count_tokens

# ~240 cl100k tokens of source per request: with a 2x output allowance this stays well inside the bundled
# model's 4k context and gives the first translated sentence within a few seconds on 2 cores.
DEFAULT_CHUNK_TOKENS = 240

_SENTENCE_END_RE = re.compile(r"(?<=[。！？!?])|(?<=\.)(?=\s)")
_CLAUSE_END_RE = re.compile(r"(?<=[，,；;：:])")
_PREFIX_RE = re.compile(r"^\s*(?:translation|translated text|english|chinese|译文|翻译|中文|英文)\s*[:：]\s*",
                        re.IGNORECASE)


def joiner(language: str) -> str:
    """What joins two sentences of one paragraph in `language`."""
    return "" if language == "zh" else " "


def _glue(left: str, right: str) -> str:
    """Join two sentences: no space next to Chinese text, one space between Latin sentences."""
    if not left:
        return right
    cjk_edge = CJK_RE.match(right[:1]) or re.search(r"[\u3000-\u303f\uff00-\uffef\u3400-\u9fff]$", left)
    return f"{left}{'' if cjk_edge else ' '}{right}"


def hard_split(text: str, budget: int) -> list[str]:
    """Last resort: cut `text` into pieces of at most `budget` tokens, each the longest such prefix of what is
    left (cut between characters, so no character is split across pieces)."""
    pieces = []
    while text:
        # the longest prefix within the budget, at least one character (a token rarely spans 16 characters,
        # so looking further is wasted work on a long text)
        low, high = 1, min(len(text), 16 * max(1, budget))
        while low < high:
            mid = (low + high + 1) // 2
            if count_tokens(text[:mid]) <= budget:
                low = mid
            else:
                high = mid - 1
        pieces.append(text[:low])
        text = text[low:]
    return pieces


def _fit(sentence: str, budget: int) -> list[str]:
    """A sentence longer than the budget is cut at clauses, then (last resort) by `hard_split`."""
    if count_tokens(sentence) <= budget:
        return [sentence]
    out: list[str] = []
    current = ""
    for clause in (c for c in _CLAUSE_END_RE.split(sentence) if c):
        if count_tokens(clause) > budget:
            if current:
                out.append(current)
                current = ""
            out += hard_split(clause, budget)
        elif count_tokens(current + clause) <= budget:
            current += clause
        else:
            out.append(current)
            current = clause
    if current:
        out.append(current)
    return [s.strip() for s in out if s.strip()]


def split_for_translation(text: str, budget: int = DEFAULT_CHUNK_TOKENS) -> list[tuple[int, str]]:
    """(paragraph index, chunk) pairs: paragraphs (lines) are sanitized, cut at sentence ends (。！？.!?)
    and packed greedily into chunks of at most `budget` tokens."""
    chunks: list[tuple[int, str]] = []
    for para_index, paragraph in enumerate(p for p in re.split(r"\n+", text) if p.strip()):
        clean = sanitize(paragraph)
        if not clean:
            continue
        current = ""
        for sentence in (s.strip() for s in _SENTENCE_END_RE.split(clean) if s.strip()):
            for piece in _fit(sentence, budget):
                candidate = _glue(current, piece)
                if current and count_tokens(candidate) > budget:
                    chunks.append((para_index, current))
                    current = piece
                else:
                    current = candidate
        if current:
            chunks.append((para_index, current))
    return chunks


def clean_output(raw: str) -> str:
    """Strip what small models wrap around a translation: delimiters, fences, 'Translation:' and notes."""
    text = re.sub(r"</?\s*text\s*>", "", raw)
    text = re.sub(r"^\s*```\w*\s*|\s*```\s*$", "", text)
    text = _PREFIX_RE.sub("", text.strip())
    text = re.split(r"\n\s*(?:\(?\s*note\b|注[:：]|（注|说明[:：])", text, maxsplit=1, flags=re.IGNORECASE)[0]
    return text.strip().strip('"“”').strip()
