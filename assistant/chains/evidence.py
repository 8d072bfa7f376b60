"""Evidence, not documents: the few sentences of the retrieved papers that answer the question.

On the bundled 1.5B model prompt length is latency (~60-90 prompt tokens/s on 2 cores) and long sections hide
the sentence with the asked number (issue 11: a naive peer whose context held the raw abstract sentence stated
numbers ours missed). So each candidate paper's English abstract and Chinese summary fields are split into
sentences, scored against the question across both languages (multilingual embedder + lexical overlap, with a
bonus for numbers when a quantity is asked and for the paper a method name points at), and only the best
sentences, numbered by their paper, go into the prompt."""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from pydantic import BaseModel, ConfigDict

from assistant.chains.translate.glossary import GlossaryEntry, term_occurs
from assistant.citations import CHANGE_RE, exact_terms, parse_numbers, split_sentences
from assistant.lang import tokenize
from assistant.llm import count_tokens
from assistant.number_labels import asked_noun, counts
from assistant.sources.clean import plain_math
from assistant.types import Paper
from assistant.zh_en_dictionary import glossed, glosses

SECTIONS = (("abstract", "en"), ("tldr", "zh"), ("motivation", "zh"), ("method", "zh"), ("result", "zh"),
            ("conclusion", "zh"))
# "What coverage does X reach …?", "what F1 did it achieve": a metric asked by the verb that reports its value
# (not "what method does X use"; not "what does X achieve", which may be answered in words)
WHAT_VALUE = (r"\bwhat (?!(?:kind|kinds|type|types|method|methods|approach|model|models|dataset|datasets|framework|"
              r"technique|strategy|architecture|problem|task|benchmark|baseline|role|idea|insight)\b)"
              r"(?:[\w\-@]+ ){1,3}(?:does|do|did|can|could) [^?？]{0,80}?\b(?:reach|reaches|achieve|achieves|attain|"
              r"obtain|get|score|hit|yield)\b")
QUANTITY_RE = re.compile(
    r"how (?:many|much|large|big|fast|long|often)|what (?:is|was|are) the (?:\w+ ){0,3}(?:accuracy|score|rate|"
    r"size|number|percentage|ratio|speed|cost|gain|improvement|f1|auc|ndcg|recall|precision)|\bby how\b|"
    r"\b(?:accuracy|percent|percentage|ratio|speedup|times|faster|f1|auc|ndcg|recall|precision|bleu|rouge|"
    r"perplexity|share|proportion|fraction|latency|throughput|rates?|coverage|mae|rmse|mse|wer|cer|m?iou|psnr|ssim|"
    r"fid|spearman|pearson|correlation|win rate|exact match|pass@\d+|"
    r"parameters?|params|tokens?|dataset size|daily active|dau|users)\b|\b(?:what|which) (?:[\w\-]+ ){0,2}ranges?\b|"
    + WHAT_VALUE + "|"
    r"多少|几[个倍项篇种次轮层条张名位类组份段步]|多大|多快|比例|百分|提升了|提高了|准确率|召回率|精确率|参数量|规模|倍|日活|用户数|数据量|样本数|"
    r"覆盖率|误差|相关系数|错误率|成功率|胜率",
    re.IGNORECASE)
_CACHE_SIZE = 4096
# Words every question has: they say what is asked, not what to find (stemmed, as `tokenize` returns them).
QUESTION_WORDS = frozenset("how mani much what which who whom whose when where whi doe did do is are was were "
                           "can could would paper papers 什么 哪些 哪个 哪篇 多少 如何 怎么 怎样 为什么 吗 呢 论文".split())


class Evidence(BaseModel):
    """One evidence sentence as `ask --json` prints it: the source number it is cited as, the paper, where."""

    model_config = ConfigDict(extra="forbid")

    n: int
    id: str
    section: str
    sentence: str


@dataclass(frozen=True)
class Scored:
    n: int
    paper_id: str
    section: str
    sentence: str
    position: int
    score: float
    lexical: float
    dense: float


# a decimal broken by a line wrap in the arXiv listing ("an average improvement of 11.\n61%"): one number
BROKEN_DECIMAL_RE = re.compile(r"(?<![\d.])(\d{1,3})\.\s+(\d+(?:\.\d+)?\s?%)")


