"""Language helpers shared by parsing, indexing and every chain: detection, Simplified Chinese, BM25 tokens,
stop words, number words and the languages' prompt names."""

from __future__ import annotations

import logging
import re
from functools import lru_cache

logger = logging.getLogger(__name__)

CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_RE = re.compile(r"[A-Za-z]")
# A token for BM25: a Latin/number word (keeps internal - . _ like "gpt-4o", "1.5b") or a CJK run.
_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:[\-_.][A-Za-z0-9]+)*|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")

LANGUAGE_NAMES = {"zh": "Simplified Chinese (简体中文)", "en": "English"}  # as prompts name them

# Function words: left out of BM25 tokens.
STOP_WORDS_EN = frozenset(
    "a an and are as at be but by for from has have in into is it its of on or that the their this to was "
    "we were which with our these those than then also can such via using based".split()
)
STOP_WORDS_ZH = frozenset("的 了 和 与 及 在 是 对 为 以 中 等 并 将 其 该 一种 通过 进行 提出 使用 基于 我们 本文 这 从 上".split())
# Keyword theme names also skip the words every paper title or summary uses (method, framework, 提升, ...).
KEYWORD_STOP_WORDS_EN = STOP_WORDS_EN | frozenset("""without towards toward through beyond under over across new
novel large scale scalable efficient effective approach approaches framework frameworks method methods model
models system systems paper study learning""".split())
KEYWORD_STOP_WORDS_ZH = STOP_WORDS_ZH | frozenset("""提出 方法 模型 框架 通过 实现 基于 研究 问题 显著 提升 效果 性能
能力 使用 一种 进行 解决 现有 我们 本文 这种 利用 以及 并且 同时 相关 不同 多个 更好 有效 提高 结合""".split())

# Number words: "five papers", "两个问题", "twice as fast".
EN_CARDINALS = {w: float(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
EN_CARDINALS.update({"thirty": 30.0, "forty": 40.0, "fifty": 50.0, "hundred": 100.0, "thousand": 1e3,
                     "dozen": 12.0})
EN_NUMBER_WORDS = {**EN_CARDINALS, "twice": 2.0, "double": 2.0, "half": 0.5}
ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def zh_numeral(word: str) -> int:
    """一 -> 1, 十 -> 10, 十二 -> 12, 三十五 -> 35 (a Chinese numeral below 100; other characters count as 0,
    a run of digits without 十 reads as its first digit)."""
    if "十" in word:
        tens, _, ones = word.partition("十")
        return ZH_DIGITS.get(tens, 1) * 10 + ZH_DIGITS.get(ones, 0)
    return ZH_DIGITS[word[0]]


def cjk_ratio(text: str) -> float:
    """Share of CJK characters among CJK + Latin letters (0 when neither occurs)."""
    cjk = len(CJK_RE.findall(text))
    latin = len(LATIN_RE.findall(text))
    return cjk / (cjk + latin) if cjk + latin else 0.0


def detect_language(text: str) -> str:
    """'zh' or 'en'. Chinese text quotes many Latin acronyms, so a modest CJK share already means zh."""
    return "zh" if cjk_ratio(text) >= 0.2 else "en"


ZH_FUNCTION_RE = re.compile(r"[的了吗呢吧和与及是在有用把被从对为请]|什么|哪|如何|怎么|怎样|为什么|多少|比较|对比|区别|"
                            r"这|那|介绍|论文|方法|哪些|第.篇")


def question_language(text: str) -> str:
    """The language to answer a question in: a question with any Chinese function word is Chinese, however
    many English method names it holds ("比较 GCRank 和 HarmonRank"); else by CJK share."""
    return "zh" if ZH_FUNCTION_RE.search(to_simplified(text)) else detect_language(text)


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
def jieba_segmenter():
    """jieba, initialized once (its dictionary loads on first use)."""
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
            for tok in jieba_segmenter().lcut_for_search(word):
                tok = tok.strip()
                if tok and tok not in STOP_WORDS_ZH:
                    out.append(tok)
        else:
            low = word.lower()
            if low not in STOP_WORDS_EN and (len(low) > 1 or low.isdigit()):
                latin.append(low)
                out.append(low)
    if latin:
        stems = _stemmer().stemWords(latin)
        it = iter(stems)
        out = [next(it) if not CJK_RE.match(tok) else tok for tok in out]
    return out
