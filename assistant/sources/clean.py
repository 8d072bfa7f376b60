"""Repairs and checks for the messy text real digests contain (shared by every parser)."""

from __future__ import annotations

import re
import unicodedata
import zlib

from assistant.lang import CJK_RE, cjk_ratio, has_chinese, to_simplified
from assistant.types import SUMMARY_FIELDS, ChineseSummary

# Placeholders the upstream pipeline writes when its LLM call failed.
FAILURE_MARKERS = (
    "error",
    "summary generation failed",
    "motivation analysis unavailable",
    "method extraction failed",
    "result analysis unavailable",
    "conclusion extraction failed",
    "错误：ai分析失败。",
    "错误：ai分析失败",
    "ai分析失败",
    "分析失败",
    "n/a",
    "none",
    "null",
)

_UNICODE_ESCAPE_RE = re.compile(r"\\u([0-9a-fA-F]{4})")
_REPEAT_RE = re.compile(r"(.{2,30}?)\1{4,}", re.DOTALL)
_LATEX_ARG_RE = re.compile(r"\\(?:emph|textbf|textit|texttt|mathrm|mathbf|mathcal|text|textsc|underline)\{([^{}]*)\}")
_LATEX_MACRO_RE = re.compile(r"\\([A-Za-z]+)\b(?!\{)")
_WS_RE = re.compile(r"\s+")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_FIELD_CHARS = 20_000


def _looks_repetitive(text: str) -> bool:
    """Cheap pre-check before the (slow) repetition regex: degenerate text compresses extremely well."""
    if len(text) < 60:
        return False
    raw = text.encode()
    return len(zlib.compress(raw)) < 0.25 * len(raw)


def _strip_latex(text: str) -> tuple[str, bool]:
    """Unwrap formatting macros everywhere; drop the backslash of bare macros outside $math$ (e.g. `\\method`).

    Returns the text and whether a bare macro leaked (worth reporting); math is left as written.
    """
    leaked = False

    def fix(segment: str) -> str:
        nonlocal leaked
        segment = _LATEX_ARG_RE.sub(r"\1", segment)
        fixed = _LATEX_MACRO_RE.sub(lambda m: m.group(1), segment)
        leaked = leaked or fixed != segment
        return fixed

    parts = re.split(r"(\$[^$]*\$)", text)
    return "".join(p if p.startswith("$") and p.endswith("$") and len(p) > 1 else fix(p) for p in parts), leaked


_MATH_SYMBOLS = {"times": "×", "sim": "~", "approx": "≈", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥",
                 "pm": "±", "cdot": "·", "%": "%", "rightarrow": "→", "to": "→"}
_MATH_MACRO_RE = re.compile(r"\\(times|sim|approx|leq|le|geq|ge|pm|cdot|%|rightarrow|to)(?![A-Za-z])")


def plain_math(text: str) -> str:
    """Inline math as a reader (and a small model) reads it: "$d_{\\text{model}}=1024$" -> "d_model=1024",
    "$4.5 \\times 10^{5}\\times$" -> "4.5 × 10^5×", "NDCG@5 $\\approx$ 0.940" -> "NDCG@5 ≈ 0.940"."""
    if "$" not in text and "\\" not in text:
        return text
    text = _LATEX_ARG_RE.sub(r"\1", text)
    text = _MATH_MACRO_RE.sub(lambda m: _MATH_SYMBOLS[m.group(1)], text)
    text = re.sub(r"([_^])\{([^{}]*)\}", r"\1\2", text)
    # "US\$28.31": an escaped dollar is money, not math
    text = text.replace("\\$", "\0").replace("$", "").replace("\0", "$")
    return re.sub(r"[ \t]{2,}", " ", text)


_LATEX_ACCENT_RE = re.compile(r"""\{?\\(["'`^~])\}?\{?([A-Za-z])\}?""")
_ACCENTS = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303"}


def latex_accents(text: str) -> str:
    """Abstracts keep LaTeX accents: T{\\"}ulu, Schr\\"odinger, Pe\\~na -> Tülu, Schrödinger, Peña."""
    if "\\" not in text:
        return text
    return _LATEX_ACCENT_RE.sub(lambda m: unicodedata.normalize("NFC", m.group(2) + _ACCENTS[m.group(1)]), text)


def clean_text(text: object, issues: list[str] | None = None) -> str:
    """Normalise one field: str coercion, literal \\uXXXX escapes, runaway repetition, LaTeX leaks, whitespace."""
    if text is None:
        return ""
    if not isinstance(text, str):
        if isinstance(text, (int, float)):
            text = str(text)
        else:
            if issues is not None:
                issues.append(f"non-text field ({type(text).__name__})")
            return ""
    text = unicodedata.normalize("NFC", _CONTROL_RE.sub("", text))
    if _UNICODE_ESCAPE_RE.search(text):
        text = _UNICODE_ESCAPE_RE.sub(lambda m: chr(int(m.group(1), 16)), text)
        if issues is not None:
            issues.append("literal \\u escapes decoded")
    if _looks_repetitive(text) and _REPEAT_RE.search(text):
        text = _REPEAT_RE.sub(r"\1", text)
        if issues is not None:
            issues.append("runaway repetition collapsed")
    if "\\" in text:
        text, leaked = _strip_latex(text)
        if leaked and issues is not None:
            issues.append("LaTeX macros stripped")
    text = _WS_RE.sub(" ", text)
    if len(text) > MAX_FIELD_CHARS:
        text = text[:MAX_FIELD_CHARS]
        if issues is not None:
            issues.append(f"field truncated to {MAX_FIELD_CHARS} characters")
    return text.strip()


def is_failure_text(text: str) -> bool:
    low = text.strip().lower().rstrip(".。")
    return not low or low in {m.rstrip(".。") for m in FAILURE_MARKERS} or low.startswith("错误：")


def clean_summary(raw: dict[str, object], issues: list[str]) -> tuple[ChineseSummary, bool]:
    """Build the Chinese summary and decide whether it is usable (a real Chinese summary)."""
    fields: dict[str, str] = {}
    for name in SUMMARY_FIELDS:
        value = raw.get(name)
        if name == "tldr" and not value:
            value = raw.get("task")  # early files (up to 2025-04-14) say `task`
        fields[name] = clean_text(value, issues)
    failed = [n for n, v in fields.items() if v and is_failure_text(v)]
    for name in failed:
        fields[name] = ""
    if failed:
        issues.append("AI placeholder text in " + ",".join(failed))
    joined = " ".join(fields.values())
    if joined and has_chinese(joined):
        simplified = {n: to_simplified(v) for n, v in fields.items()}
        if simplified != fields:
            changed = sum(a != b for a, b in zip("".join(fields.values()), "".join(simplified.values())))
            if changed >= 3:
                issues.append("Traditional Chinese converted to Simplified")
            fields = simplified
    summary = ChineseSummary(**fields)
    if summary.is_empty():
        issues.append("no usable Chinese summary")
        return summary, False
    if cjk_ratio(joined) < 0.2:
        issues.append("AI summary is not in Chinese")
        return summary, False
    if not summary.tldr and not summary.method:
        issues.append("AI summary lacks TL;DR and method")
    return summary, True


def split_people(value: object) -> list[str]:
    """Authors arrive as a list or a comma-separated string."""
    if isinstance(value, list):
        return [clean_text(v) for v in value if isinstance(v, str) and v.strip()]
    if isinstance(value, str):
        return [a.strip() for a in value.split(",") if a.strip()]
    return []


def looks_cjk(text: str) -> bool:
    return bool(CJK_RE.search(text))
