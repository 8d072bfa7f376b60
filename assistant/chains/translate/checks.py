"""What a translation (or a summary) may not lose: numbers compared by value, Latin terms kept verbatim."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from assistant.chains.translate.glossary import GlossaryHit, term_occurs
from assistant.citations import CITATION_RE, NUMBER_RE, number_supported, parse_numbers
from assistant.lang import EN_NUMBER_WORDS, detect_language, zh_numeral

# ---------------------------------------------------------------- terms
TERM_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[-.@/+_][A-Za-z0-9]+)*")


def is_term(token: str) -> bool:
    """A Latin acronym or name: >= 2 capitals or letters with digits."""
    return token[:1].isalpha() and (sum(c.isupper() for c in token) >= 2 or any(c.isdigit() for c in token))


def extract_terms(text: str) -> list[str]:
    """Latin acronyms and model/dataset names: >= 2 capitals (BERT, HarmonRank) or letters with digits
    (GPT-4o, Qwen2.5, MSLR-WEB30K). Plain words and numbers with units (8.2s, 22M) are not terms; of a
    hyphenated compound only the term-like parts count unless all are (LLM-Generated -> LLM)."""
    out: list[str] = []
    for match in TERM_RE.finditer(text):
        token = match.group(0)
        parts = token.split("-")
        if len(parts) > 1 and not all(is_term(p) or (p[:1].isdigit() and p[-1:].isalpha()) for p in parts):
            candidates = [p for p in parts if is_term(p)]
        else:
            candidates = [token] if is_term(token) else []
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


def initials_match(acronym: str, text: str) -> bool:
    """SOTA <- state-of-the-art, CTR <- click-through rate: the acronym spelled out in `text`."""
    letters = normalize_term(acronym).lower()
    if not letters.isalpha() or len(letters) < 2:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    n = len(letters)
    return any("".join(w[0] for w in words[i:i + n]) == letters for i in range(len(words) - n + 1))


# ---------------------------------------------------------------- numbers
_UNIT_NUMBER_RE = re.compile(r"(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)(?:s|ms|h|min|fps|px|GB|MB|TB|KB|GPUs?)(?![A-Za-z0-9])")
_ENUM_RE = re.compile(r"(?:^|(?<=[\s:：;；,，。]))[(（]?(\d{1,2})\s*(?:[)）、]|\.(?=\s|[\u4e00-\u9fff]))"
                      r"|[(（](\d{1,2})[)）]")
_EN_NUMBER_RE = re.compile(r"\b(" + "|".join(EN_NUMBER_WORDS) + r")\b", re.IGNORECASE)
_ZH_NUMBER_RE = re.compile(r"([一二两三四五六七八九]?十[一二三四五六七八九]?|[零一二两三四五六七八九])"
                           r"(?=[个条种项篇次倍层类步位名维轮组份大阶])")
_ZH_SCALED_RE = re.compile(r"(?<![A-Za-z0-9_.\-])(\d+(?:\.\d+)?)\s?(千万|百万|万|亿)")
_EN_SCALED_RE = re.compile(r"(?<![A-Za-z0-9_.\-])(\d+(?:,\d{3})*(?:\.\d+)?)\s*(thousand|million|billion|trillion)\b",
                           re.IGNORECASE)
_SCALES = {"万": 1e4, "百万": 1e6, "千万": 1e7, "亿": 1e8, "thousand": 1e3, "million": 1e6, "billion": 1e9,
           "trillion": 1e12}


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
    out += [(m.group(1), EN_NUMBER_WORDS[m.group(1).lower()], EN_NUMBER_WORDS[m.group(1).lower()])
            for m in _EN_NUMBER_RE.finditer(text)]
    out += [(m.group(1), float(zh_numeral(m.group(1))), float(zh_numeral(m.group(1))))
            for m in _ZH_NUMBER_RE.finditer(text)]
    out += [(m.group(0), float(m.group(1)), float(m.group(1)) * _SCALES[m.group(2)])  # "4亿DAU" (see above)
            for m in _ZH_SCALED_RE.finditer(text)]
    return out


# ---------------------------------------------------------------- the check
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
