"""A themed digest's groups: clustering the papers, merging one-paper groups into 'Other / 其他', and naming
each group from what its members share (class-based TF-IDF key terms); an LLM may polish a name, and its name
is kept only when the members' own text supports it."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from assistant.chains.digest.calls import Budget, CachedReplies, ask, has_time
from assistant.chains.digest.common_terms import COMMON_RARITY, LATIN_WORD_RE, chinese_fields, latin_key, rarity
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
机制 策略 模块 阶段 方式 效率 质量 表现 优势 训练 学习 生成 输入 输出 用户 对于 进一步 广泛 重要 成本 这一 该方法 本研究
增强 损失 通用 分布 持续 作为 无需 能否 如何 是否 不仅 从而 以便 因此 然而 此外 以及 并且 一种 一些 所有 任何 每个 仍然 尚未 可能 进而
比较 发现 简单 优化 改进 解决方案 核心 有效性 显著提升 大幅 相比 更高 较低 首次 基础 核心思想 统一 新颖 系统性 全面 潜在""".split())
# English function words and the vocabulary every abstract uses (a theme named 'Although · After' says nothing)
_FUNCTION_EN = frozenset("""a about above across after afterwards again against all almost alone along already also
although always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at back
be became because become becomes becoming been before beforehand behind being below beside besides between beyond
both but by can cannot could did do does doing done down due during each either else elsewhere enough especially
even ever every everyone everything everywhere except few for former formerly from further furthermore had has
have having he hence her here hereby herein hers herself him himself his how however i if in indeed instead into
is it its itself just last latter least less many may me meanwhile might mine more moreover most mostly much must
my myself namely neither never nevertheless next no nobody none nor not nothing now nowhere of off often on once
one only onto or other others otherwise our ours ourselves out over own per perhaps please rather same seem seemed
seeming seems several she should since so some somehow someone something sometime sometimes somewhere still such
than that the their theirs them themselves then thence there thereafter thereby therefore therein thereupon these
they this those though through throughout thru thus to together too toward towards under until up upon us very via
was we well were what whatever when whence whenever where whereas whereby wherein whether which while who whoever
whole whom whose why will with within without would yet you your yours yourself yourselves""".split())
_GENERIC_EN = KEYWORD_STOP_WORDS_EN | _FUNCTION_EN | frozenset("""we propose proposed show shows shown results result
performance existing achieve achieves achieving achieved data task tasks experiments experimental across
significant significantly state-of-the-art sota outperforms outperform outperforming improve improves improved
improving improvement improvements demonstrate demonstrates demonstrated extensive benchmark benchmarks introduce
introduces introduced present presents presented key challenge challenges limited current recent strong robust
training trained train code available work learning real-world real world technique techniques approach
approaches problem problems setting settings paradigm address addresses addressing enable enables enabling
leverage leverages leveraging project page github first second third two three four five different various high
higher low lower large small better best good new novel simple general generally specific specifically existing
prior previous across along evaluation evaluate evaluated evaluating analysis analyze study studies paper papers
method methods model models framework frameworks system systems using used use uses based provide provides
providing including include includes included require requires required requiring remain remains remaining make
makes making made find finds found identify identifies identified categories category correctly directly reveal reveals revealing
rethinking revisiting towards beyond matters need needs unlocking unleashing boosting bridging
effectively efficiently consistently substantially particularly increasingly widely largely highly fully""".split())


def paper_text(paper: Paper) -> str:
    """Everything a paper says about itself (what a theme's terms are checked against)."""
    return " ".join([paper.title, paper.title_zh, paper.abstract, paper.summary.as_text(), " ".join(paper.keywords)])


def _terms_zh(paper: Paper) -> dict[str, tuple[str, bool]]:
    """{key: (shown form, in the title or TL;DR)}: Chinese words (jieba), adjacent pairs of them (持续 学习 ->
    持续学习: a compound says more than its halves) and Latin acronyms/names in the paper's Chinese fields."""
    head = " ".join([paper.title_zh, paper.summary.tldr])
    out: dict[str, tuple[str, bool]] = {}
    for part, in_head in ((head, True), (" ".join([paper.summary.motivation, paper.summary.method]), False)):
        words = [w.strip() for w in jieba_segmenter().lcut(part)]
        for i, word in enumerate(words):
            if len(word) >= 2 and CJK_RE.match(word) and word not in _GENERIC_ZH:
                out.setdefault(word, (word, in_head))
                nxt = words[i + 1] if i + 1 < len(words) else ""
                if len(nxt) >= 2 and CJK_RE.match(nxt) and nxt not in _GENERIC_ZH and len(word + nxt) <= 8:
                    out.setdefault(word + nxt, (word + nxt, in_head))
        for word in LATIN_WORD_RE.findall(part):
            if sum(c.isupper() for c in word) >= 2 and len(word) >= 2:  # LLM, VLM, 3DGS, GRPO
                out.setdefault(word.lower(), (word, in_head))
    return out


