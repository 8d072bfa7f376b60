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
from assistant.citations import CHANGE_RE, count_words, exact_terms, number_supported, parse_numbers, split_sentences
from assistant.lang import has_chinese, tokenize
from assistant.llm import count_tokens
from assistant.number_labels import asked_noun, counts, respective_values, unit_class
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
    r"多少|(?<!哪)几[个倍项篇种次轮层条张名位类组份段步]|多大|多快|比例|百分|提升了|提高了|准确率|召回率|精确率|参数量|规模|倍|日活|用户数|数据量|样本数|"
    r"覆盖率|误差|相关系数|错误率|成功率|胜率|"
    # resolutions are values ("在哪些更高的分辨率上做推理": 512×512, 1024×1024); "super-resolution" names a task
    r"\b(?:what|which) (?:[\w\-]+ ){0,2}resolutions?\b|哪些[^，,。？?]{0,6}(?<!超)分辨率|什么分辨率",
    re.IGNORECASE)
_CACHE_SIZE = 4096
# Words every question has: they say what is asked, not what to find (stemmed, as `tokenize` returns them).
# "what kind of guidance": 'kind' asks; as a word to match, the dictionary finds it in any "多种" (h19-l-distill-sgr-tiat)
QUESTION_WORDS = frozenset("how mani much what which who whom whose when where whi doe did do is are was were "
                           "can could would kind sort paper papers 什么 哪些 哪个 哪篇 多少 如何 怎么 怎样 为什么 吗 呢 "
                           "论文".split())


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
    # the share of an asking clause's words the sentence has (the best clause), when the question first describes
    # its paper at length ("用不平衡最优传输…的那篇论文，新建的 TinyTrees 基准一共包含多少棵树的标注？"); else `lexical`
    clause_lexical: float = -1.0
    part_scores: tuple[float, ...] = ()  # the sentence's score against each asking clause (`asking_clauses`)
    # the share (by word weight) of each asking clause's own words, those no other clause uses, that the sentence has
    part_focus: tuple[float, ...] = ()

    @property
    def asked_lexical(self) -> float:
        """Word overlap with what is asked: the best asking clause's, or the whole question's when higher."""
        return max(self.lexical, self.clause_lexical)


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
    return _enumerations_kept(parts, 2 * max_tokens) if len(parts) > 1 else [sentence]


# an item of a numbered list: "(2)智能体间依赖学习", "（二）…", "2) …", "②…"
_ITEM_RE = re.compile(r"^[(（]\s*(\d{1,2}|[一二三四五六七八九十])\s*[)）]|^(\d{1,2})[)）、]|^([①-⑩])")
_ZH_DIGITS = "一二三四五六七八九十"


def _item_number(text: str) -> int:
    """The number a list item starts with (0 when it starts none): "(2)…" -> 2, "（二）…" -> 2, "②…" -> 2."""
    match = _ITEM_RE.match(text)
    if not match:
        return 0
    mark = next(g for g in match.groups() if g)
    if mark.isascii():  # (not isdigit: "②".isdigit() is True, and int("②") raises)
        return int(mark)
    return _ZH_DIGITS.index(mark) + 1 if mark in _ZH_DIGITS else ord(mark) - ord("①") + 1


def _next_item(previous: str, text: str) -> bool:
    """`text` is the next item of the numbered list `previous` holds the last item of ("…：(1)…；" then "(2)…")."""
    number = _item_number(text)
    if number < 2:
        return False
    marks = [f"({number - 1})", f"（{number - 1}）", f"{number - 1})", chr(ord("①") + number - 2)]
    if number - 1 <= len(_ZH_DIGITS):
        marks += [f"（{_ZH_DIGITS[number - 2]}）", f"({_ZH_DIGITS[number - 2]})"]
    return any(m in previous for m in marks)


# an abstract's list told sentence by sentence: "TopoPrior contains two key components. First, a transferable topology
# prior learning module … Second, a query-conditioned latent adaptation module …"
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
_ORDINAL_RE = re.compile(rf"^(?:({'|'.join(_ORDINALS)})(?:ly)?|(finally|lastly))\b", re.IGNORECASE)
_ANNOUNCES_RE = re.compile(r"\b(?:two|three|four|five|six|several|following)\b[^.]*[.:]$|[:：]$", re.IGNORECASE)


