"""zh⇄en translation of paper text, checked by the app rather than trusted, plus a model-free consistency check.

Why the checks: a small model drops or rewrites numbers and model names and ignores domain terms. Every
translation therefore comes back with what it lost: numbers (compared by value, so 4亿 = 400 million),
Latin acronyms/model names (GPT-4o, Qwen2.5, MSLR-WEB30K) and glossary terms whose counterpart is missing.
Long text is cut at sentence boundaries into chunks that fit a token budget and translated chunk by chunk,
so every prompt fits the model and the user sees text early. Paper text is untrusted: it is sanitized and
delimited, and the system prompt tells the model it is data. Translations of stored papers are cached in
the store (`TranslationCache`) and reused until the paper, the model, the prompt or the glossary changes.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.chains.answer import Event, final_event
from assistant.chains.sources import sanitize
from assistant.chunking import ZH_LABELS
from assistant.citations import CITATION_RE, NUMBER_RE, number_supported, parse_numbers, split_sentences
from assistant.errors import InputError, LLMUnavailable
from assistant.lang import CJK_RE, detect_language
from assistant.llm import ChatModel, count_tokens
from assistant.prompts import Prompt, load
from assistant.settings import PROJECT_ROOT
from assistant.translation_cache import TranslationCache
from assistant.types import SUMMARY_FIELDS, Paper

logger = logging.getLogger(__name__)

Language = Literal["zh", "en"]
LANGUAGE_NAMES = {"zh": "Simplified Chinese (简体中文)", "en": "English"}
EN_LABELS = {"tldr": "TL;DR", "motivation": "Motivation", "method": "Method", "result": "Result",
             "conclusion": "Conclusion"}
# ~240 cl100k tokens of source per request: with a 2x output allowance this stays well inside the bundled
# model's 4k context and gives the first translated sentence within a few seconds on 2 cores.
DEFAULT_CHUNK_TOKENS = 240
MAX_OUTPUT_TOKENS = 1024
# Bump when the text sent to the model changes outside the templates (protect_numbers, substitute_terms):
# it is part of the prompt version, so cached translations made the old way are not reused.
PIPELINE_VERSION = "1"


# ---------------------------------------------------------------- glossary
class GlossaryEntry(BaseModel):
    """One zh⇄en pair; each side may list alternatives (the first is the preferred translation)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    zh: tuple[str, ...]
    en: tuple[str, ...]

    def terms(self, language: str) -> tuple[str, ...]:
        return self.zh if language == "zh" else self.en


class GlossaryHit(BaseModel):
    """A glossary entry whose source-side term occurs in the text: what the prompt asked for."""

    model_config = ConfigDict(extra="forbid")

    source: str
    target: str
    accepted: list[str] = Field(default_factory=list, description="every counterpart the check accepts")


@lru_cache(maxsize=8)
def _read_glossary(path: Path, mtime: float) -> tuple[tuple[GlossaryEntry, ...], str]:
    entries = []
    text = path.read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        zh = tuple(t.strip() for t in cols[0].split("|") if t.strip()) if cols else ()
        en = tuple(t.strip() for t in cols[1].split("|") if t.strip()) if len(cols) > 1 else ()
        if not zh or not en:
            logger.warning("%s:%d: expected 'Chinese<TAB>English'; line ignored", path, number)
            continue
        entries.append(GlossaryEntry(zh=zh, en=en))
    return tuple(entries), hashlib.sha256(text.encode()).hexdigest()[:8]


def load_glossary(prompts_dir: Path) -> tuple[list[GlossaryEntry], str]:
    """(entries, version) from `<prompts_dir>/glossary.tsv`; no file means no glossary (version '0')."""
    path = Path(prompts_dir) / "glossary.tsv"
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return [], "0"
    entries, version = _read_glossary(path, mtime)
    return list(entries), version


@lru_cache(maxsize=4096)
def _term_re(term: str) -> re.Pattern:
    if CJK_RE.search(term):
        return re.compile(re.escape(term))
    # "recommender system" also matches "recommender-systems"; acronyms match case-sensitively
    body = r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", term.strip()))
    flags = 0 if sum(c.isupper() for c in term) >= 2 else re.IGNORECASE
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?:e?s)?(?![A-Za-z0-9])", flags)


