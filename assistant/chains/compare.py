"""Side-by-side comparison of 2-6 named papers: a table from the papers' own fields, a short cited synthesis."""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from assistant.chains.answer import Answer, Citation, answer_terms, finalize, metric_terms
from assistant.chains.compare_synthesis import (
    ASKING_WORDS,
    GENERIC_WORDS,
    NAME_TOKEN_RE,
    complete_halves,
    complete_listings,
    mark_cut,
    name_tokens,
    paper_evidence,
    synthesis_sources,
    unanswered_halves,
)
from assistant.chains.events import elapsed_ms
from assistant.chains.router import compares_if_named
from assistant.chains.sources import SourceCard
from assistant.errors import InputError, LLMUnavailable
from assistant.index import PaperStore
from assistant.lang import LANGUAGE_NAMES, detect_language, has_chinese, tokenize
from assistant.llm import ChatModel, count_tokens
from assistant.markdown_text import md_table_cell
from assistant.prompts import load
from assistant.retrieval import HybridRetriever
from assistant.types import Paper, normalize_arxiv_id

logger = logging.getLogger(__name__)

MAX_PAPERS = 6
COLUMNS = {
    "zh": ["论文", "问题/动机", "方法", "数据", "结果", "部署/应用"],
    "en": ["Paper", "Problem / motivation", "Method", "Data", "Results", "Deployment"],
}
_DATA_RE = re.compile(r"dataset|benchmark|corpus|data set|数据集|基准|语料|benchmark", re.IGNORECASE)
_DEPLOY_RE = re.compile(r"deploy|production|online|a/b|industrial|real-world platform|部署|上线|线上|工业|实际应用",
                        re.IGNORECASE)
_RESULT_RE = re.compile(r"outperform|improv|achiev|results? (show|demonstrate)|experiments?|state-of-the-art|"
                        r"accuracy|\d%", re.IGNORECASE)
# "We therefore propose …", "we further introduce …": an adverb may stand between; "This paper proposes …"
_METHOD_RE = re.compile(r"we (?:[a-z]+ly |therefore |thus |hence |then |also |further |here |now ){0,2}"
                        r"(propose|present|introduce|develop|design)|"
                        r"(?:this|the present) (?:paper|work|study) (?:[a-z]+ly )?(proposes|presents|introduces|develops)|"
                        r"our (method|approach|framework|model)|"
                        r"consists of|based on", re.IGNORECASE)
_SPLIT_NAMES_RE = re.compile(r"\s*(?:,|，|、|;|；|\band\b|\bor\b|\bvs\.?|\bversus\b|\bwith\b|和|与|跟|及|以及|还是|对比)\s*",
                             re.IGNORECASE)
_PREFIX_RE = re.compile(r"^\s*(please\s+)?(compare|contrast|比较一下|比较|对比一下|对比)\s*(the\s+papers?\s+)?[:：]?",
                        re.IGNORECASE)
# what a question says before its colon when it counts the papers it then names: "two speech papers", "两篇视觉 Transformer 论文"
_COUNTED_LEAD_RE = re.compile(r"(?:the\s+|these\s+)?(?:two|three|four|2|3|4)\s+(?:[\w\-]+\s+){0,4}?(?:papers|studies|works)"
                              # what the counted papers are about: "two papers that turn research content into …"
                              r"(?:\s+(?:that|which|on|about|in|from|for|with)\s+[^:：,，.?]{1,80})?|"
                              r"(?:这|以下)?(?:两|二|三|四)(?:篇|项|个)[^，,。；;]{0,20}?(?:论文|研究|工作|文章)", re.IGNORECASE)
# a part that is no name: an apposition describing the name before it ("GCRank, a generative ranker, and …",
# "GCRank，一个生成式排序器，以及 …"), or what the papers are compared on ("…, on data", "in terms of cost")
_NOT_A_NAME_RE = re.compile(r"(?:a|an|one)\s|(?:on|in|for|regarding|in terms of|with respect to)\s+[a-z]|"
                            r"(?:一个|一种|一篇|一项|一套)", re.IGNORECASE)
# what a Chinese comparison asks after the last name: "A 与 B 的区别", "A 和 B 之间的差异"
_ASKED_DIFFERENCE_RE = re.compile(r"\s*(?:之间)?(?:的)?(?:区别|不同|异同|差异|差别|优劣|对比)(?:是什么|在哪里|有哪些|何在)?$")
_ABOUT_RE = re.compile(r"papers?\s+(about|on)\s+(?P<topic>.+)|关于(?P<topic_zh>.+?)的(论文|文章|工作)", re.IGNORECASE)