def _next_told(previous: str, text: str) -> bool:
    """`text` goes on the list `previous` announces or tells the item before of: "… two key components." then
    "First, …"; "First, …" then "Second, …" (or "Finally, …")."""
    match = _ORDINAL_RE.match(text)
    if not match:
        return False
    before = _ORDINAL_RE.match(previous)
    if match.group(1) and match.group(1).lower() == "first":
        return bool(_ANNOUNCES_RE.search(previous.strip()))
    if before is None or before.group(2):
        return False
    return bool(match.group(2)) or _ORDINALS.index(match.group(1).lower()) == _ORDINALS.index(before.group(1).lower()) + 1


def _follows(previous: str, text: str) -> bool:
    return _next_item(previous, text) or _next_told(previous, text)


def list_siblings(s: Scored, scored: list[Scored]) -> list[Scored]:
    """The other items of the numbered list `s` is an item of, in the same field of the same paper: its clauses
    (1) and (2) are units of their own when the whole list is too long for one."""
    at = {(x.n, x.section, x.position): x for x in scored}
    siblings = []
    current = s
    while (after := at.get((s.n, s.section, current.position + 1))) and _follows(current.sentence, after.sentence):
        siblings.append(after)
        current = after
    current = s
    while (before := at.get((s.n, s.section, current.position - 1))) and _follows(before.sentence, current.sentence):
        siblings.append(before)
        current = before
    return siblings


def _enumerations_kept(parts: list[str], max_tokens: int) -> list[str]:
    """Clauses with the items of one numbered list kept together ("两大创新：(1)轨迹内偏好学习…；(2)智能体间依赖学习…"):
    split at the semicolon, the second innovation was a clause of its own that never reached the prompt beside the
    first, and the model made it up from the first (h20-l-amata-innovations)."""
    groups = [[parts[0]]]
    for part in parts[1:]:
        if _next_item(groups[-1][-1], part):
            groups[-1].append(part)
        else:
            groups.append([part])
    # a whole list that fits is one unit; a longer one stays item by item (four contributions merged two by two made
    # units too long to sit beside the TL;DR, and the item asked about lost its room: h21-l-egoproactive-arch)
    out = []
    for group in groups:
        whole = "".join(group)
        out.extend([whole] if len(group) > 1 and count_tokens(whole) <= max_tokens else group)
    return out





COUNTED_BONUS = 0.15
CHANGE_BONUS = 0.1
LIST_BONUS = 0.15
NUMBERLESS_PENALTY = 0.1


def asks_quantity(question: str) -> bool:
    """A value is asked by its words (how many, 多少, accuracy, 比例), not by a number the question holds: the 360° of
    "video-to-360° generation", the 10 of "BENI Global 10" or the 2026 of "2026年世界杯" name things; asked "what does
    it develop …, and what kind of operations …", the question was read as asking a value, so its two parts were never
    looked for one by one and the sentence answering the first never reached the prompt (h21-l-argus-360)."""
    return bool(QUANTITY_RE.search(question))