def paper_sentences(paper: Paper) -> list[tuple[str, str]]:
    """(section, sentence) for the English abstract and each Chinese summary field, in reading order."""
    out = []
    for section, _lang in SECTIONS:
        text = paper.abstract if section == "abstract" else getattr(paper.summary, section, "")
        text = BROKEN_DECIMAL_RE.sub(r"\1.\2", plain_math(text or ""))
        for sentence in split_sentences(text):
            for clause in _clauses(sentence.strip()):
                if len(clause) >= 8:
                    out.append((section, clause))
    return out


def _clauses(sentence: str, max_tokens: int = 60) -> list[str]:
    """A long summary sentence is often a list of facts joined by semicolons (the method field: "从280万原始文档
    中…过滤出52.2万篇…；构建…；生成…"); as evidence units its clauses fit the budget where the whole would not."""
    if count_tokens(sentence) <= max_tokens:
        return [sentence]
    parts = [p.strip() for p in re.split(r"(?<=[；;])\s*", sentence) if p.strip()]
    return parts if len(parts) > 1 else [sentence]





COUNTED_BONUS = 0.15
CHANGE_BONUS = 0.1
LIST_BONUS = 0.15
NUMBERLESS_PENALTY = 0.1


def asks_quantity(question: str) -> bool:
    return bool(QUANTITY_RE.search(question)) or bool(parse_numbers(question))


