"""Which papers a digest lists (retrieval, relevance cut, filters) and the line each one gets from its own fields."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from assistant.chains.digest.request import DigestRequest
from assistant.chains.translate.glossary import load_glossary, term_occurs
from assistant.chunking import paper_metadata
from assistant.lang import tokenize
from assistant.llm_reply_cache import LLMReplyCache
from assistant.retrieval import HybridRetriever, SearchFilters, recent_papers
from assistant.types import Paper

logger = logging.getLogger(__name__)


# ---------------------------------------------------------------- topic
def expand_topic(topic: str, prompts_dir: Path) -> str:
    """Add the glossary's zh and en forms of any term in the topic ('RAG' -> + retrieval-augmented
    generation, 检索增强生成): acronyms alone embed poorly and the corpus mixes both languages."""
    entries, _ = load_glossary(prompts_dir)
    extra = []
    for entry in entries:
        if any(term_occurs(t, topic) for t in entry.zh + entry.en):
            extra += [t for t in (entry.en[0], entry.zh[0]) if not term_occurs(t, topic)]
    return " ".join([topic, *dict.fromkeys(extra)])


def topic_forms(topic: str, prompts_dir: Path) -> list[set[str]]:
    """The topic as sets of BM25 tokens: itself and each glossary form of a term in it (RAG -> {rag},
    {retriev, augment, generat}, {检索, 增强, 生成, ...})."""
    forms = [set(tokenize(topic.replace("-", " ")))]
    entries, _ = load_glossary(prompts_dir)
    for entry in entries:
        if any(term_occurs(t, topic) for t in entry.zh + entry.en):
            forms += [set(tokenize(t.replace("-", " "))) for t in entry.zh + entry.en]
    return [f for f in forms if f]


def mentions_topic(paper: Paper, forms: list[set[str]]) -> bool:
    """Lexical relevance: every word of one form of the topic occurs in the paper's own text. Needed because
    a short topic ('ranking', 'knowledge distillation') embeds far from any abstract (measured with USE:
    on-topic 0.17-0.28, off-topic up to 0.19), so a dense cut alone either drops or admits too much."""
    text = " ".join([paper.title, paper.title_zh, paper.abstract, paper.summary.as_text(), " ".join(paper.keywords)])
    tokens = set(tokenize(text.replace("-", " ")))  # "ads-ranking" names both ads and ranking
    return any(form <= tokens for form in forms)


# ---------------------------------------------------------------- selection
def _norm_title(title: str) -> str:
    return re.sub(r"\W+", " ", title.lower()).strip()


def _candidates(request: DigestRequest, filters: SearchFilters, store,
                retriever_factory: Callable[[SearchFilters], HybridRetriever], prompts_dir: Path,
                min_relevance: float) -> list[tuple[Paper, float]]:
    """With a topic: hybrid hits that pass the dense cut or name the topic; without: the range, newest first."""
    if not request.topic:
        return [(p, 0.0) for p in recent_papers(store, filters, limit=None)]
    retriever = retriever_factory(filters)
    query = expand_topic(request.topic, prompts_dir)
    results = retriever.search_papers(query, max(3 * request.max_papers, 20))
    papers = store.get_papers([r.arxiv_id for r in results])
    forms = topic_forms(request.topic, prompts_dir)
    ordered = [(papers[r.arxiv_id], r.dense_similarity) for r in results if r.arxiv_id in papers
               and (r.dense_similarity >= min_relevance or mentions_topic(papers[r.arxiv_id], forms))]
    logger.info("digest: %d of %d hits pass the relevance cut (dense >= %.2f or the topic named)",
                len(ordered), len(results), min_relevance)
    return ordered


def select_papers(request: DigestRequest, *, store, retriever_factory: Callable[[SearchFilters], HybridRetriever],
                  prompts_dir: Path, min_relevance: float = 0.3) -> list[tuple[Paper, float]]:
    """(paper, dense similarity) for the digest: hybrid retrieval under the request's filters with a
    per-paper relevance cut, or (no topic) every paper in the range, newest first; deduped, capped."""
    filters = request.filters()
    ordered = _candidates(request, filters, store, retriever_factory, prompts_dir, min_relevance)
    out: list[tuple[Paper, float]] = []
    seen: set[str] = set()
    for paper, score in ordered:
        if not filters.matches(paper_metadata(paper)):  # safety net: the dense side may over-return
            continue
        names = " ".join(paper.authors).lower()
        if request.authors and not any(a.lower() in names for a in request.authors):
            continue
        key = _norm_title(paper.title)
        if key in seen or paper.arxiv_id in seen:
            continue
        seen.update({key, paper.arxiv_id})
        out.append((paper, score))
        if len(out) >= request.max_papers:
            break
    return out


# ---------------------------------------------------------------- lines
def _strip_latex(text: str) -> str:
    text = re.sub(r"\\[a-zA-Z]+\{([^{}]*)\}", r"\1", text)
    text = re.sub(r"\\(?:color)\{[^{}]*\}|\\[a-zA-Z]+", " ", text)
    return re.sub(r"\s+", " ", text.replace("$", "")).strip()


def first_sentence(text: str, limit: int = 300) -> str:
    text = _strip_latex(text)
    match = re.search(r"^(.+?[.!?])(?=\s+[A-Z(\"'])", text)
    sentence = match.group(1) if match else text
    return sentence if len(sentence) <= limit else sentence[:limit - 1].rstrip() + "…"


def paper_line(paper: Paper, language: str, translations: LLMReplyCache | None = None) -> tuple[str, str]:
    """(line, where it came from): zh = the Chinese TL;DR; en = a cached English translation of the TL;DR
    when one exists, else the abstract's first sentence. Never generated here."""
    tldr = paper.summary.tldr.strip()
    if language == "zh" and tldr:
        return tldr, "tldr"
    if language == "en" and translations is not None and tldr:
        cached = translations.find(paper.arxiv_id, "summary", "zh-en", paper.content_hash())
        for section in (cached or {}).get("sections", []):
            if section.get("name") == "tldr" and section.get("translation"):
                return section["translation"].strip(), "translation"
    if paper.abstract.strip():
        return first_sentence(paper.abstract), "abstract"
    if tldr:
        return tldr, "tldr"
    return paper.title, "title"