class Comparison(BaseModel):
    """What `compare --json` prints; the table is built from the papers' fields, only `synthesis` is generated."""

    model_config = ConfigDict(extra="forbid")

    question: str
    language: str
    papers: list[Citation]
    columns: list[str]
    rows: list[list[str]]
    table_markdown: str
    synthesis: str = ""
    synthesis_answer: Answer | None = None
    unresolved: list[str] = Field(default_factory=list)
    error: str | None = None
    timings: dict[str, float] = Field(default_factory=dict)
    kind: str = "compare"


_ASKS_RE = re.compile(r"它们|他们|分别|各自|都是|都用|什么|更适合|更好|哪些|哪个|如何|怎样|怎么|是否|\b(?:how|what|which|where|who|"
                      r"why|does|do|did|each|both|respectively|they|their)\b", re.IGNORECASE)
_LEADING_NAME_RE = re.compile(r"^\s*([A-Za-z][\w\-./]*)")
# a paper named by description: "the BIM information-extraction paper", "阿拉伯语句子分割（AraSEG）研究"
_DESCRIBED_RE = re.compile(r"\bthe\s+(?:[\w\-]+\s+){0,6}?(?:paper|study|work)\b(?:\s+(?:on|about)\s+(?:(?!and\b)[\w\-]+\s*){1,8})?|"
                           r"[^，,。；;：:？?、和与跟及\s][^，,。；;：:？?、和与跟及]{1,40}?(?:研究|论文|工作)", re.IGNORECASE)


def split_names(question: str) -> list[str]:
    """'compare GCRank and HarmonRank' / '比较GCRank和HarmonRank' -> ['GCRank', 'HarmonRank']. What follows a
    colon or question mark is the question about them, not a name ('Compare ARM and CREAM: how does each ...'),
    and a part that asks something keeps only the name it starts with ('AVIS 都是加速方法，它们分别…' -> 'AVIS')."""
    from assistant.chains.router import DEFINED_PAIR_RE

    defined = DEFINED_PAIR_RE.search(question)
    if defined:  # "SoftBinary Coding is a neural compression paradigm and CoCMT is a … framework": the two subjects
        return [defined.group("a"), defined.group("b")]
    text = _PREFIX_RE.sub("", question.strip()).strip(" ?？。.!")
    lead, *named = re.split(r"[:：]", text, maxsplit=1)
    if not (named and _COUNTED_LEAD_RE.fullmatch(lead.strip())):
        # "Compare the two ranking papers, GCRank and HarmonRank, on data": the counting lead ends at a comma
        lead, *named = re.split(r"[,，]", text, maxsplit=1)
    if named and _COUNTED_LEAD_RE.fullmatch(lead.strip()):
        # "Compare two speech papers: A (…) and B (…). What does A …": the names follow the colon, to the sentence end
        text = re.split(r"[。！!？?]|\.\s+(?=[A-Z])", named[0].strip(), maxsplit=1)[0]
    text = re.split(r"[:：?？]", text, maxsplit=1)[0]
    # what the named papers share is said after them, not a name: "A (…) and the B benchmark both come without
    # clean labels. How does each …", "The X paper on … and the paper on … both rely on fusion."
    # (a sentence may end in a name's capital, "… for Wan2.2-I2V. What …", not in an initial: "J. Smith", "U.S. Army")
    text = re.split(r"(?<!\bvs)(?<!\bal)(?<!\bNo)(?<!\b[A-Z])(?<=[\w)）])\.\s+(?=[A-Z])|\s+(?:(?:are|is|were)\s+)?both\s+(?=[a-z])|"
                    # "A 和 …的 B，都要从候选池里挑出…": what they share, after a comma
                    r"[，,]\s*(?:也都|都|均|同样)(?=[\u4e00-\u9fff])", text, maxsplit=1)[0]
    text = re.sub(r"(这两篇|这三篇|两篇|三篇|these two|these three|the two|the three)\s*(论文|papers?)?", "", text,
                  flags=re.IGNORECASE)
    names = []
    for part in _split_outside_brackets(text):
        part = _ASKED_DIFFERENCE_RE.sub("", part.strip(" \"'“”‘’"))
        if _NOT_A_NAME_RE.match(part):
            continue
        # "GCRank versus HarmonRank on CTR": what a name is compared on is no part of it
        part = re.sub(r"^([A-Z][\w\-]*[A-Z0-9][\w\-]*)\s+(?:on|in|for|regarding)\s+[^()（）]+$", r"\1", part)
        if part and _ASKS_RE.search(part):
            lead = _LEADING_NAME_RE.match(part)
            part = lead.group(1) if lead and not _ASKS_RE.fullmatch(lead.group(1)) else ""
        if part:
            names.append(part)
    described = [m.group(0).strip() for m in _DESCRIBED_RE.finditer(text)]
    if described:  # a part cut short ("the", "Amharic") or run on ("…研究都把语言模型") is its description
        names = list(dict.fromkeys(_described_as(n, described) for n in names))
        if len(described) >= 2:  # "A 研究和 B 研究都把语言模型和更简单的方法…": the 和 inside the question is no name
            names = [n for n in names if n in described or re.fullmatch(r"[A-Za-z][\w\-.]*", n)]
    if len(names) < 2:  # "How do GCRank and HarmonRank each deploy?": the capitalised names it joins
        capitalised = [n for n in re.findall(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9\-]{2,}(?![A-Za-z0-9])", text)
                       if not _ASKS_RE.fullmatch(n)]
        names = capitalised if len(capitalised) >= 2 else names
        if len(described) >= 2:  # "How does the Amharic … paper differ from the Twi … paper": not 'Amharic', 'Twi'
            names = list(dict.fromkeys(_described_as(n, described) for n in names)) if len(names) >= 2 else described
    if len(names) < 2:
        # "Both of these papers build on graph-based RAG: ContextRAG and the … paper on IFC building data. How does …":
        # a lead that names no paper but speaks of them; the names follow its colon (h17-c-contextrag-ifc read "paper
        # on IFC …" as a topic and compared three search hits)
        lead, *after = re.split(r"[:：]", _PREFIX_RE.sub("", question.strip()), maxsplit=1)
        if after and re.search(r"\bpapers\b|\bstudies\b|论文|研究", lead, re.IGNORECASE):
            following = split_names(after[0])
            names = following if len(following) >= 2 else names
    return names