# jieba part-of-speech flags of words that qualify or act rather than name: adjectives, adverbs, numerals and
# measure words, prepositions, conjunctions, particles, pronouns, locatives, time words, distinguishing words and
# verbs (a verbal noun, vn: 检索 'retrieval', still names; so does a verb inside a compound: 知识蒸馏)
_MODIFIER_FLAGS = ("a", "ad", "b", "c", "d", "f", "m", "mq", "p", "q", "r", "t", "u", "v", "z")


def _modifiers_zh(papers: list[Paper]) -> set[str]:
    """The words of the papers' Chinese fields that jieba tags, in their sentences, mostly as a modifier, function
    word or verb (稀疏 'sparse', 逐步 'step by step', 最后 'last', 四个 'four', 低于 'below', 获取 'obtain'): alone
    they name no theme ('良好、生成器', '评估、获取'), though they may be part of a compound ('稀疏路由'). Tagging is 5x
    slower than segmenting, so it is done for the digest's papers only."""
    import jieba.posseg

    jieba_segmenter()  # initialized, quiet
    votes: Counter = Counter()
    for paper in papers:
        for w in jieba.posseg.lcut(chinese_fields(paper)):
            votes[w.word] += 1 if w.flag.startswith(_MODIFIER_FLAGS) and w.flag not in ("an", "vn") else -1
    return {word for word, vote in votes.items() if vote > 0}


# characters that end or open no noun: jieba's guesses for words it does not know glue them to a neighbour ('集上'
# of 数据集上 'on the dataset', '虽能' 'although it can', '体在' of 智能体在)
_FUNCTION_END = frozenset("在上中的了是为将对把被能与和及等时")
_FUNCTION_START = frozenset("虽但而并且在对从将把被其该此这那")


@lru_cache(maxsize=8192)
def _fragment_zh(term: str) -> bool:
    """A Chinese term that opens or ends with a lone function character in jieba's dictionary words."""
    if not CJK_RE.match(term):
        return False
    words = [w for w in jieba_segmenter().lcut(term, HMM=False) if w.strip()]
    return bool(words) and ((len(words[0]) == 1 and words[0] in _FUNCTION_START) or
                            (len(words[-1]) == 1 and words[-1] in _FUNCTION_END))


def _terms_en(paper: Paper) -> dict[str, tuple[str, bool]]:
    """{stem key: (shown form, in the title)}: the title's and abstract's content words and adjacent pairs."""
    out: dict[str, tuple[str, bool]] = {}
    for text, in_head in ((paper.title, True), (paper.abstract, False)):
        prev: tuple[str, str] | None = None
        for word in LATIN_WORD_RE.findall(text):
            key = latin_key(word)
            upper = sum(c.isupper() for c in word) >= 2
            if not key or word.lower() in _GENERIC_EN or (len(word) < 4 and not upper) or \
                    (word.lower().endswith("ly") and not upper):
                prev = None
                continue
            shown = word if upper else word.lower()
            out.setdefault(key, (shown, in_head))
            if prev is not None:
                out.setdefault(f"{prev[1]} {key}", (f"{prev[0]} {shown}", in_head))
            prev = (shown, key)
    return out


@lru_cache(maxsize=8192)
def _word_classes(word: str) -> frozenset[str]:
    """The parts of speech an English word form can have (lemminflect's lexicon: 'minimizing' VERB, 'spatial' ADJ,
    'limits' NOUN and VERB); a hyphenated word is classed by its last part ('inversion-based': VERB). Empty for a
    word the lexicon does not know: a coined term ('optimality', 'dataset'), a noun as far as names go."""
    from lemminflect import getAllLemmas

    return frozenset(getAllLemmas(word.lower().rsplit("-", 1)[-1]))