class SentenceVectors:
    """Sentence embeddings kept in process (LRU): the same papers come back for related questions."""

    def __init__(self, embedder, size: int = _CACHE_SIZE):
        self.embedder = embedder
        self.size = size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def __call__(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            vectors = self.embedder.embed(missing)
            for text, vector in zip(missing, vectors):
                self._cache[text] = np.asarray(vector, dtype=np.float32)
                if len(self._cache) > self.size:
                    self._cache.popitem(last=False)
        for text in texts:
            self._cache.move_to_end(text)
        return np.vstack([self._cache[t] for t in texts]) if texts else np.zeros((0, 1), dtype=np.float32)


# Latin-script terms that name one thing exactly (AUC, Success@5, claude-sonnet-4-5, LoCoMo, GPT-4o).
_PHRASE_RE = re.compile(r"(?<![A-Za-z])(?:[A-Z][a-z]+[\s\-]+){1,5}[A-Z][a-z]+")


def acronyms(question: str) -> list[tuple[str, str]]:
    """(acronym, phrase) for each capitalised phrase of the question: a paper writes "the GCE" where the
    question says "Generative Contextual Encoder"."""
    return [("".join(w[0] for w in re.split(r"[\s\-]+", p)), p) for p in _PHRASE_RE.findall(question)]


def cross_terms(question: str, entries: list[GlossaryEntry]) -> list[tuple[frozenset[str], tuple[str, ...]]]:
    """For each term list entry the question uses: (the question tokens it stands for, its spellings in both
    languages), so that "困惑度" in a question matches "perplexity" in an English abstract."""
    out = []
    for entry in entries:
        spellings = entry.zh + entry.en
        term = next((t for t in spellings if term_occurs(t, question)), None)
        if term:
            out.append((frozenset(tokenize(term)), spellings))
    return out


# "覆盖了哪些国家", "which countries": the answer is a list of places
PLACES_ASKED_RE = re.compile(r"哪些(?:国家|地区|城市)|哪几个(?:国家|地区)|\b(?:which|what)\s+(?:countries|regions|cities)\b",
                             re.IGNORECASE)


# "在哪些数据集上", "which benchmarks were used": the answer is a list of names
LIST_ASKED_RE = re.compile(r"哪些|哪几[个种项]|\bwhich\s+[\w\-]+s\b|\bwhat\s+(?:[\w\-]+\s+)?(?:datasets|benchmarks|"
                           r"models|baselines|languages|tasks|metrics|methods)\b", re.IGNORECASE)
_LISTED_NAME = r"[A-Za-z][\w\-.]*[A-Z0-9][\w\-.]*"
_NAME_LIST_RE = re.compile(rf"{_LISTED_NAME}(?:\s*(?:,|、|，|;|and|和|与|及)\s*{_LISTED_NAME}){{1,}}")


def lists_names(sentence: str) -> bool:
    """The sentence enumerates two or more names ("ALASKA2, VOC2012 and ImageNet", "在ALASKA2、VOC2012和ImageNet")."""
    return bool(_NAME_LIST_RE.search(sentence))


def places_named(sentence: str, places: list[GlossaryEntry]) -> set[str]:
    """The places (zh⇄en place list, by English name) a sentence names in either language."""
    return {e.en[0] for e in places if any(term_occurs(t, sentence) for t in e.zh + e.en if t)}


def names_places(sentence: str, places: list[GlossaryEntry]) -> int:
    """How many places a sentence names."""
    return len(places_named(sentence, places))


ASKED_TERM_BONUS = 0.15
_CLAUSE_RE = re.compile(r"[。？?；;，,]")
_WH_RE = re.compile(r"多少|几[个倍项篇种]|什么|哪|\b(?:what|which|how)\b", re.IGNORECASE)


def asked_clause(question: str) -> str:
    """The clause that asks, when a question first describes its paper at length ("参加 SemEval-2026 … 的一个系统，
    用 BGE-M3 …。它的检索器在 Task A 上的 nDCG@5 是多少？" -> "它的检索器在 Task A 上的 nDCG@5 是多少"): its exact
    terms are what the answer's sentence names, the description's terms (BGE-M3, FAISS) only find the paper."""
    clauses = [c for c in _CLAUSE_RE.split(question) if c.strip()]
    asking = [c for c in clauses if _WH_RE.search(c)]
    return asking[-1] if len(clauses) > 1 and asking else ""


def score_sentences(question: str, papers: list[tuple[int, Paper]], vectors: SentenceVectors,
                    named: set[str] | None = None, terms: list[GlossaryEntry] | None = None,
                    places: list[GlossaryEntry] | None = None) -> list[Scored]:
    """Every sentence of the given (number, paper) pairs, scored against the question. Lexical overlap counts
    a question word as present when the sentence has it in either language (`terms`), and exact names of
    metrics, models and settings in the question earn a bonus where they occur verbatim."""
    rows = [(n, paper, section, sentence, i) for n, paper in papers
            for i, (section, sentence) in enumerate(paper_sentences(paper))]
    if not rows:
        return []
    matrix = vectors([question] + [r[3] for r in rows])
    dense = matrix[1:] @ matrix[0]
    q_tokens = {t for t in tokenize(question) if not t.isdigit() and t not in QUESTION_WORDS}
    q_numbers = parse_numbers(question)
    quantity = asks_quantity(question)
    named = named or set()
    places_asked = bool(places) and bool(PLACES_ASKED_RE.search(question))
    list_asked = not places_asked and bool(LIST_ASKED_RE.search(question))
    cross = [(src & q_tokens, spellings) for src, spellings in cross_terms(question, terms or [])]
    cross = [(src, spellings) for src, spellings in cross if src]
    exact = [t.lower() for t in exact_terms(question)]
    asked_exact = [t.lower() for t in exact_terms(asked_clause(question))] if quantity else []
    short_forms = [(re.compile(rf"(?<![A-Za-z]){a}(?![A-Za-z])"), set(tokenize(p)) & q_tokens)
                   for a, p in acronyms(question)]
    titles = {paper.arxiv_id: set(tokenize(paper.title.split(":", 1)[0])) for _, paper in papers}
    matches = []
    q_glosses = {t: glosses(t) for t in q_tokens}
    noun = asked_noun(question) if quantity else ""
    change_asked = quantity and bool(CHANGE_RE.search(question))
    for n, paper, section, sentence, position in rows:
        tokens = set(tokenize(sentence)) | titles[paper.arxiv_id]  # "FUSE" is matched by its paper
        matched = q_tokens & tokens
        unmatched = q_tokens - matched
        if unmatched:  # a word in the other language, through the zh-en dictionary ("标注" ~ "annotations")
            english = glossed(tokens)
            matched |= {t for t in unmatched if t in english or q_glosses[t] & tokens}
        for src, spellings in cross:
            if not src <= matched and any(term_occurs(t, sentence) for t in spellings):
                matched |= src
        for pattern, words in short_forms:
            if not words <= matched and pattern.search(sentence):
                matched |= words
        matches.append(matched)
    # A question word every candidate sentence has (the paper's name, "corpus") says little about which
    # sentence answers; the rare one ("countries", "intents") says most: weight words by inverse frequency.
    df = {t: sum(t in m for m in matches) for t in q_tokens}
    weight = {t: math.log((len(rows) + 1) / (df[t] + 0.5)) for t in q_tokens}
    total_weight = sum(weight.values()) or 1.0
    scored = []
    for (n, paper, section, sentence, position), cos, matched in zip(rows, dense, matches):
        lexical = len(matched) / len(q_tokens) if q_tokens else 0.0
        focus = sum(weight[t] for t in matched) / total_weight
        score = 0.65 * float(cos) + 0.1 * lexical + 0.35 * focus
        lowered = sentence.lower()
        title = paper.title.lower()  # a term of the title names the paper: the `named` bonus has counted it
        score += min(0.2, 0.1 * sum(t in lowered and t not in title for t in exact))
        numbers = parse_numbers(sentence)
        own = [q for q in q_numbers if q[0] not in paper.title]  # "BENI Global 10": a name, not a quantity
        if quantity if own or not q_numbers else bool(QUANTITY_RE.search(question)):
            score += 0.12 if numbers else -NUMBERLESS_PENALTY  # a sentence without a number cannot state one
        if noun and numbers and any(counts(x, sentence, noun, terms or []) for x in numbers):
            score += COUNTED_BONUS  # "validated against 250 human annotations" for "多少条人工标注"
        elif change_asked and numbers and CHANGE_RE.search(sentence):
            score += CHANGE_BONUS  # "outperform it by up to 15.8%" for "最多高出多少"
        if asked_exact and numbers and any(t in lowered for t in asked_exact):
            score += ASKED_TERM_BONUS  # "…它的检索器在 Task A 上的 nDCG@5 是多少": the sentence stating nDCG@5
        if own and any(abs(a[2] - b[2]) < 1e-9 for a in own for b in numbers):
            score += 0.2
        if named:
            score += 0.12 if paper.arxiv_id in named else -0.08
        if list_asked and lists_names(sentence):
            score += LIST_BONUS
        if places_asked and names_places(sentence, places) >= 2:
            score += 0.2
        score -= 0.02 * (n - 1)  # retrieval order as a tie-breaker
        scored.append(Scored(n, paper.arxiv_id, section, sentence, position, score, lexical, float(cos)))
    return sorted(scored, key=lambda s: -s.score)


def select_evidence(scored: list[Scored], budget_tokens: int, *, per_paper: int = 5, max_sentences: int = 6,
                    within: float = 0.45) -> list[Scored]:
    """The best sentences within the token budget, returned grouped by paper and in reading order, so each
    paper's block reads naturally. A sentence scoring `within` below the best is left out: the fourth sentence
    of the paper that answers beats the best one of a paper that does not (issue 11: an AUC stated in the
    right paper's result lost its slot to an unrelated paper's abstract). `per_paper` keeps one long paper
    from taking every slot when several are close."""
    chosen: list[Scored] = []
    used = 0
    counts: dict[int, int] = {}
    floor = scored[0].score - within if scored else 0.0
    for s in scored:
        if len(chosen) >= max_sentences or (chosen and s.score < floor):
            break
        if counts.get(s.n, 0) >= per_paper:
            continue
        cost = count_tokens(s.sentence) + 2
        if chosen and used + cost > budget_tokens:
            continue
        chosen.append(s)
        used += cost
        counts[s.n] = counts.get(s.n, 0) + 1
    order = {n: i for i, n in enumerate(dict.fromkeys(s.n for s in chosen))}
    return sorted(chosen, key=lambda s: (order[s.n], s.position))  # position is reading order, sections included


_ZH_UNIT_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?(万|亿)")
_EN_UNIT_RE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(million|billion|M|B)(?![A-Za-z])")


def _english(value: float) -> str:
    if value >= 1e9:
        return f"{value / 1e9:g} billion"
    if value >= 1e6:
        return f"{value / 1e6:g} million"
    return f"{value:,.0f}"


def _chinese(value: float) -> str:
    if value >= 1e8:
        return f"{value / 1e8:g}亿"
    if value >= 1e4:
        return f"{value / 1e4:g}万"
    return f"{value:g}"


def gloss_numbers(sentence: str, language: str) -> str:
    """Large numbers glossed in the answer's language: "1.16亿" (English answer) -> "1.16亿 (116 million)",
    "46.9M" (Chinese answer) -> "46.9M（4690万）". The 1.5B model converts 万/亿 wrongly ("1.16 billion",
    "4690 million"); copying a gloss it gets right, and the verifier accepts either form."""
    if language == "en":
        return _ZH_UNIT_RE.sub(lambda m: f"{m.group(0)} ({_english(float(m.group(1)) * (1e4 if m.group(2) == '万' else 1e8))})",
                               sentence)
    scale = {"million": 1e6, "m": 1e6, "billion": 1e9, "b": 1e9}
    return _EN_UNIT_RE.sub(lambda m: f"{m.group(0)}（{_chinese(float(m.group(1)) * scale[m.group(2).lower()])}）",
                           sentence)


def to_public(selected: list[Scored]) -> list[Evidence]:
    return [Evidence(n=s.n, id=s.paper_id, section=s.section, sentence=s.sentence) for s in selected]