def _split_outside_brackets(text: str) -> list[str]:
    """`_SPLIT_NAMES_RE`'s parts, not splitting inside a name's gloss ("ADR (Uber's agentic detection and response
    system)" is one name) or a paper's description ("那篇…与人交互的论文")."""
    glosses: list[str] = []

    def hide(match: re.Match) -> str:
        glosses.append(match.group(0))
        return f"\x00{len(glosses) - 1}\x00"

    hidden = re.sub(r"[（(][^（()）]{1,80}[)）]", hide, text)
    # "那篇测试 LLM/VLM 能否判断机器人何时该开始与人交互的论文": a paper pointed at by its description holds its own 与
    hidden = re.sub(r"(?:那|这)(?:篇|项)(?:(?!论文|研究|工作|文章)[^，,。；;？?]){1,60}?(?:论文|研究|工作|文章)", hide, hidden)
    return [re.sub(r"\x00(\d+)\x00", lambda m: glosses[int(m.group(1))], part) for part in _SPLIT_NAMES_RE.split(hidden)]


def _described_as(name: str, described: list[str]) -> str:
    """The description a split-off name belongs to: it starts the description, or is one of its words."""
    key = name.lower()
    for phrase in described:
        lowered = phrase.lower()
        if lowered.startswith(key) or key.startswith(lowered) or key in lowered.split():
            return phrase
    return name


def _short_name(title: str) -> str:
    return title.split(":", 1)[0].strip().lower() if ":" in title else ""


