"""A themed digest's groups: clustering the papers, merging one-paper groups into 'Other / 其他', and naming
each group from what its members share (class-based TF-IDF key terms); an LLM may polish a name, and its name
is kept only when the members' own text supports it."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.chains.digest.calls import Budget, CachedReplies, ask, has_time
from assistant.chains.digest.models import Digest
from assistant.chains.events import run_to_end
from assistant.chains.sources import sanitize
from assistant.lang import (
    CJK_RE,
    KEYWORD_STOP_WORDS_EN,
    KEYWORD_STOP_WORDS_ZH,
    LANGUAGE_NAMES,
    jieba_segmenter,
    tokenize,
)
from assistant.llm import ChatModel, truncate_tokens
from assistant.prompts import load
from assistant.types import Paper

OTHER = {"zh": "其他", "en": "Other"}


# ---------------------------------------------------------------- groups
def n_themes(count: int) -> int:
    """2-4 themes: fewer than 4 papers are not worth grouping."""
    if count < 4:
        return 1
    return 2 if count <= 6 else 3 if count <= 9 else 4


def cluster_vectors(vectors: np.ndarray, k: int) -> list[list[int]]:
    """Average-linkage agglomerative clustering on cosine similarity (deterministic; n <= 50 so O(n^3) is
    nothing). Clusters come largest first, members in input order."""
    n = len(vectors)
    if n == 0:
        return []
    if k <= 1:
        return [list(range(n))]
    v = np.asarray(vectors, dtype=np.float64)
    v = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
    sim = v @ v.T
    clusters = [[i] for i in range(n)]
    while len(clusters) > k:
        best = (-math.inf, 0, 1)
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                score = float(sim[np.ix_(clusters[a], clusters[b])].mean())
                if score > best[0]:
                    best = (score, a, b)
        _, a, b = best
        clusters[a] = clusters[a] + clusters[b]
        del clusters[b]
    return sorted((sorted(c) for c in clusters), key=lambda c: (-len(c), c[0]))


def merge_singletons(groups: list[list[int]]) -> tuple[list[list[int]], list[int]]:
    """(groups of two or more, largest first; the members of one-paper groups, in input order): a theme of one
    paper says nothing a list line does not, so those go under 'Other / 其他' at the end."""
    kept = [g for g in groups if len(g) >= 2]
    other = sorted(i for g in groups if len(g) < 2 for i in g)
    return sorted(kept, key=lambda g: (-len(g), g[0])), other


# ---------------------------------------------------------------- key terms (class-based TF-IDF)
_GENERIC_ZH = KEYWORD_STOP_WORDS_ZH | frozenset("""数据 任务 场景 实验 结果 表明 验证 优于 方面 这些 能够 关键 挑战 引入
设计 构建 采用 提供 包括 具有 分析 目标 信息 过程 其中 需要 存在 导致 缺乏 难以 限制 依赖 往往 主要 更加 提升了 显示 证明
取得 达到 实现了 现有方法 局限 局限性 有限 不足 传统 当前 目前 研究者 作者 大量 新的 一个 两个 多种 各种 整体 具体 直接
机制 策略 模块 阶段 方式 效率 质量 表现 优势 训练 学习 生成 输入 输出 用户 对于 进一步 广泛 重要 成本 这一 该方法 本研究""".split())
_GENERIC_EN = KEYWORD_STOP_WORDS_EN | frozenset("""we propose proposed show shows results result performance existing
achieve achieves achieving achieved via data task tasks experiments experimental across however while both each
which their such more most high higher low lower first two three one different various several well significantly
significant state-of-the-art sota outperforms outperform improve improves improved improving improvement
demonstrate demonstrates extensive benchmark benchmarks introduce introduces present presents key challenge
challenges limited current recent strong robust training trained train code available work learning real-world
real world technique techniques approach approaches problem problems setting settings paradigm address addresses
enable enables enabling effectively efficiently leverage leverages leveraging""".split())
_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")


def paper_text(paper: Paper) -> str:
    """Everything a paper says about itself (what a theme's terms are checked against)."""
    return " ".join([paper.title, paper.title_zh, paper.abstract, paper.summary.as_text(), " ".join(paper.keywords)])


def _terms_zh(paper: Paper) -> dict[str, str]:
    """{key: shown form} of Chinese words (jieba) and Latin acronyms/names in the paper's Chinese fields."""
    text = " ".join([paper.title_zh, paper.summary.tldr, paper.summary.motivation, paper.summary.method])
    out: dict[str, str] = {}
    for word in jieba_segmenter().lcut(text):
        word = word.strip()
        if len(word) >= 2 and CJK_RE.match(word) and word not in _GENERIC_ZH:
            out.setdefault(word, word)
    for word in _LATIN_RE.findall(text):
        if sum(c.isupper() for c in word) >= 2 and len(word) >= 2:  # LLM, VLM, 3DGS, GRPO
            out.setdefault(word.lower(), word)
    return out


def _terms_en(paper: Paper) -> dict[str, str]:
    """{stem key: shown form} of the title's and abstract's content words and adjacent pairs of them."""
    out: dict[str, str] = {}
    for text in (paper.title, paper.abstract):
        words = [w for w in _LATIN_RE.findall(text)]
        keys = [(tokenize(w.replace("-", " ")) or [""]) for w in words]
        content = [(w, "_".join(k)) for w, k in zip(words, keys)]
        prev: tuple[str, str] | None = None
        for word, key in content:
            if not key or word.lower() in _GENERIC_EN or len(word) < 3 and sum(c.isupper() for c in word) < 2:
                prev = None
                continue
            shown = word if sum(c.isupper() for c in word) >= 2 else word.lower()
            out.setdefault(key, shown)
            if prev is not None:
                out.setdefault(f"{prev[1]} {key}", f"{prev[0]} {shown}")
            prev = (shown, key)
    return out


def _paper_terms(paper: Paper, language: str) -> dict[str, str]:
    return _terms_zh(paper) if language == "zh" and (paper.summary.tldr or paper.title_zh) else _terms_en(paper)


def _excluded(key: str, shown: str, exclude: list[str]) -> bool:
    """A term that is (part of) a form of the topic's concepts: every paper has it, it names no theme."""
    low = shown.lower()
    for form in exclude:
        f = form.lower()
        if CJK_RE.search(f) or CJK_RE.search(low):
            if low in f or f in low:
                return True
        elif set(key.replace(" ", "_").split("_")) & set(tokenize(f.replace("-", " "))):
            return True
    return False


def theme_terms(groups: list[list[int]], papers: list[Paper], language: str, exclude: list[str] | None = None,
                top: int = 3) -> list[list[str]]:
    """Each group's key terms, best first: class-based TF-IDF over the digest's papers. A term's weight in a
    group is the share of the group's members that use it times log(1 + papers / papers using it anywhere);
    only terms at least half of the members use qualify (so the name describes the group, not one member),
    a two-word term beats its single words when as many members use it, and the topic's own words are left
    out. Shown forms are in the digest's language (Chinese fields for zh; English title/abstract for en)."""
    exclude = exclude or []
    terms = [_paper_terms(p, language) for p in papers]
    everywhere = Counter(k for t in terms for k in t)
    n = max(1, len(papers))
    out = []
    for group in groups:
        df = Counter(k for i in group for k in terms[i])
        shown = {k: Counter(terms[i][k] for i in group if k in terms[i]).most_common(1)[0][0] for k in df}
        scored = []
        for key, count in df.items():
            if _excluded(key, shown[key], exclude):
                continue
            share = count / len(group)
            weight = share * math.log(1 + n / everywhere[key]) + (0.01 if " " in key else 0.0)
            scored.append((share >= 0.5 or len(group) == 1, weight, len(shown[key]), key))
        scored.sort(key=lambda x: (not x[0], -x[1], -x[2], x[3]))
        chosen: list[str] = []
        for qualifies, _, _, key in scored:
            if len(chosen) >= top or (chosen and not qualifies):
                break
            # a single word inside a chosen pair (or a pair holding a chosen word) adds nothing
            if any(key in c.split(" ") or c in key.split(" ") for c in chosen):
                continue
            chosen.append(key)
        out.append([shown[k] for k in chosen])
    return out


def terms_name(terms: list[str], language: str, top: int = 2) -> str:
    if not terms:
        return OTHER[language]
    return ("、" if language == "zh" else " · ").join(t if language == "zh" or t[:1].isupper() else t[:1].upper() + t[1:]
                                                      for t in terms[:top])


def keyword_name(group: list[Paper], everyone: list[Paper], language: str, top: int = 2) -> str:
    """A theme name from its members' key terms (see `theme_terms`), the rest of `everyone` as the contrast."""
    index = {id(p): i for i, p in enumerate(everyone)}
    members = [index[id(p)] for p in group if id(p) in index]
    return terms_name(theme_terms([members], everyone, language, top=top)[0], language, top)


def term_share(term: str, papers: list[Paper]) -> float:
    """Share of `papers` whose own text contains the term (Chinese as a substring, English by word stems)."""
    if not papers:
        return 0.0
    return sum(_contains(paper_text(p), term) for p in papers) / len(papers)


def _contains(text: str, term: str) -> bool:
    if CJK_RE.search(term):
        return term in text
    stems = tokenize(term.replace("-", " "))
    tokens = tokenize(text.replace("-", " "))
    return bool(stems) and any(tokens[i:i + len(stems)] == stems for i in range(len(tokens) - len(stems) + 1))


def name_supported(name: str, members: list[Paper], others: list[Paper], terms: list[str]) -> list[str]:
    """The words of an (LLM-written) theme name that describe its members: a key term it contains, or a
    content word at least half of the members use, and more of them than of the digest's other papers.
    Empty: the name is not about this group."""
    low = name.lower()
    found = [t for t in terms if t.lower() in low]
    if found:
        return found
    words = [w for w in jieba_segmenter().lcut(name) if len(w.strip()) >= 2 and CJK_RE.match(w)
             and w not in _GENERIC_ZH] if CJK_RE.search(name) else []
    words += [w for w in _LATIN_RE.findall(name) if w.lower() not in _GENERIC_EN and len(w) >= 3]
    supported = []
    for word in dict.fromkeys(words):
        share = term_share(word, members)
        if share >= 0.5 and share > term_share(word, others):
            supported.append(word)
    return supported


# ---------------------------------------------------------------- LLM names
_THEME_LINE_RE = re.compile(r"^\W*(?:group|组|主题|theme)?\s*(\d{1,2})\s*[:：.)、\-–]\s*(.+?)\s*$", re.IGNORECASE)


def parse_theme_names(raw: str, k: int) -> dict[int, str]:
    """'1: Ranking models' lines -> {1: 'Ranking models'}; unusable names are left out (-> fallback)."""
    names: dict[int, str] = {}
    for line in raw.splitlines():
        match = _THEME_LINE_RE.match(line)
        if not match:
            continue
        index = int(match.group(1))
        name = re.sub(r"^(?:group|组|主题|theme)\s*\d*\s*[:：]?\s*", "", match.group(2), flags=re.IGNORECASE)
        name = name.strip(" *_#\"'“”‘’`[]()（）.。")
        if 1 <= index <= k and name and len(name) <= 60 and len(name.split()) <= 8 and "<" not in name:
            names.setdefault(index, name)
    return names


@dataclass(frozen=True)
class ThemeName:
    name: str
    named_by: str  # "llm" | "keywords" | "other"
    terms: tuple[str, ...] = ()  # the key terms the name stands for (checked against the members)


def name_groups(groups: list[list[int]], papers: list[Paper], llm: ChatModel | None, prompts_dir: Path,
                budget: Budget, digest: Digest, replies: CachedReplies | None = None,
                exclude: list[str] | None = None) -> list[ThemeName]:
    """A name per group: its key terms (`theme_terms`); with an LLM, one short call may polish them into a
    name, kept only when `name_supported` finds it in the members' own text (else the key-term name stays)."""
    lang = digest.language
    terms = theme_terms(groups, papers, lang, exclude)
    fallback = [ThemeName(terms_name(t, lang), "keywords", tuple(t[:2])) for t in terms]
    if llm is None or not groups or not has_time("themes", 3, budget, digest):
        return fallback
    prompt = load("digest.themes", prompts_dir)
    blocks = []
    for g, members in enumerate(groups, 1):
        titles = "\n".join(f"- {truncate_tokens(sanitize(papers[i].title), 30)}" for i in members)
        hint = ", ".join(sanitize(t) for t in terms[g - 1]) or "-"
        blocks.append(f"Group {g} (key terms: {hint}):\n{titles}")
    messages = [{"role": "user", "content": prompt.format(groups="\n".join(blocks),
                                                          language_name=LANGUAGE_NAMES[lang])}]
    names = run_to_end(ask("themes", llm, messages, 16 * len(groups) + 24, budget=budget, digest=digest,
                           replies=replies, parse=lambda raw: parse_theme_names(raw, len(groups)),
                           accepted=lambda parsed: len(parsed) == len(groups)))
    if names is None:
        return fallback
    digest.prompt_version = f"themes:{prompt.version}"
    out = []
    for g, members in enumerate(groups):
        name = names.get(g + 1)
        if name is None:
            out.append(fallback[g])
            continue
        inside = [papers[i] for i in members]
        outside = [p for j, p in enumerate(papers) if not any(j in grp for grp in groups[g:g + 1])]
        supported = name_supported(name, inside, outside, terms[g])
        out.append(ThemeName(name, "llm", tuple(supported)) if supported else fallback[g])
    return out


def name_themes(groups: list[list[int]], papers: list[Paper], llm: ChatModel | None, prompts_dir: Path,
                budget: Budget, digest: Digest, replies: CachedReplies | None = None) -> list[tuple[str, str]]:
    """(name, named_by) per group (`name_groups` without the key terms)."""
    return [(t.name, t.named_by) for t in name_groups(groups, papers, llm, prompts_dir, budget, digest, replies)]
