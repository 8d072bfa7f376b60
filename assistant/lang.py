"""Language helpers shared by parsing, indexing and answering: detection, Simplified Chinese, BM25 tokens."""

from __future__ import annotations

import logging
import re
from functools import lru_cache

logger = logging.getLogger(__name__)

CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_RE = re.compile(r"[A-Za-z]")
# A token for BM25: a Latin/number word (keeps internal - . _ like "gpt-4o", "1.5b") or a CJK run.
_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:[\-_.][A-Za-z0-9]+)*|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")

_EN_STOP = frozenset(
    "a an and are as at be but by for from has have in into is it its of on or that the their this to was "
    "we were which with our these those than then also can such via using based".split()
)
_ZH_STOP = frozenset("的 了 和 与 及 在 是 对 为 以 中 等 并 将 其 该 一种 通过 进行 提出 使用 基于 我们 本文 这 从 上".split())


def cjk_ratio(text: str) -> float:
    """Share of CJK characters among CJK + Latin letters (0 when neither occurs)."""
    cjk = len(CJK_RE.findall(text))
    latin = len(LATIN_RE.findall(text))
    return cjk / (cjk + latin) if cjk + latin else 0.0


def detect_language(text: str) -> str:
    """'zh' or 'en'. Chinese text quotes many Latin acronyms, so a modest CJK share already means zh."""
    return "zh" if cjk_ratio(text) >= 0.2 else "en"


def has_chinese(text: str) -> bool:
    return bool(CJK_RE.search(text))


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional -> Simplified Chinese (no-op on other text)."""
    if not text or not has_chinese(text):
        return text
    return _t2s().convert(text)


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def tokenize(text: str) -> list[str]:
    """BM25 tokens for mixed zh/en text: jieba words for Chinese runs, stemmed lower-case words for Latin."""
    out: list[str] = []
    latin: list[str] = []
    for match in _WORD_RE.finditer(to_simplified(text)):
        word = match.group(0)
        if CJK_RE.match(word):
            for tok in _jieba().lcut_for_search(word):
                tok = tok.strip()
                if tok and tok not in _ZH_STOP:
                    out.append(tok)
        else:
            low = word.lower()
            if low not in _EN_STOP and (len(low) > 1 or low.isdigit()):
                latin.append(low)
                out.append(low)
    if latin:
        stems = _stemmer().stemWords(latin)
        it = iter(stems)
        out = [next(it) if not CJK_RE.match(tok) else tok for tok in out]
    return out