def resolve_papers(names: list[str], store: PaperStore, retriever: HybridRetriever,
                   found_as: dict[str, str] | None = None) -> tuple[list[str], list[str]]:
    """Names -> arXiv ids: an id, an exact short name ('GCRank' in 'GCRank: ...'), a fuzzy title match,
    else the best search hit for the name. Returns (ids, names that matched nothing); `found_as` collects
    name -> id."""
    from rapidfuzz import fuzz

    store.ensure_keyword_sync()
    titles: dict[str, str] = {}
    for _, meta in store.keywords.iter_metas():  # one pass, not a query per chunk (588k chunks at 150k papers)
        if meta.get("arxiv_id"):
            titles[meta["arxiv_id"]] = str(meta.get("title", ""))
    ids: list[str] = []
    unresolved: list[str] = []
    for name in names:
        bare = _DEMONSTRATIVE_RE.sub("", name).strip() or name  # "MedDistractQA 那篇论文" -> "MedDistractQA"
        key = bare.lower().strip()
        found = None
        arxiv_id = normalize_arxiv_id(name) if re.search(r"\d{4}\.\d{4,5}", name) else None
        if arxiv_id and arxiv_id in titles:
            found = arxiv_id
        if not found:
            found = next((pid for pid, t in titles.items() if _short_name(t) == key), None)
        if not found and len(key) >= 3 and " " in key:  # one word (PARSE) would match inside another (sparse)
            scored = sorted(((fuzz.partial_ratio(key, t.lower()), pid) for pid, t in titles.items()), reverse=True)
            if scored and scored[0][0] >= 90 and (len(scored) == 1 or scored[0][0] - scored[1][0] >= 5):
                found = scored[0][1]
        trailing = _TRAILING_NAME_RE.search(bare) if has_chinese(bare) else None
        if not found and trailing and not _generic_tail(trailing.group(1)):
            # "SemEval-2026 多轮 RAG 评测的参赛系统 5ting": the description ends in the name
            tail = trailing.group(1)
            found = (next((pid for pid, t in titles.items() if _short_name(t) == tail.lower()), None)
                     or _named_in_search(tail, store, retriever, as_word_only=True))
        if not found:
            found = _named_in_search(bare, store, retriever)
        if found and found_as is not None:
            found_as[name] = found
        if found and found not in ids:
            ids.append(found)
        elif not found:
            unresolved.append(name)
    return ids, unresolved


# "那篇论文", "这项研究", "该篇文章" after a name: "that paper", it points at the name and adds nothing to search for
_DEMONSTRATIVE_RE = re.compile(r"\s*(?:那|这|该)(?:篇|项|个)\s*(?:论文|研究|工作|文章)?\s*$")


# a Latin name closing a Chinese description of a paper ("…评测的参赛系统 5ting", "…选择适配器的 ARIADNE"): the
# description's words (RAG, SemEval-2026) otherwise found another paper (h4-c-select-embeddings compared the RAG
# reliability paper with ARIADNE)
_TRAILING_NAME_RE = re.compile(r"[\u4e00-\u9fff]\s*([A-Za-z0-9][A-Za-z0-9_\-.+]*[A-Za-z][A-Za-z0-9_\-.+]*)\s*$")


def _generic_tail(tail: str) -> bool:
    """A field's word closing a description ("…做代码生成的 LLM", "…的 baseline") names no paper."""
    from assistant.number_labels import COMMON_ACRONYMS

    return (tail.isalpha() and tail.islower()) or tail.lower() in COMMON_ACRONYMS | {"rag", "gnn", "cnn", "transformer",
                                                                                    "transformers"}


def _named_in_search(name: str, store: PaperStore, retriever: HybridRetriever, *,
                     as_word_only: bool = False) -> str | None:
    """The first search hit whose title or abstract uses the name as a word (ARM, AVIS: acronyms a paper defines
    in its abstract, not its title), else (unless `as_word_only`) the best hit when it is close enough."""
    # ten hits for the name as a word: a bare acronym's dense neighbours are noise (similarities near 0.1) whose order
    # changes between processes, and they pushed PARSE's paper (BM25's second) out of the first five in some runs
    hits = retriever.search_papers(name, 10)
    if not hits:
        return None
    papers = store.get_papers([h.arxiv_id for h in hits])
    flags = 0 if sum(c.isupper() for c in name) >= 2 else re.IGNORECASE
    word = re.compile(rf"(?<![A-Za-z0-9]){re.escape(name.strip())}(?![A-Za-z0-9])", flags)
    for hit in hits:
        paper = papers.get(hit.arxiv_id)
        if paper is not None and word.search(f"{paper.title} {paper.abstract}"):
            return hit.arxiv_id
    if as_word_only:
        return None
    hits = hits[:5]
    # a description ("the Amharic dense retrieval paper", "“思维链推理中的隐藏错误感知”研究"): the first hit
    # whose own text holds nearly all of its distinctive words
    wanted = described_words(name)
    for hit in hits:
        paper = papers.get(hit.arxiv_id)
        if paper is None or not wanted:
            continue
        s = paper.summary
        words = set(tokenize(" ".join([paper.title, paper.abstract, s.tldr, s.motivation, s.method, s.result])))
        if len(wanted & words) * 4 >= 3 * len(wanted):
            return hit.arxiv_id
    return hits[0].arxiv_id if hits[0].dense_similarity >= 0.3 else None


def described_words(name: str) -> set[str]:
    """The words of a paper's description that single it out (not 'the', 'study', '研究')."""
    return {t for t in tokenize(name.replace("/", " ")) if t not in GENERIC_WORDS}