def term_occurs(term: str, text: str) -> bool:
    return bool(term) and bool(_term_re(term).search(text))


def select_glossary(text: str, source: str, target: str, entries: list[GlossaryEntry]) -> list[GlossaryHit]:
    """The entries whose source-side term occurs in `text` (a term kept verbatim, e.g. RAG, needs no entry)."""
    hits = []
    for entry in entries:
        targets = entry.terms(target)
        for term in entry.terms(source):
            if term in targets:
                continue
            if term_occurs(term, text):
                hits.append(GlossaryHit(source=term, target=targets[0], accepted=list(targets)))
                break
    return hits


def substitute_terms(text: str, source: str, target: str, entries: list[GlossaryEntry]) -> str:
    """Replace source-language glossary terms in `text` by their preferred counterpart, longest first
    (重排序 before 排序), so a model only has to copy them.

    Used (1) on Chinese source text before an English translation: measured on the bundled 1.5B model,
    a glossary line in the prompt did not stop 排序 -> 'sorting' or 快手 staying in Chinese, while a term
    already written in English is copied; Chinese terms in the list are specific enough to replace
    blindly, English single words (recall, agent) are not, so English sources are left alone; and
    (2) on an English translation, for Chinese terms the model left untranslated."""
    pairs = sorted(((alt, entry.terms(target)[0]) for entry in entries for alt in entry.terms(source)
                    if alt not in entry.terms(target) and CJK_RE.search(alt)), key=lambda p: -len(p[0]))
    for alt, replacement in pairs:
        if alt in text:
            text = re.sub(rf"\s*{re.escape(alt)}\s*", f" {replacement} ", text)
    text = re.sub(r" ?([。，！？；：、）」”]) ?", r"\1", re.sub(r"([（「“]) ", r"\1", text))
    return re.sub(r" {2,}", " ", text).strip()


def glossary_block(hits: list[GlossaryHit]) -> str:
    return "; ".join(f"{h.source} = {h.target}" for h in hits) if hits else "none"


# ---------------------------------------------------------------- terms and numbers
TERM_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[-.@/+_][A-Za-z0-9]+)*")
_UNIT_NUMBER_RE = re.compile(r"(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)(?:s|ms|h|min|fps|px|GB|MB|TB|KB|GPUs?)(?![A-Za-z0-9])")
_ENUM_RE = re.compile(r"(?:^|(?<=[\s:：;；,，。]))[(（]?(\d{1,2})\s*(?:[)）、]|\.(?=\s|[\u4e00-\u9fff]))"
                      r"|[(（](\d{1,2})[)）]")
