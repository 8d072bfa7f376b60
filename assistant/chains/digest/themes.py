"""A themed digest's groups: clustering the papers, and naming each group (LLM, else its keywords)."""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

import numpy as np

from assistant.chains.digest.calls import Budget, CachedReplies, ask, has_time
from assistant.chains.digest.models import Digest
from assistant.chains.events import run_to_end
from assistant.chains.sources import sanitize
from assistant.lang import CJK_RE, KEYWORD_STOP_WORDS_EN, KEYWORD_STOP_WORDS_ZH, LANGUAGE_NAMES, jieba_segmenter
from assistant.llm import ChatModel, truncate_tokens
from assistant.prompts import load
from assistant.types import Paper


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


# ---------------------------------------------------------------- keyword names (the fallback)
def _keywords(paper: Paper, language: str) -> list[str]:
    if language == "zh" and paper.summary.tldr:
        words = [w for w in jieba_segmenter().lcut(paper.summary.tldr + " " + paper.title_zh)
                 if len(w) >= 2 and CJK_RE.match(w) and w not in KEYWORD_STOP_WORDS_ZH]
    else:
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z\-]{2,}", paper.title)
                 if w.lower() not in KEYWORD_STOP_WORDS_EN]
        words = [w if sum(c.isupper() for c in w) >= 2 else w.lower() for w in words]
    return words + list(paper.keywords)


def keyword_name(group: list[Paper], everyone: list[Paper], language: str, top: int = 2) -> str:
    """Fallback theme name: the group's most frequent words, weighted by how specific they are to it."""
    df: Counter[str] = Counter()
    for paper in everyone:
        df.update(set(_keywords(paper, language)))
    tf: Counter[str] = Counter()
    for paper in group:
        tf.update(_keywords(paper, language))
    n = max(1, len(everyone))
    ranked = sorted(tf, key=lambda w: (-tf[w] * math.log(1 + n / df[w]), w))
    words = ranked[:top]
    if not words:
        return "其他" if language == "zh" else "Other"
    return ("、" if language == "zh" else " · ").join(w if language == "zh" else w[:1].upper() + w[1:]
                                                      for w in words)


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


def name_themes(groups: list[list[int]], papers: list[Paper], llm: ChatModel | None, prompts_dir: Path,
                budget: Budget, digest: Digest, replies: CachedReplies | None = None) -> list[tuple[str, str]]:
    """(name, named_by) per group: the LLM names every group in one short call; any group it fails to name
    gets keywords."""
    lang = digest.language
    fallback = [(keyword_name([papers[i] for i in g], papers, lang), "keywords") for g in groups]
    if llm is None or not has_time("themes", 3, budget, digest):
        return fallback
    prompt = load("digest.themes", prompts_dir)
    blocks = []
    for g, members in enumerate(groups, 1):
        titles = "\n".join(f"- {truncate_tokens(sanitize(papers[i].title), 30)}" for i in members)
        blocks.append(f"Group {g}:\n{titles}")
    messages = [{"role": "user", "content": prompt.format(groups="\n".join(blocks),
                                                          language_name=LANGUAGE_NAMES[lang])}]
    names = run_to_end(ask("themes", llm, messages, 16 * len(groups) + 24, budget=budget, digest=digest,
                           replies=replies, parse=lambda raw: parse_theme_names(raw, len(groups)),
                           accepted=lambda parsed: len(parsed) == len(groups)))
    if names is None:
        return fallback
    digest.prompt_version = f"themes:{prompt.version}"
    return [(names[g], "llm") if g in names else fallback[g - 1] for g in range(1, len(groups) + 1)]