def _sentences(*texts: str) -> list[str]:
    out = []
    for text in texts:
        out += [s.strip() for s in re.split(r"(?<=[!?。！？；;])|(?<=\.)(?=\s)", text or "") if s.strip()]
    return out


def _pick(sentences: list[str], pattern: re.Pattern, limit: int = 2) -> str:
    found = [s for s in sentences if pattern.search(s)][:limit]
    return " ".join(found)


def _clip(text: str, n: int = 220) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[: n - 1] + "…"


_RESULTS_ASKED_RE = re.compile(r"\b(?:report|results?|achiev|reach|scores?|perform|how (?:many|much|well|fast))|多少|结果|效果|"
                               r"表现|达到|成绩", re.IGNORECASE)


def asked_words(question: str, titles: list[str]) -> set[str]:
    """The words of what a comparison asks ("…: how does each one adapt?" -> {adapt}; "how does each use memory for
    retrieval" -> {memori, retriev}): the asking part (after a colon, else the last sentence), without question words,
    generic words or the compared papers' short names ("GCRank" of "GCRank: …"; a title's other words may be asked)."""
    ask = re.split(r"[:：]", question, maxsplit=1)[-1]
    sentences = [x for x in re.split(r"(?<=[.?!。？！])\s*", ask) if x.strip()]
    ask = sentences[-1] if sentences else ask
    # "what does each system do, and what does each report on LoCoMo?": the part asking for results does not choose
    # the method sentences (its words pick the LoCoMo result sentence for the Method cell)
    from assistant.chains.evidence import asked_parts

    every = asked_parts(ask)
    parts = [p for p in every if not _RESULTS_ASKED_RE.search(p)]
    ask = " ".join(parts) if parts and len(parts) < len(every) else ask
    named = {t for title in titles if ":" in title for t in tokenize(title.split(":", 1)[0])}
    return {t for t in tokenize(ask) if t not in ASKING_WORDS and t not in GENERIC_WORDS and t not in named
            and not t.isdigit()}


def _method_cell(sentences: list[str], wanted: set[str]) -> str:
    """The method sentences of an abstract: those using the question's own words ("EpiEvolve adapts by storing …" for
    "how does each adapt?"), most of them first, else the "we propose / introduce" ones."""
    if wanted:
        shared = [(len(wanted & set(tokenize(x))), i) for i, x in enumerate(sentences)]
        best = max((k for k, _ in shared), default=0)
        if best:
            # of the sentences using as many of its words, those saying what the paper proposes first (the cell is
            # clipped): asked "what does each give the model to reason with", SpatialClaw's "We therefore propose
            # SpatialClaw, … that adopts code as the action interface" before its motivation's "Spatial reasoning …"
            tied = [i for k, i in shared if k == best]
            picked = sorted(tied, key=lambda i: (not _METHOD_RE.search(sentences[i]), i))[:2]
            return " ".join(sentences[i] for i in picked)
    return _pick(sentences, _METHOD_RE)


def paper_row(paper: Paper, language: str, n: int, wanted: set[str] | None = None) -> list[str]:
    """One table row from the paper's own fields (Chinese summary for zh, the English abstract for en). `wanted`: the
    words the question asks about, which choose the English method sentences (`asked_words`)."""
    s = paper.summary
    label = f"[{n}] {paper.title.split(':')[0] if ':' in paper.title else paper.title}"
    if language == "zh" and paper.summary_usable:
        sents = _sentences(s.motivation, s.method, s.result, s.conclusion)
        cells = [s.motivation or s.tldr, s.method, _pick(sents, _DATA_RE), s.result, _pick(sents, _DEPLOY_RE)]
    else:
        sents = _sentences(paper.abstract)
        motivation = " ".join(x for x in sents[:2] if not _METHOD_RE.search(x)) or (sents[0] if sents else "")
        cells = [motivation, _method_cell(sents, wanted or set()), _pick(sents, _DATA_RE), _pick(sents, _RESULT_RE),
                 _pick(sents, _DEPLOY_RE)]
        if not paper.abstract and paper.summary_usable:  # only a Chinese summary exists
            cells = [s.motivation or s.tldr, s.method, "", s.result, ""]
    return [label] + [_clip(c) if c else "—" for c in cells]


def _markdown(columns: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(md_table_cell(c, newline=" ") for c in row) + " |" for row in rows]
    return "\n".join(lines)


# "the first", "the latter", "前者", "第二篇": a compared paper by its place in the question
_ORDINALS = ((re.compile(r"\bthe first\b|\bthe former\b|前者|第一篇|第一项|第一个", re.IGNORECASE), 1),
             (re.compile(r"\bthe second\b|第二篇|第二项|第二个", re.IGNORECASE), 2),
             (re.compile(r"\bthe third\b|第三篇|第三项|第三个", re.IGNORECASE), 3))