class SentenceVectors:
    """Sentence embeddings kept in process (LRU): the same papers come back for related questions."""

    def __init__(self, embedder, size: int = _CACHE_SIZE):
        self.embedder = embedder
        self.size = size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def __call__(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        found = {t: self._cache[t] for t in texts if t in self._cache}
        for text in found:  # used now: the last to be evicted
            self._cache.move_to_end(text)
        if missing:
            vectors = self.embedder.embed(missing)
            for text, vector in zip(missing, vectors):
                found[text] = self._cache[text] = np.asarray(vector, dtype=np.float32)
                if len(self._cache) > self.size:  # the least recently used; never one this call needs (`found`)
                    self._cache.popitem(last=False)
        return np.vstack([found[t] for t in texts]) if texts else np.zeros((0, 1), dtype=np.float32)


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
# the things a question asks for are several ("两个关键设计分别是什么", "what are the three components", "哪些模块")
ITEMS_ASKED_RE = re.compile(r"分别|各自|哪些|哪几|[两二三四五六七八九]\s*(?:个|大|项|种|条|点|类|部分|方面)|"
                            r"\b(?:two|three|four|five|six|both|each)\b|\blist\b|\bwhat (?:are|were) (?:the|its|their)\b",
                            re.IGNORECASE)
_LISTED_NAME = r"[A-Za-z][\w\-.]*[A-Z0-9][\w\-.]*"
_NAME_LIST_RE = re.compile(rf"{_LISTED_NAME}(?:\s*(?:,|、|，|;|and|和|与|及)\s*{_LISTED_NAME}){{1,}}")


# numbered things listed: "layers (14, 18, 22, 26)", "第14、18、22和26层", "layers 14, 18 and 22"
_NUMBER_LIST_RE = re.compile(r"(?<![\d.])\d+(?:\s*[,，、]\s*\d+){2,}(?![\d.])|"
                             r"(?<![\d.])\d+(?:\s*[,，、]\s*\d+)*\s*[,，]?\s*(?:and|和|及|与)\s*\d+(?![\d.])")


def lists_names(sentence: str) -> bool:
    """The sentence enumerates two or more names ("ALASKA2, VOC2012 and ImageNet", "在ALASKA2、VOC2012和ImageNet"),
    or three or more numbered things ("transformer layers (14, 18, 22, 26)")."""
    return bool(_NAME_LIST_RE.search(sentence) or _NUMBER_LIST_RE.search(sentence))


def places_named(sentence: str, places: list[GlossaryEntry]) -> set[str]:
    """The places (zh⇄en place list, by English name) a sentence names in either language."""
    return {e.en[0] for e in places if any(term_occurs(t, sentence) for t in e.zh + e.en if t)}


def names_places(sentence: str, places: list[GlossaryEntry]) -> int:
    """How many places a sentence names."""
    return len(places_named(sentence, places))


ASKED_TERM_BONUS = 0.15
# an English sentence ends at ". " before a capital: "A paper uses LLMs as teacher models … such as Ditto …. How many hours …?"
_CLAUSE_RE = re.compile(r"[。？?；;，,]|\.(?=\s+[A-Z])")
# an imperative asks too: "分别给出 CTDG 上的 AUC 提升和 TKG 上的 MRR 提升。", "List the datasets."
_IMPERATIVE = r"给出|列出|^\s*(?:please\s+)?(?:give|list)\b"
_WH_RE = re.compile(rf"多少|几[个倍项篇种]|什么|哪|\b(?:what|which|how)\b|{_IMPERATIVE}", re.IGNORECASE)


def asked_clause(question: str) -> str:
    """The clause that asks, when a question first describes its paper at length ("参加 SemEval-2026 … 的一个系统，
    用 BGE-M3 …。它的检索器在 Task A 上的 nDCG@5 是多少？" -> "它的检索器在 Task A 上的 nDCG@5 是多少"): its exact
    terms are what the answer's sentence names, the description's terms (BGE-M3, FAISS) only find the paper."""
    clauses = [c for c in _CLAUSE_RE.split(question) if c.strip()]
    asking = [c for c in clauses if _WH_RE.search(c)]
    return asking[-1] if len(clauses) > 1 and asking else ""


# a clause asks when it has a question word: "…的那篇论文，新建的 TinyTrees 基准一共包含多少…" asks in its second clause
_ASKING_RE = re.compile(r"多少|几[个倍项篇种层条次轮类]|什么|哪|如何|怎么|怎样|为何|为什么|是否|靠|"
                        rf"\b(?:what|which|how|whose|who|why|where|when)\b|{_IMPERATIVE}", re.IGNORECASE)


# where a question asks its next thing: "…？又用什么方法…", "…, and what predicts …", "…, and in which scenario …",
# "…，以及…"
_PART_RE = re.compile(r"[？?](?=\s*\S)|[，,;；]\s*(?=又|并且|以及|另外|还有|同时)|"
                      r"[,;]?\s+and\s+(?=(?:(?:in|on|at|for|from|with|under|of|to|into|by|during|through|over)\s+)?"
                      r"(?:what|how|which|whose|who|whom|why|where|when)\b)", re.IGNORECASE)


# a sentence ends at "。" / "！" or at ". " before a capital or a Chinese character (not inside "3.5")
_SENTENCE_END_RE = re.compile(r"(?<=[。！!])\s*|(?<=\.)\s+(?=[A-Z\u4e00-\u9fff])")


def _from_asking_sentence(part: str) -> str:
    """A part from its asking sentence on: the description of the paper before the first part ("RefCD is an
    unsupervised object detector that … . What does it compare predicted objects with") is not what the part asks,
    and its words would make the paper's introducing sentence the part's best (h19-l-refcd-reference)."""
    pieces = [x for x in _SENTENCE_END_RE.split(part) if x.strip()]
    asking = [i for i, x in enumerate(pieces) if _ASKING_RE.search(x)]
    return " ".join(pieces[asking[-1]:]).strip() if asking else part


def asked_parts(question: str) -> list[str]:
    """The things a question asks, one part each, when it asks two or more ("用什么算法做状态流抽象？又用什么方法把…变成
    战术标签？"; "how many features …, and what Spearman correlation …"); else []. Each part without the description
    of the paper before it."""
    parts = [p.strip(" ，,;；？?") for p in _PART_RE.split(question)]
    parts = [_from_asking_sentence(p) for p in parts if p and _ASKING_RE.search(p)]
    return parts if len(parts) >= 2 else []


def asking_clauses(question: str) -> list[str]:
    """Every clause that asks something, when the question has more than one clause ("…, and what predicts realised
    returns best?"; "用什么算法做状态流抽象？又用什么方法…？"): each is scored on its own, so that the description of
    the paper ("用不平衡最优传输从卫星影像里数单棵树的那篇论文") or another asked part does not outweigh the words
    of the slot asked. [] for a one-clause question."""
    clauses = [c.strip() for c in _CLAUSE_RE.split(question) if c.strip()]
    if len(clauses) < 2:
        return []
    return [c for c in clauses if _ASKING_RE.search(c) and len(c) >= 4]


# "How does X …?", "如何 / 怎么 / 用什么方法 / 靠什么": the mechanism is asked (not a value, not a reason): the
# Chinese summary's 方法 field states it, its motivation / result / conclusion fields do not
METHOD_ASKED_RE = re.compile(r"\bhow (?:does|do|did|is|are|was|were|can|could)\b|\bby what\b|\bin what way\b|"
                             r"\bwhat (?:method|approach|technique|algorithm|mechanism|strategy)s?\b|"
                             r"如何|怎么|怎样|用什么|通过什么|靠什么|采用(?:了)?什么|什么(?:方法|算法|技术|机制|策略)",
                             re.IGNORECASE)
METHOD_SECTION_BONUS = 0.2
OTHER_SECTION_PENALTY = 0.15  # motivation / result / conclusion for a mechanism question
CLAUSE_WEIGHT = 0.5  # the asking clauses' share of the text score when the question has several clauses


# a number is asked outright (QUANTITY_RE also matches metric words such as "token" that a "how" question may use)
_VALUE_ASKED_RE = re.compile(r"how (?:many|much|large|big|fast|long|often|well)|\bby how\b|what (?:is|was|are|were) the "
                             r"(?:\w+ ){0,3}(?:accuracy|score|rate|size|number|percentage|ratio|speed|cost|gain)|"
                             r"多少|(?<!哪)几[个倍项篇种次轮层条]|多大|多快|多长|多高", re.IGNORECASE)


def method_asked(question: str) -> bool:
    """The question asks how a paper does something (its method), not how much or how well."""
    return bool(METHOD_ASKED_RE.search(question)) and not _VALUE_ASKED_RE.search(question)


# a unit the question asks its value in, and that unit after a number in a sentence (either language): the one
# sentence stating the value in the asked unit is the answer (h11-x-asr-quant-tier: "多少毫秒" <- "560 ms")
ASKED_UNITS = [(re.compile(p, re.IGNORECASE), re.compile(q, re.IGNORECASE)) for p, q in (
    (r"毫秒|\bms\b|\bmilliseconds?\b", r"\d\s*(?:ms|毫秒|milliseconds?)(?![A-Za-z])"),
    (r"多少秒|几秒|\bhow many seconds\b", r"\d\s*(?:s|秒|seconds?|sec)(?![A-Za-z])"),
    (r"多少(?:个)?小时|\bhow many hours\b", r"\d\s*(?:h|小时|hours?|hrs?)(?![A-Za-z])"),
    (r"多少天|\bhow many days\b", r"\d\s*(?:天|days?)(?![A-Za-z])"),
    (r"\b[GMT]B\b|多少(?:显存|内存)|how much (?:GPU )?memory", r"\d\s*(?:[GMT]B|[GMT]iB)(?![A-Za-z])"))]
UNIT_BONUS = 0.15


def asked_unit_pattern(question: str) -> re.Pattern | None:
    """The pattern of a value stated in the unit the question asks for ("多少毫秒" -> "560 ms" / "560毫秒"), or None."""
    return next((stated for asking, stated in ASKED_UNITS if asking.search(question)), None)


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
    # a question asking one thing after describing its paper: its asking clause weighs as much as the whole
    # (a question asking several things gets each part's best sentence in `select_evidence` instead)
    parts = [] if asked_parts(question) else asking_clauses(question)
    matrix = vectors([question] + parts + [r[3] for r in rows])
    head = 1 + len(parts)
    dense = matrix[head:] @ matrix[0]
    part_dense = matrix[head:] @ matrix[1:head].T if parts else None
    how = method_asked(question)
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
    unit_asked = asked_unit_pattern(question) if quantity else None
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
    # how much of the question each paper's best sentence covers: a mechanism question is about the paper(s) it names
    paper_cover: dict[int, float] = {}
    for (n, *_rest), matched in zip(rows, matches):
        paper_cover[n] = max(paper_cover.get(n, 0.0), len(matched) / len(q_tokens) if q_tokens else 0.0)
    best_cover = max(paper_cover.values(), default=0.0) or 1.0
    part_tokens = [{t for t in tokenize(p) if t in q_tokens} for p in parts]
    # (not for values: the sentence with most of a value part's words may hold another setting's value, and the
    # number bonus and `complete_parts` already serve value parts; h-n-pigeonholing got "14%" for its 38-40% drop)
    asked = [{t for t in tokenize(p) if t in q_tokens} for p in ([] if quantity else asked_parts(question))]
    own_tokens = [tokens - set().union(*(o for j, o in enumerate(asked) if j != k)) for k, tokens in enumerate(asked)]
    for row_index, ((n, paper, section, sentence, position), cos, matched) in enumerate(zip(rows, dense, matches)):
        lexical = len(matched) / len(q_tokens) if q_tokens else 0.0
        focus = sum(weight[t] for t in matched) / total_weight
        score = 0.65 * float(cos) + 0.1 * lexical + 0.35 * focus
        clause_lexical, part_scores, part_focus = -1.0, [], []
        if parts:  # each asking clause on its own: the best one counts as much as the whole question
            for k, tokens in enumerate(part_tokens):
                lex_k = len(matched & tokens) / len(tokens) if tokens else 0.0
                focus_k = sum(weight[t] for t in matched & tokens) / (sum(weight[t] for t in tokens) or 1.0)
                part_scores.append(0.65 * float(part_dense[row_index, k]) + 0.1 * lex_k + 0.35 * focus_k)
                clause_lexical = max(clause_lexical, lex_k)
            score = (1 - CLAUSE_WEIGHT) * score + CLAUSE_WEIGHT * max(part_scores)
        part_focus = [sum(weight[t] for t in matched & own) / (sum(weight[t] for t in own) or 1.0) for own in own_tokens]
        if how:  # the 方法 field of the paper asked about (another paper's method field is no answer)
            score += (METHOD_SECTION_BONUS * min(1.0, paper_cover[n] / best_cover) ** 2 if section == "method" else
                      -OTHER_SECTION_PENALTY if section in ("motivation", "result", "conclusion") else 0.0)
        lowered = sentence.lower()
        title = paper.title.lower()  # a term of the title names the paper: the `named` bonus has counted it
        score += min(0.2, 0.1 * sum(t in lowered and t not in title for t in exact))
        # a count asked is stated in words too ("a strict three-feature core", "三个核心特征")
        numbers = parse_numbers(sentence) or (count_words(sentence) if noun else [])
        own = [q for q in q_numbers if q[0] not in paper.title]  # "BENI Global 10": a name, not a quantity
        if quantity if own or not q_numbers else bool(QUANTITY_RE.search(question)):
            score += 0.12 if numbers else -NUMBERLESS_PENALTY  # a sentence without a number cannot state one
        if noun and numbers and any(counts(x, sentence, noun, terms or []) for x in numbers):
            score += COUNTED_BONUS  # "validated against 250 human annotations" for "多少条人工标注"
        elif change_asked and numbers and CHANGE_RE.search(sentence):
            score += CHANGE_BONUS  # "outperform it by up to 15.8%" for "最多高出多少"
        if unit_asked and numbers and unit_asked.search(sentence):
            score += UNIT_BONUS  # "…在哪个流式延迟层级（多少毫秒）" : "at the matched 560 ms streaming tier"
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
        scored.append(Scored(n, paper.arxiv_id, section, sentence, position, score, lexical, float(cos),
                             clause_lexical, tuple(part_scores), tuple(part_focus)))
    return sorted(scored, key=lambda s: -s.score)


# the share (by weight) of an asked part's own words that makes a sentence the part's lead: quoted by a completion, or
# chosen as evidence though scored below the floor
PART_LEAD_FOCUS = 0.5
PART_LEAD_MARGIN = 0.1  # ... or this much more of them than the best sentence above the floor
# a part asking what a paper does: "what does each system do", "它是做什么的"
_DOES_ASKED_RE = re.compile(r"\bwhat (?:does|do|did) (?:[\w\-]+ ){0,3}do\b|是做什么的|做什么的|干什么的", re.IGNORECASE)
PART_TIE = 0.05  # part leads this close in the part's words are a tie, broken by the question's language
PART_COVERED = 0.6  # the share of a part lead's own words the best sentence holds (for every part it leads) to go first
CLAUSE_MARGIN = 0.2  # score below the best sentence that a fuller cover of the asking clause may make up for
CLAUSE_LEAD = 0.1  # how much more of the asking clause's words it must have


def _holds_as_well(best: Scored, lead: Scored) -> bool:
    """The best sentence holds about as many of each asked part's words as the part's lead does, where the lead has
    any: the lead adds little that the best sentence does not say."""
    led = [k for k, focus in enumerate(lead.part_focus) if focus > 0]
    return bool(led) and all(best.part_focus[k] >= PART_COVERED * lead.part_focus[k] for k in led)


def fullest_of_close(candidates: list[Scored]) -> Scored:
    """Of the sentences close to the best scored one, the one with more of the asking clause's words: the qualifier
    that sets the asked value apart ("the stop policy") beats a restated setting ("at a 1% audit budget") that a
    sibling's sentence has (h12-n-attacksel-stop-linux: the start policy's 20pp was taken for the stop policy's 28pp)."""
    best = candidates[0]
    fuller = [s for s in candidates if s.score >= best.score - CLAUSE_MARGIN
              and s.clause_lexical >= best.clause_lexical + CLAUSE_LEAD]
    return max(fuller, key=lambda s: (s.clause_lexical, s.score)) if fuller else best


def prompt_cost(s: Scored) -> int:
    """A sentence's tokens in the prompt, with its line break and separator."""
    return count_tokens(s.sentence) + 2


def select_evidence(scored: list[Scored], budget_tokens: int, *, per_paper: int = 5, max_sentences: int = 6,
                    within: float = 0.45, question: str = "") -> list[Scored]:
    """The best sentences within the token budget, returned grouped by paper and in reading order, so each
    paper's block reads naturally. A sentence scoring `within` below the best is left out: the fourth sentence
    of the paper that answers beats the best one of a paper that does not (issue 11: an AUC stated in the
    right paper's result lost its slot to an unrelated paper's abstract). `per_paper` keeps one long paper
    from taking every slot when several are close. A `question` asking a quantity gets the best paper's best
    sentence stating a number, when none of the leading sentences states one."""
    chosen: list[Scored] = []
    used = 0
    counts: dict[int, int] = {}
    floor = scored[0].score - within if scored else 0.0
    # a question asking two things ("用什么算法做…？又用什么方法…？") gets the best sentence of each asked part first:
    # the sentences of the part with more words in common would otherwise fill the budget
    part_leads: list[Scored] = []
    reserved = 0
    chinese = has_chinese(question)
    parts = len(scored[0].part_focus) if scored else 0
    part_texts = asked_parts(question) if parts and question else []
    eligible = [s for s in scored if s.score >= floor]
    for k in range(parts):  # the sentence with most of the part's own words ("算法", "抽象"), then the best scored
        # ... also a low-scored sentence of the best sentence's paper holding most of them: a long description of the
        # paper before the first part pulls the whole question's score away from it (h15-l-glassbox-bayesian: "…, and
        # in which scenario is the framework grounded?" is answered by "… ground it in a benefit eligibility scenario")
        # ... or clearly more of them than any sentence above the floor (h19-l-commonpool-allocation: "we first examine
        # two representative allocation mechanisms, equal allocation and proportional allocation" 0.32, the TL;DR 0.18)
        best_eligible = max((s.part_focus[k] for s in eligible), default=0.0)
        strong = [s for s in scored if s.score < floor and s.n == scored[0].n
                  and s.part_focus[k] >= min(PART_LEAD_FOCUS, best_eligible + PART_LEAD_MARGIN)]
        pool = eligible + strong
        most = max(s.part_focus[k] for s in pool)
        if not most and k < len(part_texts) and _DOES_ASKED_RE.search(part_texts[k]):
            # "what does each system do": no sentence has the part's words (system, do); the paper's TL;DR says what
            # it does (f-second-memory: "轻量级级联重排序器" never reached the prompt, the LoCoMo part's sentences did)
            summary = next((s for s in scored if s.n == scored[0].n and s.section == "tldr"), None)
            if summary is not None and summary not in part_leads:
                part_leads.append(summary)
                reserved += prompt_cost(summary)
            continue
        # of those holding about as many of them: the best sentence's paper's ("它在哪些基准上做了实验" is asked of it,
        # not of another paper naming 基准 and 实验), one in the question's language (the model copies its words:
        # "feature collapse problem" for an English question, not the motivation field's "特征坍缩问题"), and one that
        # still fits the budget beside the other parts' leads (a 110-token method field for the second part left
        # no room for the first part's; "… an orthogonal projection module removes dominant unimodal directions" fits)
        tied = sorted((s for s in pool if s.part_focus[k] >= most - PART_TIE and s.part_focus[k] > 0),
                      key=lambda s: (s.n == scored[0].n, bool(question) and has_chinese(s.sentence) == chinese,
                                     s.part_focus[k], s.score), reverse=True)
        lead = next((s for s in tied if s in part_leads or not reserved or reserved + prompt_cost(s) <= budget_tokens), None)
        if lead is not None and lead not in part_leads:
            part_leads.append(lead)
            reserved += prompt_cost(lead)
    # each asked part's lead before the best sentence: in a 200-token budget a long TL;DR first left no room for
    # the second part's lead (h14-l-taslora-collapse: "… a lightweight router dynamically assigns LoRA experts") --
    # but for a part the best sentence holds about as well, after it: the TL;DR as the first part's lead pushed out
    # the method field's "(1) 表示层面：正交投影模块…移除主导的单模态方向", which answers both parts in the question's
    # language, and the model mistranslated the English lead's "unimodal directions" (h12-l-intentproj-orthogonal)
    top = scored[:1]
    # (the best sentence must be in the question's language, or the lead not: "feature collapse" for an English
    # question comes from the abstract's words, not the TL;DR's 特征坍缩, h14-l-taslora-collapse)
    covered = [lead for lead in part_leads if top and lead is not top[0] and _holds_as_well(top[0], lead)
               and (not question or has_chinese(top[0].sentence) == chinese or has_chinese(lead.sentence) != chinese)]
    leaders = ([s for s in part_leads if s not in covered] + [s for s in top if s not in part_leads]
               + covered)  # then the best sentence, always
    fullest = fullest_of_close(scored) if scored else None  # the asked qualifier's sentence, not only its sibling's
    if fullest is not None and fullest not in leaders:
        leaders.append(fullest)
    if scored and asks_quantity(question):
        # a Chinese question's paper whose only number is in its English abstract ("…比近期最先进的方法最多高出多少？":
        # "… still outperform it by up to 15.8%"): its numberless Chinese fields match the question's words better
        given = parse_numbers(question)
        stating = [s for s in scored if s.n == scored[0].n
                   and any(not number_supported(x, given) for x in parse_numbers(s.sentence))]
        if stating and not any(lead in stating for lead in leaders):
            leaders.append(stating[0])
    ordered = leaders + [s for s in scored if s not in leaders]
    # a question asking for the items ("它包含的两个关键设计分别是什么") gets a chosen list item's siblings with it: the
    # first design's clause alone let the model name the second from the TL;DR's words (h21-l-sckan-designs)
    items_asked = bool(question) and bool(ITEMS_ASKED_RE.search(question))
    for s in ordered:
        if s in chosen:
            continue
        if len(chosen) >= max_sentences or (chosen and s.score < floor and s not in leaders):
            if s in leaders:
                continue
            break
        if counts.get(s.n, 0) >= per_paper:
            continue
        cost = prompt_cost(s)
        if chosen and used + cost > budget_tokens:
            continue
        chosen.append(s)
        used += cost
        counts[s.n] = counts.get(s.n, 0) + 1
        for sibling in list_siblings(s, scored) if items_asked else []:
            cost = prompt_cost(sibling)
            if (sibling not in chosen and len(chosen) < max_sentences and counts[s.n] < per_paper
                    and used + cost <= budget_tokens):
                chosen.append(sibling)
                used += cost
                counts[s.n] += 1
    order = {n: i for i, n in enumerate(dict.fromkeys(s.n for s in chosen))}
    return sorted(chosen, key=lambda s: (order[s.n], s.position))  # position is reading order, sections included


_ZH_UNIT_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?(万|亿)")
# not inside a name: the 1M of the dataset AC-1M, the 8B of Llama-3-8B are no counts (h12-x-emplace-images: the gloss
# "AC-1M（100万）" told the model the dataset had a million images; it has over 1.1M)
_EN_UNIT_RE = re.compile(r"(?<![\w.\-/])(\d+(?:\.\d+)?)\s?(million|billion|M|B)(?![A-Za-z])")


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


def gloss_respective(sentence: str, language: str) -> str:
    """A "respectively" sentence with its pairs spelled out after it: "… 9.5%, 6.5%, and 6.0% … for DeepSeek-Math,
    Qwen2.5-Math, and Gemma2 respectively (i.e. DeepSeek-Math: 9.5%; Qwen2.5-Math: 6.5%; Gemma2: 6.0%)". The 1.5B
    model does not count along two lists: asked Qwen2.5-Math's gain it gave the first value (h15-x-clc-qwen-gain)."""
    pairs = respective_values(sentence)
    if not pairs:
        return sentence
    units = {"%": "%", "x": "×"}
    spelled = [f"{name}: {value[0]}{units.get(unit_class(value, sentence), '')}" for name, value in pairs]
    if language == "zh":
        return f"{sentence}（即 {'；'.join(spelled)}）"
    return f"{sentence} (i.e. {'; '.join(spelled)})"


def to_public(selected: list[Scored]) -> list[Evidence]:
    return [Evidence(n=s.n, id=s.paper_id, section=s.section, sentence=s.sentence) for s in selected]