_EN_NUMBER_WORDS = {w: float(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_EN_NUMBER_WORDS.update({"thirty": 30.0, "forty": 40.0, "fifty": 50.0, "hundred": 100.0, "thousand": 1e3,
                         "twice": 2.0, "double": 2.0, "half": 0.5, "dozen": 12.0})
_EN_NUMBER_RE = re.compile(r"\b(" + "|".join(_EN_NUMBER_WORDS) + r")\b", re.IGNORECASE)
_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_NUMBER_RE = re.compile(r"([一二两三四五六七八九]?十[一二三四五六七八九]?|[零一二两三四五六七八九])"
                           r"(?=[个条种项篇次倍层类步位名维轮组份大阶])")


def _is_term(token: str) -> bool:
    return token[:1].isalpha() and (sum(c.isupper() for c in token) >= 2 or any(c.isdigit() for c in token))


def extract_terms(text: str) -> list[str]:
    """Latin acronyms and model/dataset names: >= 2 capitals (BERT, HarmonRank) or letters with digits
    (GPT-4o, Qwen2.5, MSLR-WEB30K). Plain words and numbers with units (8.2s, 22M) are not terms; of a
    hyphenated compound only the term-like parts count unless all are (LLM-Generated -> LLM)."""
    out: list[str] = []
    for match in TERM_RE.finditer(text):
        token = match.group(0)
        parts = token.split("-")
        if len(parts) > 1 and not all(_is_term(p) or (p[:1].isdigit() and p[-1:].isalpha()) for p in parts):
            candidates = [p for p in parts if _is_term(p)]
        else:
            candidates = [token] if _is_term(token) else []
        for term in candidates:
            if term not in out:
                out.append(term)
    return out


def normalize_term(term: str) -> str:
    """LLMs -> LLM, RSes -> RS, MoEs -> MoE: a plural is the same term."""
    return re.sub(r"(?<=[A-Z])(?:es|s)$", "", term)


def term_present(term: str, text: str) -> bool:
    norm = normalize_term(term)
    return bool(re.search(rf"(?<![A-Za-z0-9]){re.escape(norm)}", text, re.IGNORECASE))


def _initials_match(acronym: str, text: str) -> bool:
    """SOTA <- state-of-the-art, CTR <- click-through rate: the acronym spelled out in `text`."""
    letters = normalize_term(acronym).lower()
    if not letters.isalpha() or len(letters) < 2:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    n = len(letters)
    return any("".join(w[0] for w in words[i:i + n]) == letters for i in range(len(words) - n + 1))


def numbers_to_check(text: str) -> list[tuple[str, float, float]]:
    """Numbers a faithful rendering must keep: parse_numbers plus numbers with units (8.2s), minus list
    markers like 1) 2) （1） that a translation may legitimately render as 'first', 'second'."""
    text = _ENUM_RE.sub(lambda m: " " * len(m.group(0)), CITATION_RE.sub(" ", text))
    # like parse_numbers, but the first element is the number as written, unit included ("4亿", "3.1%")
    out = []
    for match in NUMBER_RE.finditer(text):
        parsed = parse_numbers(match.group(0))
        if not parsed:
            continue
        _, value, scaled = parsed[0]
        end = match.end() + (1 if text[match.end():match.end() + 1] == "%" else 0)
        unit = re.match(r"\s?(千万|百万|万|亿)", text[match.end():])
        if scaled == value and unit:  # parse_numbers reads "4亿DAU" as 4: a Latin letter follows the unit
            scaled, end = value * _SCALES[unit.group(1)], match.end() + unit.end()
        out.append((text[match.start():end].strip(), value, scaled))
    return out + [(m.group(0), float(m.group(1)), float(m.group(1))) for m in _UNIT_NUMBER_RE.finditer(text)]


def _zh_numeral(word: str) -> float:
    if "十" not in word:
        return float(_ZH_DIGITS[word])
    tens, _, ones = word.partition("十")
    return float(_ZH_DIGITS.get(tens, 1) * 10 + _ZH_DIGITS.get(ones, 0))


_ZH_SCALED_RE = re.compile(r"(?<![A-Za-z0-9_.\-])(\d+(?:\.\d+)?)\s?(千万|百万|万|亿)")
_EN_SCALED_RE = re.compile(r"(?<![A-Za-z0-9_.\-])(\d+(?:,\d{3})*(?:\.\d+)?)\s*(thousand|million|billion|trillion)\b",
                           re.IGNORECASE)
_SCALES = {"万": 1e4, "百万": 1e6, "千万": 1e7, "亿": 1e8, "thousand": 1e3, "million": 1e6, "billion": 1e9,
           "trillion": 1e12}


def _english_amount(value: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if value >= scale:
            return f"{value / scale:g} {word}"
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"


def _chinese_amount(value: float) -> str:
    for scale, word in ((1e8, "亿"), (1e4, "万")):
        if value >= scale:
            return f"{value / scale:g}{word}"
    return f"{value:g}"


def protect_numbers(text: str, target: str) -> str:
    """Write scaled numbers the way the target language does before the model sees them, so it only has
    to copy: measured on the bundled 1.5B model, 4亿 came back as '4 billion' and 400 million as '400万'.
    (4亿 -> 400 million for English, 1.2 billion -> 12亿 for Chinese; values are unchanged.)"""
    if target == "en":
        return _ZH_SCALED_RE.sub(lambda m: f" {_english_amount(float(m.group(1)) * _SCALES[m.group(2)])} ", text)
    return _EN_SCALED_RE.sub(
        lambda m: _chinese_amount(float(m.group(1).replace(",", "")) * _SCALES[m.group(2).lower()]), text)


def number_evidence(text: str) -> list[tuple[str, float, float]]:
    """Everything in `text` that can support a number: digits (with units and scales), and small numbers
    written as words ('ten suggestions', '两个问题'), which translations and summaries use freely."""
    out = parse_numbers(text) + [(m.group(1), float(m.group(1)), float(m.group(1)))
                                 for m in _UNIT_NUMBER_RE.finditer(text)]
    out += [(m.group(1), _EN_NUMBER_WORDS[m.group(1).lower()], _EN_NUMBER_WORDS[m.group(1).lower()])
            for m in _EN_NUMBER_RE.finditer(text)]
    out += [(m.group(1), _zh_numeral(m.group(1)), _zh_numeral(m.group(1))) for m in _ZH_NUMBER_RE.finditer(text)]
    out += [(m.group(0), float(m.group(1)), float(m.group(1)) * _SCALES[m.group(2)])  # "4亿DAU" (see above)
            for m in _ZH_SCALED_RE.finditer(text)]
    return out


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


class TranslationCheck(BaseModel):
    """What a translation lost. Empty lists mean every number, term and glossary counterpart survived."""

    model_config = ConfigDict(extra="forbid")

    missing_terms: list[str] = Field(default_factory=list)
    missing_numbers: list[str] = Field(default_factory=list)
    glossary_missing: list[GlossaryHit] = Field(default_factory=list)
    untranslated: list[str] = Field(default_factory=list, description="Chinese left in an English translation")
    language_ok: bool = True


def check_translation(source_text: str, translated: str, target: str,
                      glossary: list[GlossaryHit] | None = None) -> TranslationCheck:
    """Compare a translation against its source: numbers by value, terms verbatim, glossary counterparts."""
    evidence = number_evidence(translated)
    missing_numbers = [raw for raw, *rest in numbers_to_check(source_text)
                       if not number_supported((raw, *rest), evidence)]
    missing_terms = [t for t in extract_terms(source_text) if not term_present(t, translated)]
    glossary_missing = [h for h in glossary or [] if not any(term_occurs(a, translated) for a in h.accepted)]
    language_ok = not translated.strip() or detect_language(translated) == target
    untranslated = re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]+", translated) if target == "en" else []
    return TranslationCheck(missing_terms=_dedupe(missing_terms), missing_numbers=_dedupe(missing_numbers),
                            glossary_missing=glossary_missing, untranslated=_dedupe(untranslated),
                            language_ok=language_ok)


# ---------------------------------------------------------------- chunking
_SENTENCE_END_RE = re.compile(r"(?<=[。！？!?])|(?<=\.)(?=\s)")
_CLAUSE_END_RE = re.compile(r"(?<=[，,；;：:])")


def _joiner(language: str) -> str:
    return "" if language == "zh" else " "


def _glue(left: str, right: str) -> str:
    """Join two sentences: no space next to Chinese text, one space between Latin sentences."""
    if not left:
        return right
    cjk_edge = CJK_RE.match(right[:1]) or re.search(r"[\u3000-\u303f\uff00-\uffef\u3400-\u9fff]$", left)
    return f"{left}{'' if cjk_edge else ' '}{right}"


def _hard_split(text: str, budget: int) -> list[str]:
    from assistant.llm import _encoding

    tokens = _encoding().encode(text, disallowed_special=())
    return [_encoding().decode(tokens[i:i + budget]) for i in range(0, len(tokens), budget)]


def _fit(sentence: str, budget: int) -> list[str]:
    """A sentence longer than the budget is cut at clauses, then (last resort) at token boundaries."""
    if count_tokens(sentence) <= budget:
        return [sentence]
    out: list[str] = []
    current = ""
    for clause in (c for c in _CLAUSE_END_RE.split(sentence) if c):
        if count_tokens(clause) > budget:
            if current:
                out.append(current)
                current = ""
            out += _hard_split(clause, budget)
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


_PREFIX_RE = re.compile(r"^\s*(?:translation|translated text|english|chinese|译文|翻译|中文|英文)\s*[:：]\s*",
                        re.IGNORECASE)


def clean_output(raw: str) -> str:
    """Strip what small models wrap around a translation: delimiters, fences, 'Translation:' and notes."""
    text = re.sub(r"</?\s*text\s*>", "", raw)
    text = re.sub(r"^\s*```\w*\s*|\s*```\s*$", "", text)
    text = _PREFIX_RE.sub("", text.strip())
    text = re.split(r"\n\s*(?:\(?\s*note\b|注[:：]|（注|说明[:：])", text, maxsplit=1, flags=re.IGNORECASE)[0]
    return text.strip().strip('"“”').strip()


# ---------------------------------------------------------------- results
class _Checked(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source_language: str
    target_language: str
    original: str
    translation: str = ""
    chunks: int = 0
    glossary: list[GlossaryHit] = Field(default_factory=list, description="glossary entries put in the prompt")
    glossary_missing: list[GlossaryHit] = Field(default_factory=list)
    missing_terms: list[str] = Field(default_factory=list)
    missing_numbers: list[str] = Field(default_factory=list)
    untranslated: list[str] = Field(default_factory=list, description="Chinese left in an English translation")
    language_ok: bool = True
    cached: bool = False
    complete: bool = True
    error: str | None = None
    model: str = ""
    prompt_version: str = ""
    prompt_tokens: int = 0
    timings: dict[str, float] = Field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Complete, in the right language, and nothing lost."""
        return (self.complete and self.language_ok and not self.missing_numbers and not self.missing_terms
                and not self.glossary_missing and not self.untranslated)


class Translation(_Checked):
    """A translated text with the checks' findings; what `translate --json` prints."""


class TranslatedSection(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    label_original: str
    label_translation: str
    original: str
    translation: str = ""


class PaperTranslation(_Checked):
    """A paper field translated, section by section, original and translation side by side."""

    arxiv_id: str
    title: str
    url: str
    field: Literal["summary", "abstract"]
    direction: str
    content_hash: str
    sections: list[TranslatedSection] = Field(default_factory=list)

    def side_by_side_markdown(self) -> str:
        """A two-column table (original | translation), one row per section."""
        def esc(text: str) -> str:
            return text.replace("|", "\\|").replace("\n", "<br>")

        head = ("中文", "English") if self.source_language == "zh" else ("English", "中文")
        lines = [f"**[{esc(self.title)}]({self.url})**", "", f"| {head[0]} | {head[1]} |", "|---|---|"]
        for s in self.sections:
            lines.append(f"| **{s.label_original}** {esc(s.original)} | **{s.label_translation}** "
                         f"{esc(s.translation) or '—'} |")
        return "\n".join(lines)


# ---------------------------------------------------------------- the translation loop
@dataclass
class _Run:
    outputs: list[str] = dataclass_field(default_factory=list)
    hits: dict[str, GlossaryHit] = dataclass_field(default_factory=dict)
    chunks: int = 0
    prompt_tokens: int = 0
    error: str | None = None
    first_token_ms: float | None = None


def _prompts(prompts_dir: Path) -> tuple[Prompt, Prompt, list[GlossaryEntry], str]:
    system = load("translate.system", Path(prompts_dir))
    user = load("translate.user", Path(prompts_dir))
    entries, glossary_version = load_glossary(Path(prompts_dir))
    return system, user, entries, f"{system.version}+{user.version}+g{glossary_version}+p{PIPELINE_VERSION}"


def _translate_segments(segments: list[str], *, source: str, target: str, llm: ChatModel, prompts_dir: Path,
                        chunk_tokens: int, started: float) -> Generator[str, None, _Run]:
    """Translate each segment chunk by chunk, yielding raw pieces (and separators); returns the outputs.
    On an LLM failure the run stops with `error` set and the partial outputs kept."""
    system, user, entries, _ = _prompts(prompts_dir)
    run = _Run()
    for segment in segments:
        paragraphs: dict[int, list[str]] = {}
        last_para: int | None = None
        for para, chunk in split_for_translation(segment, chunk_tokens):
            if last_para is not None:
                yield "\n\n" if para != last_para else _joiner(target)
            last_para = para
            hits = select_glossary(chunk, source, target, entries)
            for hit in hits:
                run.hits.setdefault(hit.source, hit)
            prompt_text = protect_numbers(chunk, target)
            if source == "zh":
                prompt_text = substitute_terms(prompt_text, source, target, entries)
            messages = [{"role": "system", "content": system.template},
                        {"role": "user", "content": user.format(
                            text=prompt_text, source_language=LANGUAGE_NAMES[source],
                            target_language=LANGUAGE_NAMES[target], glossary=glossary_block(hits))}]
            run.prompt_tokens += sum(count_tokens(m["content"]) for m in messages)
            max_tokens = min(MAX_OUTPUT_TOKENS, max(96, 2 * count_tokens(chunk) + 48))
            pieces: list[str] = []
            try:
                for piece in llm.stream(messages, max_tokens=max_tokens):
                    if run.first_token_ms is None:
                        run.first_token_ms = round((time.perf_counter() - started) * 1000, 1)
                    pieces.append(piece)
                    yield piece
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
    if target == "en" and CJK_RE.search(text):
        text = substitute_terms(text, source, target, entries)
    return text


def _join_paragraphs(paragraphs: dict[int, list[str]], target: str) -> str:
    return "\n\n".join(_joiner(target).join(p for p in parts if p) for _, parts in sorted(paragraphs.items()))


def _source_language(target: str) -> str:
    if target not in LANGUAGE_NAMES:
        raise InputError(f"unknown target language {target!r}: use 'zh' or 'en'")
    return "zh" if target == "en" else "en"


def _fill(result: _Checked, run: _Run, source_text: str, started: float) -> None:
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
    result.timings["total_ms"] = round((time.perf_counter() - started) * 1000, 1)


def stream_translation(text: str, *, target: Language, llm: ChatModel, prompts_dir: Path,
                       cache: TranslationCache | None = None, cache_key: str | None = None,
                       chunk_tokens: int = DEFAULT_CHUNK_TOKENS) -> Iterator[Event]:
    """Yield `token` events (raw translated pieces) then one `translation` event with the checked result.

    `cache` + `cache_key` make repeated translations of the same text free (keyed by text hash, direction,
    model and prompt/glossary version). Text already in the target language is returned unchanged."""
    started = time.perf_counter()
    source = _source_language(target)
    *_, version = _prompts(prompts_dir)
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
    run = yield from _stream_run([text], source, target, llm, prompts_dir, chunk_tokens, started)
    result.translation = run.outputs[0] if run.outputs else ""
    _fill(result, run, "\n".join(sanitize(p) for p in text.split("\n")), started)
    if cache is not None and key and result.complete:
        cache.put(key, fingerprint, result.model_dump(exclude={"cached", "timings"}), field="text",
                  direction=f"{source}-{target}")
    yield Event("translation", result)


def _stream_run(segments, source, target, llm, prompts_dir, chunk_tokens, started
                ) -> Generator[Event, None, _Run]:
    gen = _translate_segments(segments, source=source, target=target, llm=llm, prompts_dir=Path(prompts_dir),
                              chunk_tokens=chunk_tokens, started=started)
    while True:
        try:
            piece = next(gen)
        except StopIteration as stop:
            return stop.value
        yield Event("token", piece)


def translate_text(text: str, *, target: Language, llm: ChatModel, prompts_dir: Path,
                   cache: TranslationCache | None = None, cache_key: str | None = None,
                   chunk_tokens: int = DEFAULT_CHUNK_TOKENS) -> Translation:
    """Non-streaming `stream_translation`."""
    return final_event(stream_translation(text, target=target, llm=llm, prompts_dir=prompts_dir, cache=cache,
                                          cache_key=cache_key, chunk_tokens=chunk_tokens), "translation", Translation)


# ---------------------------------------------------------------- papers
def paper_sections(paper: Paper, field: str) -> list[tuple[str, str, str, str]]:
    """(name, original label, translated label, text) for the field to translate."""
    if field == "summary":
        if paper.summary.is_empty():
            raise InputError(f"paper {paper.arxiv_id} has no Chinese summary to translate")
        return [(f, ZH_LABELS[f], EN_LABELS[f], getattr(paper.summary, f)) for f in SUMMARY_FIELDS
                if getattr(paper.summary, f).strip()]
    if field == "abstract":
        if not paper.abstract.strip():
            raise InputError(f"paper {paper.arxiv_id} has no English abstract to translate")
        return [("abstract", "Abstract", "摘要", paper.abstract.strip())]
    raise InputError(f"unknown field {field!r}: use 'summary' or 'abstract'")


def _paper_text(sections: list[TranslatedSection], translated: bool) -> str:
    if len(sections) == 1:
        return sections[0].translation if translated else sections[0].original
    return "\n".join(f"{s.label_translation if translated else s.label_original}: "
                     f"{s.translation if translated else s.original}" for s in sections)


def stream_paper_translation(arxiv_id: str, *, field: Literal["summary", "abstract"], store, llm: ChatModel,
                             prompts_dir: Path, cache: TranslationCache | None = None,
                             chunk_tokens: int = DEFAULT_CHUNK_TOKENS) -> Iterator[Event]:
    """Translate a stored paper's Chinese summary (-> en) or English abstract (-> zh).

    Yields `token` events (Markdown: bold section labels, then the streamed translation) and a final
    `translation` event with a `PaperTranslation`. A fresh cache entry answers without any LLM call."""
    started = time.perf_counter()
    paper = store.get_paper(arxiv_id)
    if paper is None:
        raise InputError(f"paper {arxiv_id} is not in the store")
    source, target = ("zh", "en") if field == "summary" else ("en", "zh")
    spec = paper_sections(paper, field)
    *_, version = _prompts(prompts_dir)
    direction = f"{source}-{target}"
    key = TranslationCache.paper_key(paper.arxiv_id, field, direction, llm.name, version)
    content_hash = paper.content_hash()
    if cache is not None:
        payload = cache.get(key, content_hash)
        if payload:
            hit = PaperTranslation.model_validate({**payload, "cached": True,
                                                   "timings": {"total_ms": round((time.perf_counter() - started)
                                                                                 * 1000, 1)}})
            logger.info("translation of %s/%s served from the cache", arxiv_id, field)
            yield Event("token", _paper_text(hit.sections, True) if len(hit.sections) == 1 else
                        "\n\n".join(f"**{s.label_translation}:** {s.translation}" for s in hit.sections))
            yield Event("translation", hit)
            return
    sections = [TranslatedSection(name=n, label_original=lo, label_translation=lt, original=text)
                for n, lo, lt, text in spec]
    result = PaperTranslation(arxiv_id=paper.arxiv_id, title=paper.title, url=paper.url, field=field,
                              direction=direction, content_hash=content_hash, source_language=source,
                              target_language=target, original=_paper_text(sections, False), model=llm.name,
                              prompt_version=version, sections=sections)
    total = _Run()
    for index, section in enumerate(sections):
        if len(sections) > 1:
            gap = "\n\n" if index else ""
            yield Event("token", f"{gap}**{section.label_translation}:** ")
        run = yield from _stream_run([section.original], source, target, llm, prompts_dir, chunk_tokens, started)
        section.translation = run.outputs[0] if run.outputs else ""
        total.hits.update({k: v for k, v in run.hits.items() if k not in total.hits})
        total.chunks += run.chunks
        total.prompt_tokens += run.prompt_tokens
        total.first_token_ms = total.first_token_ms if total.first_token_ms is not None else run.first_token_ms
        if run.error:
            total.error = run.error
            break
    result.translation = _paper_text(sections, True)
    source_text = "\n".join(sanitize(s.original) for s in sections)
    _fill(result, total, source_text, started)
    if cache is not None and result.complete:
        cache.put(key, content_hash, result.model_dump(exclude={"cached", "timings"}), arxiv_id=paper.arxiv_id,
                  field=field, direction=direction, model=llm.name, prompt_version=version)
    yield Event("translation", result)


def translate_paper(arxiv_id: str, *, field: Literal["summary", "abstract"], store, llm: ChatModel,
                    prompts_dir: Path, cache: TranslationCache | None = None,
                    chunk_tokens: int = DEFAULT_CHUNK_TOKENS) -> PaperTranslation:
    """Non-streaming `stream_paper_translation`."""
    return final_event(stream_paper_translation(arxiv_id, field=field, store=store, llm=llm,
                                                prompts_dir=prompts_dir, cache=cache, chunk_tokens=chunk_tokens),
                       "translation", PaperTranslation)


# ---------------------------------------------------------------- consistency (no LLM)
class ConsistencyIssue(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["number", "term", "omitted_term"]
    value: str
    field: str = Field(description="summary field the sentence is in ('abstract' for omitted terms)")
    sentence: str
    detail: str


class ConsistencyReport(BaseModel):
    """Does the stored Chinese summary say only what the English abstract supports?"""

    model_config = ConfigDict(extra="forbid")

    arxiv_id: str
    ok: bool = True
    issues: list[ConsistencyIssue] = Field(default_factory=list,
                                           description="numbers/terms in the summary the abstract does not support")
    omitted: list[ConsistencyIssue] = Field(default_factory=list,
                                            description="key terms of the title/abstract the summary never names")
    numbers_checked: int = 0
    terms_checked: int = 0
    skipped: str | None = None


def _first_sentence_with(text: str, needle: str) -> str:
    for sentence in split_sentences(text):
        if needle.lower() in sentence.lower():
            return sentence
    return text[:200]


def check_consistency(paper: Paper, *, prompts_dir: Path | None = None) -> ConsistencyReport:
    """Compare the Chinese summary with the English abstract without a model.

    Flags numbers in the summary that the abstract/title do not contain (by value: 12亿 = 1.2 billion),
    Latin acronyms/names in the summary that the abstract never mentions (spelled-out forms such as
    state-of-the-art for SOTA count), and, as information, key terms of the title/abstract (named in the
    title or repeated in the abstract) that the summary omits."""
    report = ConsistencyReport(arxiv_id=paper.arxiv_id)
    if paper.summary.is_empty() or not paper.abstract.strip():
        report.skipped = "the paper needs both a Chinese summary and an English abstract"
        return report
    english = "\n".join([paper.title, paper.abstract, paper.comment, " ".join(paper.keywords)])
    evidence = number_evidence(english)
    entries, _ = load_glossary(prompts_dir or PROJECT_ROOT / "prompts")
    summary_all = "\n".join(getattr(paper.summary, f) for f in SUMMARY_FIELDS)
    for name in SUMMARY_FIELDS:
        text = getattr(paper.summary, name)
        if not text.strip():
            continue
        for sentence in split_sentences(text) or [text]:
            for raw, value, scaled in numbers_to_check(sentence):
                report.numbers_checked += 1
                if not number_supported((raw, value, scaled), evidence):
                    report.issues.append(ConsistencyIssue(
                        kind="number", value=raw, field=name, sentence=sentence,
                        detail=f"{raw} does not occur in the abstract (compared by value)"))
            for term in extract_terms(sentence):
                report.terms_checked += 1
                if not (term_present(term, english) or _initials_match(term, english)):
                    report.issues.append(ConsistencyIssue(
                        kind="term", value=term, field=name, sentence=sentence,
                        detail=f"{term} is not mentioned in the abstract or title"))
    abstract_terms = extract_terms(paper.abstract)
    counts = {t: len(re.findall(rf"(?<![A-Za-z0-9]){re.escape(normalize_term(t))}", paper.abstract))
              for t in abstract_terms}
    # Key terms: the paper's short name ("GCRank: ..."), acronyms in the title, terms the abstract repeats.
    # Title-case words (Cross-Domain, MultiModal) are not terms, so camel-case title words are skipped.
    head = paper.title.split(":", 1)[0].strip() if ":" in paper.title else ""
    key_terms = ([head] if _is_term(head) and " " not in head else [])
    key_terms += [t for t in extract_terms(paper.title) if t.isupper() or any(c.isdigit() for c in t)]
    key_terms += [t for t in abstract_terms if counts[t] >= 2]
    seen: set[str] = set()
    for term in key_terms:
        norm = normalize_term(term).lower()
        if norm in seen:
            continue
        seen.add(norm)
        if term_present(term, summary_all):
            continue
        spelled = [e for e in entries if any(normalize_term(term) == normalize_term(a) for a in e.en)]
        if any(term_occurs(z, summary_all) for e in spelled for z in e.zh):
            continue
        report.omitted.append(ConsistencyIssue(
            kind="omitted_term", value=term, field="abstract",
            sentence=_first_sentence_with(paper.title if term in paper.title else paper.abstract, term),
            detail=f"{term} is a key term of the paper but the Chinese summary never names it"))
    report.ok = not report.issues
    return report


__all__ = ["ConsistencyIssue", "ConsistencyReport", "GlossaryEntry", "GlossaryHit", "PaperTranslation",
           "TranslatedSection", "Translation", "TranslationCheck", "check_consistency", "check_translation",
           "extract_terms", "load_glossary", "protect_numbers", "select_glossary", "split_for_translation",
           "stream_paper_translation", "stream_translation", "substitute_terms", "translate_paper",
           "translate_text"]