_LATTER_RE = re.compile(r"\bthe latter\b|后者", re.IGNORECASE)
def parts_by_paper(question: str, papers: list[Paper], aliases: dict[int, list[str]]) -> dict[int, str]:
    """What a comparison asks of each paper, when it asks each its own thing ("TAS-LoRA 要解决…什么问题？KV Transformer
    的研究在哪个领域…？", "What do the probes of the first detect …, and which method do the experiments of the second
    use?"): paper number -> the asking sentence that names it (a name word no other compared paper has, or its place:
    "the first", "前者"). {} unless every asked part names exactly one paper, each a different one."""
    from assistant.chains.evidence import asked_parts as things_asked

    parts = [re.split(r"(?<=[.。!！])\s*(?=\S)", p)[-1].strip() for p in things_asked(question)]
    if len(parts) < 2:
        return {}
    from assistant.number_labels import COMMON_ACRONYMS

    # not the field's words ("那篇测试 LLM/VLM 能否…的论文" is not named by "直接用 LLM 回答")
    names = {n: name_tokens(" ".join(aliases.get(n, []) + [p.title.split(":", 1)[0] if ":" in p.title else ""]))
             - COMMON_ACRONYMS for n, p in enumerate(papers, 1)}
    shared = {t for n, words in names.items() for t in words if any(t in o for m, o in names.items() if m != n)}
    mapped: dict[int, str] = {}
    for part in parts:
        words = name_tokens(part)
        hits = {n for n, own in names.items() if (own - shared) & words}
        hits |= {n for pattern, n in _ORDINALS if n <= len(papers) and pattern.search(part)}
        if _LATTER_RE.search(part):
            hits.add(len(papers))
        if not hits:
            hits = _pointed_at(part, aliases)
        if len(hits) != 1 or next(iter(hits)) in mapped:
            return {}
        mapped[next(iter(hits))] = part
    return mapped


# "那篇基准论文", "这项研究", "the benchmark paper": a paper pointed at by (a short form of) its description
_POINTED_RE = re.compile(r"(?:那|这|该)(?:篇|项)(?P<zh>[^，,。；;？?]{0,30}?)(?:论文|研究|工作|文章)|"
                         r"[\u4e00-\u9fffA-Za-z/\-]{2,12}(?:那|这)(?:篇|项)|"  # "人机交互那篇又用了哪些模型"
                         r"\bthe\s+(?P<en>(?:[\w\-]+\s+){0,4}?)(?:paper|study|work|benchmark)\b", re.IGNORECASE)


def _pointed_at(part: str, aliases: dict[int, list[str]]) -> set[int]:
    """The papers an asking part points at by description: "那篇基准论文把它的细粒度任务分成了哪三个阶段" after "VC-LLM 和那篇评测
    视频大模型视频编辑理解能力的基准论文" is the second paper (its description's word 基准); every word the part describes
    it by must be in that paper's description in the question, and in no other's."""
    def words(text: str) -> set[str]:  # "benchmark", 基准 say which paper here: only the pointing words are dropped
        return set(tokenize(text)) - _POINTING_WORDS

    def describes(wanted: set[str], name: str) -> bool:  # 人机交互 for "…机器人何时该开始与人交互的论文": its characters
        have = words(name)
        return all(w in have or (has_chinese(w) and set(w) <= set(name)) for w in wanted)

    hits: set[int] = set()
    for match in _POINTED_RE.finditer(part):
        wanted = words(match.group(0))
        if wanted:
            hits |= {n for n, names in aliases.items()
                     if any(describes(wanted, name) for name in names if not _LEADING_NAME_RE.fullmatch(name))}
    return hits


_POINTING_WORDS = set(tokenize("the this that paper study work 论文 研究 工作 文章")) | {
    "那篇", "这篇", "该篇", "那项", "这项", "该项", "那", "这", "该", "篇", "项"}


def _initials_used(names: list[str], question: str, paper: Paper) -> list[str]:
    """A name's initials that the question and the paper both use as a word: "How does SBC compress …" after
    "SoftBinary Coding is a …" (the abstract: "SoftBinary Coding (SBC)") asks about that paper."""
    found = []
    for name in names:
        initials = "".join(c for c in name if c.isupper())
        if " " in name.strip() and len(initials) >= 2:
            word = re.compile(rf"(?<![A-Za-z0-9]){initials}(?![A-Za-z0-9])")
            if word.search(question) and word.search(f"{paper.title} {paper.abstract}"):
                found.append(initials)
    return found