def _nameable_en(shown: str, verbal: set[str]) -> bool:
    """An English term that can name a theme: its last word can be a noun ('Rendering speeds', 'Optimality',
    'GRPO') or is a gerund the papers use as one ('Token pruning'), and a pair does not open with a verb acting on
    the next word ('Drafting multiple', 'Memorize sensitive'). `verbal`: the -ing words the papers use as verbs
    (`_verbal_gerunds`). Session 31 found a third of the key-term names built from title words that only qualify
    or act ('Minimizing · Vector', 'Preserve', 'Sampled', 'Spatial · VLMs', 'Disagreeing'); the Chinese names drop
    such words by jieba's tags in their sentences (`_modifiers_zh`)."""
    words = shown.split()
    if not words:
        return False
    last = words[-1]
    if sum(c.isupper() for c in last) >= 2:  # an acronym or a name: LLM, GRPO, CoT
        return True
    head = _word_classes(last)
    gerund = last.lower().endswith("ing") and last.lower() not in verbal
    if head and "NOUN" not in head and not gerund:
        return False
    first = words[0].lower()
    if len(words) == 1 or _word_classes(first) != {"VERB"} or first.endswith("ed"):
        return True  # a participle qualifies its noun: 'Interleaved generation', 'Accepted length'
    return first.endswith("ing") and first not in verbal  # 'Encourage diversity', 'Drafting multiple' act on it


# words that open a noun phrase: an -ing word after one is a noun ('the reasoning traces'); one before it is the
# object of an -ing verb ('mitigating the hallucination')
_DETERMINERS = frozenset("the a an this these that those its their our his her your my each every such".split())
# words after which an -ing word acts: 'by eliciting reasoning', 'while minimizing error'
_ACTING_AFTER = frozenset("by via when while after before through without upon".split())


def _verbal_gerunds(papers: list[Paper]) -> set[str]:
    """The -ing words (lower case) the papers' titles and abstracts use mostly as verbs taking an object ('by
    eliciting reasoning', 'while minimizing the error', 'Minimizing vector quantization error') rather than as nouns
    ('the reasoning traces', 'token pruning', 'pruning of attention heads', 'for reasoning tasks'). A vote per use:
    after a determiner or a content word it is a noun; at a sentence's start or after by/via/when/while... with a
    word after it, a verb; after another function word only when a determiner follows ('for mitigating the')."""
    votes: Counter = Counter()
    for paper in papers:
        for text in (paper.title, paper.abstract):
            words = re.findall(r"[A-Za-z][A-Za-z0-9-]*|[^\sA-Za-z0-9]", text)
            for i, word in enumerate(words):
                low = word.lower()
                if not low.endswith("ing") or _word_classes(low) != {"VERB"}:
                    continue
                before = words[i - 1].lower() if i else "."
                after = words[i + 1].lower() if i + 1 < len(words) else "."
                if not after[:1].isalpha() or after == "of" or before in _DETERMINERS:
                    verb = False
                elif not before[:1].isalpha() or before in _ACTING_AFTER:
                    verb = after in _DETERMINERS or after not in _FUNCTION_EN
                else:
                    verb = before in _FUNCTION_EN and after in _DETERMINERS
                votes[low] += 1 if verb else -1
    return {word for word, vote in votes.items() if vote >= 0}  # a tie: no evidence it is a noun