def compared_names(papers: list[Paper], aliases: dict[int, list[str]],
                   question: str = "") -> dict[int, tuple[str, set[str]]]:
    """What the verifier knows each compared paper by (`citations.verify`'s `papers`): the name the question gave it
    (else its title's head) and the capitalised words of those names no other compared paper's names have ("MINARD";
    "Intent", "Projection"; not "Transformer" of both "TAS-LoRA" and "KV Transformer", not "The" or "LLM")."""
    from assistant.lang import STOP_WORDS_EN
    from assistant.number_labels import COMMON_ACRONYMS

    heads = {n: p.title.split(":", 1)[0].strip() if ":" in p.title else "" for n, p in enumerate(papers, 1)}
    words = {n: {t for t in NAME_TOKEN_RE.findall(" ".join(aliases.get(n, []) + [heads[n]]))
                 if any(c.isupper() for c in t) and len(t) >= 2 and t.lower() not in STOP_WORDS_EN
                 and t.lower() not in COMMON_ACRONYMS} for n in heads}
    phrases = described_phrases(question, aliases) if question else {}
    return {n: ((aliases.get(n) or [heads[n] or papers[n - 1].title])[0],
                {t for t in own if not any(t in other for m, other in words.items() if m != n)} | phrases.get(n, set()))
            for n, own in words.items()}


def described_phrases(question: str, aliases: dict[int, list[str]]) -> dict[int, set[str]]:
    """The Chinese words a comparison question names a paper by when it has no name word: its description
    ("用家庭视频做自闭症行为评分的多模态大模型研究", "讽刺检测超参数" of "…那篇论文") and the short pointers the question
    points at it with again ("那篇基准论文" -> 基准论文, "人机交互那篇" -> 人机交互: `_pointed_at`, one paper only). The
    verifier reads them as that paper's name (`citations.named_papers`): "而那篇基准论文把…分成了三个阶段 [1]" named no
    paper and kept VC-LLM's citation (h17-c-vcllm-veu); "RuVerBench 覆盖…，而那篇实体匹配论文在…上评估" was one claim of
    both papers (h18-c-ruverbench-em)."""
    out: dict[int, set[str]] = {n: set() for n in aliases}

    def core(text: str) -> str:  # "那篇实体匹配论文" -> "实体匹配论文"; "MedDistractQA 那篇论文" -> ""
        text = _DEMONSTRATIVE_RE.sub("", text).strip()
        text = re.sub(r"^(?:那|这|该)(?:篇|项)|(?:那|这)(?:篇|项)$", "", text).strip()
        return text if len(re.findall(r"[\u4e00-\u9fff]", text)) >= 2 and not _LEADING_NAME_RE.fullmatch(text) else ""

    for n, names in aliases.items():
        out[n] |= {c for name in names if has_chinese(name) and not NAME_TOKEN_RE.fullmatch(name.strip())
                   and (c := core(name))}
    for match in _POINTED_RE.finditer(question):
        hits = _pointed_at(match.group(0), aliases)
        if len(hits) == 1 and (c := core(match.group(0))):
            out[next(iter(hits))].add(c)
    # a phrase inside another paper's is no name of either ("研究" words shared): kept only when one paper's
    return {n: {p for p in ps if not any(p in q for m, qs in out.items() if m != n for q in qs)}
            for n, ps in out.items()}


def compare(question_or_names: str | list[str], *, store: PaperStore, retriever: HybridRetriever,
            llm: ChatModel | None, prompts_dir: Path, language: str | None = None, top_k: int = 3,
            budget: int | None = None, max_tokens: int | None = None, vectors=None) -> Comparison:
    """`budget` (source tokens for the synthesis) and `max_tokens` default to the model's; the bundled model gets
    small ones from `App` (its prompt length and decoding are the wait). With `vectors` (a sentence embedder)
    the synthesis reads each paper's sentences that best answer the question, an equal share of the budget
    each, instead of whole sections cut to fit."""
    started = time.perf_counter()
    if isinstance(question_or_names, list):
        names, question = question_or_names, "compare " + " and ".join(question_or_names)
    else:
        question = question_or_names
        names = split_names(question)
        # "compare papers about advertising ranking": a topic; "the DiffNet paper on … and the paper on …" names two
        about = _ABOUT_RE.search(question)
        about = about if about and (len(names) < 2 or about.group(0).lower().startswith("papers")) else None
        names = [] if about else names
    language = language if language in LANGUAGE_NAMES else ("zh" if has_chinese(question) else
                                                             detect_language(question))
    found_as: dict[str, str] = {}  # the name the question gave each paper
    if isinstance(question_or_names, str) and about:
        topic = next(g for g in about.group("topic", "topic_zh") if g)
        ids, unresolved = [h.arxiv_id for h in retriever.search_papers(topic, top_k)], []
    else:
        ids, unresolved = resolve_papers(names, store, retriever, found_as)
    if isinstance(question_or_names, str) and not about and compares_if_named(question):
        # "How does FUSE differ from BM25?": BM25 is a baseline FUSE's paper mentions, no compared paper's name
        titles = {pid: p.title for pid, p in store.get_papers(ids).items()}
        foreign = [name for name, pid in found_as.items()
                   if not re.search(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", titles.get(pid, ""))]
        if foreign:
            raise InputError(f"not a comparison of papers: {', '.join(foreign)} names no paper's title")
    ids = ids[:MAX_PAPERS]
    if len(ids) < 2:
        raise InputError("a comparison needs at least two papers I can find"
                         + (f"; not found: {', '.join(unresolved)}" if unresolved else ""))
    papers_by_id = store.get_papers(ids)
    papers = [papers_by_id[i] for i in ids if i in papers_by_id]
    wanted = asked_words(question, [p.title for p in papers]) if isinstance(question_or_names, str) else set()
    rows = [paper_row(p, language, n, wanted) for n, p in enumerate(papers, 1)]
    columns = COLUMNS[language]
    result = Comparison(question=question, language=language, columns=columns, rows=rows,
                        table_markdown=_markdown(columns, rows), unresolved=unresolved,
                        papers=[Citation(n=n, id=p.arxiv_id, title=p.title, url=p.url)
                                for n, p in enumerate(papers, 1)])
    result.timings["table_ms"] = elapsed_ms(started)
    if llm is None:
        return result
    aliases = {n: [name for name, pid in found_as.items() if pid == paper.arxiv_id] for n, paper in enumerate(papers, 1)}
    for n, paper in enumerate(papers, 1):
        aliases[n] += _initials_used(aliases[n], question, paper)
    parts = parts_by_paper(question, papers, aliases) if isinstance(question_or_names, str) else {}
    scored = paper_evidence(question, papers, parts, vectors, prompts_dir) if vectors is not None else None
    packed = synthesis_sources(question, papers, language, budget or llm.source_budget, scored)
    for n in range(1, len(papers) + 1):  # 'TinyTrees', 'the BIM … paper': a name the verifier knows as that paper's
        if aliases[n] and n in packed.texts:
            packed.texts[n] += "\n" + "; ".join(aliases[n])
    prompt = load("compare.user", prompts_dir)
    system = load("answer.system", prompts_dir)
    messages = [{"role": "system", "content": system.template},
                {"role": "user", "content": prompt.format(sources=packed.prompt_block, question=question,
                                                          language_name=LANGUAGE_NAMES[language])}]
    answer = Answer(question=question, answer="", language=language, sources=packed.cards, model=llm.name,
                    prompt_version=f"{system.version}+{prompt.version}",
                    prompt_tokens=sum(count_tokens(m["content"]) for m in messages))
    try:
        # ".CASCADE 的级联数据集之间…" (h13-c-cascade-trace, session 21 live): a stray stop before the first word goes
        raw = re.sub(r"^\s*[.。,，;；:：]+\s*(?=\S)", "", "".join(llm.stream(messages, max_tokens=max_tokens)))
        raw, cut = mark_cut(raw, max_tokens, language)
        names = compared_names(papers, aliases, question)
        # a question asking each paper its own thing is checked paper by paper, else as one answer
        finalize(answer, raw, packed, question, metric_terms(prompts_dir), answer_terms(prompts_dir), names,
                 whole_checks=not parts)
        if cut:
            answer.flagged.append({"sentence": cut, "reason": "cut off at the end of the answer (the token limit)"})
        unanswered = unanswered_halves(answer, len(papers), parts, question, packed) if parts else set()
        if scored is not None:
            complete_halves(answer, scored, parts, question, packed, names, unanswered)
            complete_listings(answer, scored, parts)
        result.synthesis = "" if answer.refused else answer.answer
    except LLMUnavailable as exc:
        answer.error = result.error = str(exc)
    result.synthesis_answer = answer
    result.timings["total_ms"] = elapsed_ms(started)
    return result


__all__ = ["Comparison", "compare", "resolve_papers", "split_names", "SourceCard"]