def _paper_terms(paper: Paper, language: str) -> dict[str, tuple[str, bool]]:
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
                top: int = 3, background: list[Paper] | None = None) -> list[list[str]]:
    """Each group's key terms, best first: class-based TF-IDF. A term's weight in a group is the squared share
    of the group's members that use it (a name most members share) times log(1 + N / papers using it), counted
    over the digest's papers plus `background` (the candidates the digest was selected from: words every paper
    of the field uses weigh little there, and a term more than half of them use is no theme), x1.3 when it
    occurs in a member's title (zh: Chinese title or TL;DR). Only terms at least half of the members (and two or
    more) use qualify, so the name describes the group, not one member; a term overlapping a chosen one is
    skipped; the topic's concepts are left out. Shown forms are in the digest's language (Chinese fields for
    zh; English title/abstract for en)."""
    exclude = exclude or []
    terms = [_paper_terms(p, language) for p in papers]
    chosen_ids = {p.arxiv_id for p in papers}
    extra = [_paper_terms(p, language) for p in (background or []) if p.arxiv_id not in chosen_ids]
    everywhere = Counter(k for t in terms + extra for k in t)
    modifiers = _modifiers_zh(papers) if language == "zh" else set()
    verbal = _verbal_gerunds(papers) if language == "en" else set()
    n = max(1, len(terms) + len(extra))
    out = []
    for group in groups:
        df = Counter(k for i in group for k in terms[i])
        shown = {k: Counter(terms[i][k][0] for i in group if k in terms[i]).most_common(1)[0][0] for k in df}
        scored = []
        for key, count in df.items():
            if _excluded(key, shown[key], exclude) or (n >= 10 and everywhere[key] > n / 2) or key in modifiers or \
                    (language == "zh" and _fragment_zh(key)) or (language == "en" and not _nameable_en(shown[key], verbal)):
                continue
            share = count / len(group)
            head = any(terms[i][key][1] for i in group if key in terms[i])
            if language == "en" and " " not in key and not head and len(group) > 1:
                continue  # a single word only from the abstracts is too often an adjective ('correct')
            weight = share * share * math.log(1 + n / everywhere[key]) * (1.3 if head else 1.0) * rarity(key, language)
            weight += 0.01 if " " in key or len(shown[key]) >= 4 else 0.0
            qualifies = len(group) == 1 or (share >= 0.5 and count >= 2)
            scored.append((qualifies, weight, len(shown[key]), key))
        scored.sort(key=lambda x: (not x[0], -x[1], -x[2], x[3]))
        ranked = [key for qualifies, _, _, key in scored if qualifies] or [key for *_, key in scored[:1]]
        shared = [key for *_, key in scored if df[key] >= 2 or len(group) == 1]  # by weight, two members or more
        users = {key: {i for i in group if key in terms[i]} for key in shared + ranked}
        chosen: list[str] = ranked[:1]
        covered: set[int] = set(users[chosen[0]]) if chosen else set()
        for key in shared:  # after the best term: terms that name members the chosen ones do not
            if len(chosen) >= top or covered >= set(group):
                break
            if key in chosen or any(_overlaps(key, shown[key], c, shown[c]) for c in chosen):
                continue  # a word inside a chosen term (or a term holding a chosen word) adds nothing
            if not users[key] - covered or rarity(key, language) < COMMON_RARITY:
                continue  # names no one new; or a word of every field, which names them for what all papers do
            chosen.append(key)
            covered |= users[key]
        for key in ranked:  # room left: the next best terms, for the LLM's hint
            if len(chosen) >= top:
                break
            if key not in chosen and not any(_overlaps(key, shown[key], c, shown[c]) for c in chosen) and \
                    rarity(key, language) >= COMMON_RARITY:
                chosen.append(key)
        out.append([shown[k] for k in chosen])
    return out


def _overlaps(key: str, shown: str, other_key: str, other_shown: str) -> bool:
    if CJK_RE.search(shown) and CJK_RE.search(other_shown):
        return shown in other_shown or other_shown in shown
    a, b = set(key.split(" ")), set(other_key.split(" "))
    return bool(a & b)


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
    words += [w for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", name) if w.lower() not in _GENERIC_EN and len(w) >= 3]
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
                exclude: list[str] | None = None, background: list[Paper] | None = None) -> list[ThemeName]:
    """A name per group: its key terms (`theme_terms`); with an LLM, one short call may polish them into a
    name, kept only when `name_supported` finds it in the members' own text (else the key-term name stays)."""
    lang = digest.language
    terms = theme_terms(groups, papers, lang, exclude, background=background)
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
        outside = [p for j, p in enumerate(papers) if j not in members]
        supported = name_supported(name, inside, outside, terms[g])
        out.append(ThemeName(name, "llm", tuple(supported)) if supported else fallback[g])
    return out


def name_themes(groups: list[list[int]], papers: list[Paper], llm: ChatModel | None, prompts_dir: Path,
                budget: Budget, digest: Digest, replies: CachedReplies | None = None) -> list[tuple[str, str]]:
    """(name, named_by) per group (`name_groups` without the key terms)."""
    return [(t.name, t.named_by) for t in name_groups(groups, papers, llm, prompts_dir, budget, digest, replies)]
