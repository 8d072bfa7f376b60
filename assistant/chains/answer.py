"""Grounded, cited, bilingual answers: retrieve -> pack sources -> stream -> verify -> structured result."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from assistant.chains.events import Event, elapsed_ms, final_event
from assistant.chains.evidence import (
    PLACES_ASKED_RE,
    QUESTION_WORDS,
    WHAT_VALUE,
    Evidence,
    Scored,
    SentenceVectors,
    asked_clause,
    asks_quantity,
    gloss_numbers,
    places_named,
    score_sentences,
    select_evidence,
    to_public,
)
from assistant.chains.sources import PackedSources, SourceCard, asked_part, pack_evidence, pack_sources
from assistant.chains.translate.checks import number_evidence
from assistant.citations import (
    CHANGE_RE,
    CITATION_RE,
    asked_names,
    exact_terms,
    number_supported,
    parse_numbers,
    verify,
)
from assistant.errors import LLMUnavailable
from assistant.index import PaperStore
from assistant.lang import LANGUAGE_NAMES, has_chinese, question_language, tokenize
from assistant.llm import ChatModel, count_tokens
from assistant.number_labels import (
    COMMON_ACRONYMS,
    asked_noun,
    counts,
    labelled_by,
    labelled_otherwise,
    labels,
    number_sites,
    other_subject,
    unit_class,
)
from assistant.prompts import load
from assistant.retrieval import HybridRetriever, PaperResult, SearchFilters
from assistant.sources.clean import latex_accents
from assistant.zh_en_dictionary import glossed, glosses

logger = logging.getLogger(__name__)

REFUSALS = {
    "zh": "这些论文中没有相关内容，无法回答这个问题。最接近的论文如下：",
    "en": "These papers do not say. The closest papers are listed below.",
}
QUOTED = {
    "zh": "论文原文如下（模型未能给出可核验的回答，以下为引用）：",
    "en": "The papers say (quoted, since the model gave no answer that could be verified):",
}
# a question that asks for a value, not merely mentions a metric ("which paper has the best accuracy?")
VALUE_ASKED_RE = re.compile(r"how (?:many|much|large|big|fast|long|often)|\bby how\b|what (?:is|was|are|were) the "
                            r"(?:\w+ ){0,3}(?:accuracy|score|rate|size|number|percentage|ratio|speed|cost|gain|"
                            r"improvement)|多少|几[个倍项篇种]|多大|多快|多长|"
                            # "What correlation coefficient … do they reach?" (not "what accuracy metric …")
                            r"\bwhat (?:[\w\-]+ ){0,2}(?:coefficient|correlation|accuracy|score|rate|percentage|"
                            r"ratio|f1|auc|auroc|bleu|perplexity|speed-?up|latency|throughput)s?\b"
                            r"(?!\s+(?:metrics?|measures?|benchmarks?|datasets?|methods?|types?|kinds?)\b)|"
                            # "Over what range of model sizes …": the answer is the range's two ends
                            r"\b(?:what|which) (?:[\w\-]+ ){0,2}ranges?\b|"
                            + WHAT_VALUE, re.IGNORECASE)
# questions whose answer is a list of names (datasets, benchmarks, baselines, models)
NAMES_ASKED_RE = re.compile(r"哪些.{0,4}(?:数据集|基准|基线|模型)|哪几个.{0,4}(?:数据集|基准|基线|模型)|"
                            r"\b(?:which|what)\s+(?:[\w\-]+\s+)?(?:datasets|benchmarks|baselines|models)\b",
                            re.IGNORECASE)
_NAME_WORD_RE = re.compile(r"(?<![\w\-])[A-Za-z][\w\-.]*(?:[A-Z]|\d)[\w\-.]*|(?<![\w\-])[A-Z]{2,}[\w\-]*")


def names_not_asked(text: str, question: str) -> set[str]:
    """The names (lower case) a text gives that the question did not (ImageNet, VOC2012, GSM8K, MMLU)."""
    asked = {w.lower() for w in _NAME_WORD_RE.findall(question)}
    return {w.lower() for w in _NAME_WORD_RE.findall(CITATION_RE.sub(" ", text))} - asked


def names_beyond(text: str, question: str) -> bool:
    """The answer names something the question did not."""
    return bool(names_not_asked(text, question))


RESCUE_POOL = 12  # evidence sentences (best first) a quote may come from, beyond the prompt's
ALSO_QUOTED = {"zh": "论文原文还写道：", "en": "The paper also says:"}
UNAVAILABLE = {
    "zh": "语言模型暂时不可用（{error}）。以下是检索到的论文：",
    "en": "The language model is unavailable ({error}). Here are the papers found for your question:",
}


class Citation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    n: int
    id: str
    title: str
    url: str


class Answer(BaseModel):
    """What `ask --json` prints and the UI renders; field names are a public contract."""

    model_config = ConfigDict(extra="forbid")

    question: str
    answer: str
    language: str
    refused: bool = False
    citations: list[Citation] = Field(default_factory=list)
    sources: list[SourceCard] = Field(default_factory=list)
    dropped: list[dict] = Field(default_factory=list, description="claims removed by the verifier, with reasons")
    flagged: list[dict] = Field(default_factory=list, description="claims kept with a warning")
    removed_citations: int = 0
    attached_citations: int = 0
    raw_answer: str = ""
    error: str | None = None
    standalone_query: str = ""
    model: str = ""
    prompt_version: str = ""
    prompt_tokens: int = 0
    timings: dict[str, float] = Field(default_factory=dict)
    kind: str = "answer"
    evidence: list[Evidence] = Field(default_factory=list, description="the sentences the model was given")
    quoted: bool = Field(False, description="the answer quotes evidence because no model claim survived")
    completed_parts: int = Field(0, description="asked parts the model left out, answered by a quoted sentence")


@dataclass
class Turn:
    question: str
    answer: Answer


@dataclass
class ChatSession:
    """Per-user conversation state. Follow-ups are rewritten into standalone queries from this history."""

    turns: list[Turn] = field(default_factory=list)
    max_turns: int = 20

    def add(self, question: str, answer: Answer) -> None:
        self.turns.append(Turn(question, answer))
        del self.turns[:-self.max_turns]

    def clear(self) -> None:
        self.turns.clear()


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "fifth": 5, "5th": 5, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "1": 1, "2": 2, "3": 3, "4": 4,
             "5": 5}
ORDINAL_RE = re.compile(r"(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(paper|one|source|result)|"
                        r"第\s*([一二三四五1-5])\s*(篇|个|项|条)|(?:paper|source)\s*\[?([1-5])\]?|\[([1-5])\]",
                        re.IGNORECASE)
PRONOUN_RE = re.compile(r"\b(it|its|this|that|they|them|their|these|those|the paper|the method|the model)\b|"
                        r"它|它们|这篇|那篇|该论文|该方法|这个方法|这项工作|这些|那个|其", re.IGNORECASE)


NAME_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*(?![A-Za-z0-9])")


def method_names(question: str) -> list[str]:
    """CamelCase tokens such as GCRank or TextBridgeGNN: they name a paper's method. All-caps acronyms (NDCG,
    AUC) are metrics as often as names, so they do not count."""
    return [n for n in NAME_RE.findall(question) if len(n) >= 4 and re.search(r"[a-z]", n)]


_EACH_WORDS_RE = re.compile(r"两者|二者|三者|分别|各自|它们|\b(?:each|both|respectively|they|them)\b", re.IGNORECASE)


def asked_of_each(turn: Turn) -> str:
    """What "那第二篇呢？" asks of the paper it points at: the last question, or for a comparison its ask without
    the names ("Compare A and B: what does each report on LoCoMo?" -> "what does report on LoCoMo?"); a bare
    "compare A and B" asks what the paper does."""
    if turn.answer.kind != "compare":
        return turn.question
    parts = re.split(r"[:：]", turn.question, maxsplit=1)
    ask = re.sub(r"\s{2,}", " ", _EACH_WORDS_RE.sub("", parts[1])).strip() if len(parts) > 1 else ""
    if not ask:
        ask = "这篇论文做了什么，结果如何？" if turn.answer.language == "zh" else "What does this paper do, and with what results?"
    return ask


_LATIN_WORD_RE = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]{3,}(?![A-Za-z])")


def title_names(question: str) -> list[str]:
    """Words of the question that can name a paper: method names (GCRank), and in a Chinese question any
    capitalised Latin word ("Panini 2026 世界杯贴纸册…"), which there is a name, not a sentence's first word."""
    names = method_names(question)
    if has_chinese(question):
        names += [w for w in _LATIN_WORD_RE.findall(question) if w not in names]
    return names


def rewrite_followup(question: str, session: ChatSession | None) -> tuple[str, tuple[str, ...]]:
    """(standalone query, paper ids to focus on). "那第二篇呢？" -> the 2nd paper cited last turn, by title."""
    if not session or not session.turns:
        return question, ()
    last = session.turns[-1].answer
    cited = last.citations or [Citation(n=c.n, id=c.id, title=c.title, url=c.url) for c in last.sources[:1]]
    if not cited:
        return question, ()
    match = ORDINAL_RE.search(question)
    if match:
        word = next(g for g in match.groups() if g and g.lower() in _ORDINALS)
        index = _ORDINALS[word.lower()]
        by_n = {c.n: c for c in last.sources}
        target = by_n.get(index) or (cited[index - 1] if index <= len(cited) else None)
        if target is not None:
            base = asked_of_each(session.turns[-1]) if len(question) < 12 else question
            return f"{base} {target.title}".strip(), (target.id,)
    pronoun = PRONOUN_RE.search(question)
    if pronoun or len(question.strip()) <= 12:
        names = [n.lower() for n in method_names(question)]
        named = next((c for c in last.sources if any(n in c.title.lower() for n in names)), None)
        if named:
            return f"{question} {named.title}", (named.id,)
        if names and not pronoun:  # "GCRank 呢？" names a paper of its own: a new question
            return question, ()
        # "它在 LoCoMo 上…": a pronoun wins over a name that is a benchmark or metric, not one of the papers
        focus = cited[0]
        return f"{question} {focus.title}", (focus.id,)
    return question, ()


_REFERENCE_ONLY_RE = re.compile(r"^(?:and|so|then|what about|how about|and what about|那|那么)?\s*(?:the\s+)?"
                                r"(?:(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:one|paper|source)|"
                                r"第\s*[一二三四五1-5]\s*[篇个项条])\s*(?:呢|怎么样|如何)?\s*[?？.。!！]*$", re.IGNORECASE)


def put_to_model(asked: str, query: str, focus: tuple[str, ...]) -> str:
    """The question the model reads. A follow-up resolved to one paper drops the clause that only pointed at it
    ("What about the second one? Where was it deployed?" -> "Where was it deployed?": with one source, "the
    second one" only confused the model); a bare pointer ("那第二篇呢？") reads the standalone query."""
    if not focus:
        return asked
    from assistant.citations import split_sentences

    kept = [s for s in split_sentences(asked) if not _REFERENCE_ONLY_RE.match(s.strip())]
    rest = " ".join(kept).strip()
    return rest if rest and len(asked) >= 12 else query


def _retrieve(retriever: HybridRetriever, store: PaperStore, query: str, k: int
              ) -> tuple[list[PaperResult], dict]:
    results = retriever.search_papers(query, k)
    papers = store.get_papers([r.arxiv_id for r in results])
    return [r for r in results if r.arxiv_id in papers], papers


def recall_named(retriever: HybridRetriever, store: PaperStore, query: str, results: list[PaperResult],
                 papers: dict, k: int) -> tuple[list[PaperResult], dict]:
    """A paper the question names (MedDistractQA, in "讽刺检测超参数那篇论文和 MedDistractQA 那篇论文…分别…") that the
    whole question's search left out: search the name alone and take the first hit whose title or abstract uses it
    as a word, in place of the last result. A name no paper uses (ARC-AGI) changes nothing."""
    recalled: list[PaperResult] = []
    for name in asked_names(query):
        word = re.compile(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])")
        if any(word.search(f"{papers[r.arxiv_id].title} {papers[r.arxiv_id].abstract}") for r in results + recalled):
            continue
        hits = retriever.search_papers(name, 3)
        found = store.get_papers([h.arxiv_id for h in hits if h.arxiv_id not in papers])
        hit = next((h for h in hits if h.arxiv_id in found
                    and word.search(f"{found[h.arxiv_id].title} {found[h.arxiv_id].abstract}")), None)
        if hit is not None and len(recalled) < k - 1:  # the whole question's best paper stays
            recalled.append(hit)
            papers = {**papers, hit.arxiv_id: found[hit.arxiv_id]}
    return (results[:max(1, k - len(recalled))] + recalled) if recalled else results, papers


def is_relevant(results: list[PaperResult], min_relevance: float) -> bool:
    """Calibrated gate: the best paper must be semantically close (dense cosine) to the question."""
    return bool(results) and max(r.dense_similarity for r in results) >= min_relevance


def evidence_is_strong(best: Scored | None, question: str, min_relevance: float) -> bool:
    """The best evidence sentence answers the question on its own words: most of the question's terms, and a
    number when a quantity is asked (exact names and numbers pass a gate that dense similarity alone misses)."""
    if best is None:
        return False
    if asks_quantity(question) and not parse_numbers(best.sentence):
        return False
    return best.lexical >= 0.6 or (best.lexical >= 0.4 and best.dense >= min_relevance + 0.1)


@dataclass
class _Plan:
    """What the answer will be built from: the papers, their numbered sources and the evidence chosen."""

    packed: PackedSources
    evidence: list[Scored]  # every sentence scored, best first
    chosen: list[Scored]  # what the prompt holds
    named: set[str] = field(default_factory=set)  # papers the question names (the gate lets them through)


def answer_terms(prompts_dir: Path) -> list:
    """The zh⇄en term lists evidence matching uses across languages: the translation glossary, the metric
    words questions ask about, and place names."""
    from assistant.chains.translate.glossary import load_glossary

    return (load_glossary(prompts_dir)[0] + load_glossary(prompts_dir, "metric_terms.tsv")[0]
            + load_glossary(prompts_dir, "question_terms.tsv")[0] + place_terms(prompts_dir))


def place_terms(prompts_dir: Path | None) -> list:
    """Countries and regions, zh⇄en: a "which countries" question is answered by a sentence that lists them."""
    from assistant.chains.translate.glossary import load_glossary

    return load_glossary(prompts_dir, "place_terms.tsv")[0] if prompts_dir else []


def metric_terms(prompts_dir: Path | None) -> list:
    """What papers measure, zh⇄en: the verifier checks that a claimed number stands next to its metric."""
    from assistant.chains.translate.glossary import load_glossary

    return load_glossary(prompts_dir, "metric_terms.tsv")[0] if prompts_dir else []


def _plan(query: str, results: list[PaperResult], papers: dict, language: str, llm: ChatModel,
          vectors: SentenceVectors | None, evidence_tokens: int | None, prompts_dir: Path | None = None) -> _Plan:
    ordered = [papers[r.arxiv_id] for r in results]
    scores = {r.arxiv_id: r.score for r in results}
    if vectors is None:  # no embedder given: whole sections, as before evidence selection
        matched = {r.arxiv_id: [n.node.metadata.get("section", "") for n in r.nodes] for r in results}
        return _Plan(pack_sources(ordered, matched, language, llm.source_budget, scores), [], [])
    names = title_names(query)
    named = {p.arxiv_id for p in ordered if any(n.lower() in p.title.lower() for n in names)}
    # the gate also trusts a Chinese question's Latin name that the paper's abstract uses ("Panini 2026 …")
    latin = [n for n in names if has_chinese(query) and n not in method_names(query)]
    mentioned = named | {p.arxiv_id for p in ordered
                         if any(re.search(rf"(?<![A-Za-z]){re.escape(n)}(?![A-Za-z])", p.abstract) for n in latin)}
    terms = answer_terms(prompts_dir) if prompts_dir else []
    scored = score_sentences(query, list(enumerate(ordered, 1)), vectors, named, terms, place_terms(prompts_dir))
    chosen = select_evidence(scored, evidence_tokens or llm.source_budget)
    by_n: dict[int, list[str]] = {}
    for s in chosen:
        by_n.setdefault(s.n, []).append(gloss_numbers(s.sentence, language))
    return _Plan(pack_evidence(ordered, by_n, scores), scored, chosen, mentioned)


def stream_answer(question: str, *, store: PaperStore, retriever: HybridRetriever, llm: ChatModel,
                  prompts_dir: Path, top_k: int = 4, min_relevance: float = 0.3, language: str | None = None,
                  session: ChatSession | None = None, filters: SearchFilters | None = None,
                  vectors: SentenceVectors | None = None, evidence_tokens: int | None = None,
                  max_tokens: int | None = None, temperature: float | None = None) -> Iterator[Event]:
    """Yield `sources` (cards, with the evidence sentences as passages), `evidence`, then `token`s, then the
    verified `answer`. LLM failures still yield the sources. With `vectors` (a sentence embedder) the prompt
    holds only the best evidence sentences; without, whole sections."""
    started = time.perf_counter()
    language = language if language in LANGUAGE_NAMES else question_language(question)
    asked = asked_part(question)  # instruction-like clauses are neither searched for nor put to the model
    query, focus = rewrite_followup(asked, session)
    if focus:
        base = filters or retriever.filters
        retriever.filters = SearchFilters(since=base.since, until=base.until, categories=base.categories,
                                          primary_only=base.primary_only, author=base.author, ids=focus)
    elif filters is not None:
        retriever.filters = filters
    results, papers = _retrieve(retriever, store, query, top_k)
    if not focus:
        results, papers = recall_named(retriever, store, query, results, papers, top_k)
    timings = {"retrieve_ms": elapsed_ms(started)}
    # the retriever is held to the focused paper: its title in the query would only pull its title-like
    # sentences up ("第一篇的推理延迟…" should find the latency sentence, not the one-line summary)
    title = papers[focus[0]].title if focus and focus[0] in papers else ""
    sought = (query[:-len(title)].strip() or query) if title and query.endswith(title) else query
    plan = _plan(sought, results, papers, language, llm, vectors, evidence_tokens, prompts_dir)
    packed = plan.packed
    timings["evidence_ms"] = elapsed_ms(started) - timings["retrieve_ms"]
    yield Event("sources", packed.cards)
    chosen = to_public(plan.chosen)
    yield Event("evidence", chosen)
    answer = Answer(question=question, answer="", language=language, sources=packed.cards, standalone_query=query,
                    model=llm.name, evidence=chosen)
    best = plan.evidence[0] if plan.evidence else None
    if not focus and not (is_relevant(results, min_relevance) or evidence_is_strong(best, query, min_relevance)
                          or plan.named):
        answer.refused = True
        answer.answer = REFUSALS[language]
        answer.timings = {**timings, "total_ms": elapsed_ms(started)}
        yield Event("answer", answer)
        return
    system = load("answer.system", prompts_dir)
    user = load("answer.user", prompts_dir)
    messages = [{"role": "system", "content": system.template},
                {"role": "user", "content": user.format(sources=packed.prompt_block,
                                                        question=put_to_model(asked, query, focus),
                                                        language_name=LANGUAGE_NAMES[language])}]
    answer.prompt_version = f"{system.version}+{user.version}"
    answer.prompt_tokens = sum(count_tokens(m["content"]) for m in messages)
    raw = []
    try:
        for piece in llm.stream(messages, max_tokens=max_tokens, temperature=temperature):
            if not raw:
                timings["first_token_ms"] = elapsed_ms(started)
            raw.append(piece)
            yield Event("token", piece)
    except LLMUnavailable as exc:
        logger.warning("LLM failed: %s", exc)
        answer.error = str(exc)
        answer.answer = UNAVAILABLE[language].format(error=exc)
        answer.raw_answer = "".join(raw)
        answer.timings = {**timings, "total_ms": elapsed_ms(started)}
        yield Event("answer", answer)
        return
    finalize(answer, "".join(raw), packed, question, metric_terms(prompts_dir), answer_terms(prompts_dir))
    absent = [w for w in absent_names(sought, plan, answer.sources, metric_terms(prompts_dir) + answer_terms(prompts_dir))
              if w in answer.raw_answer]
    if not answer.refused and absent:
        # "… evaluates GPT-5 on the ARC-AGI benchmark [2]. It achieves … 60.5% F1": the answer is about a name the
        # question asks and none of the retrieved papers mentions; its other sentences only back that claim
        answer.dropped.append({"sentence": answer.answer, "reason": f"names {', '.join(absent)}, which the question "
                               "asks about and none of the retrieved papers mentions"})
        answer.refused, answer.citations = True, []
        answer.answer = REFUSALS[language]
    if not answer.refused and (ignored := best_value_ignored(answer, plan, sought)):
        answer.dropped.append({"sentence": answer.answer, "reason": "the answer states the numbers of a weaker "
                               f"evidence sentence, none of the best one's: “{ignored.sentence}”"})
        answer.refused, answer.citations, answer.answer = True, [], REFUSALS[language]
        given = parse_numbers(sought)
        metrics, terms = metric_terms(prompts_dir), answer_terms(prompts_dir)
        if (_carries_asked_label(ignored.sentence, sought, metrics, terms) and not unnamed_in(ignored.sentence, sought,
                                                                                           answer.sources)
                and not levels_of_others(ignored.sentence, given, sought)
                and states_a_value(ignored.sentence, sought, given, metrics)):
            quote(answer, [ignored])
    if not answer.refused and (missed := term_value_missed(answer, plan, sought)):
        answer.dropped.append({"sentence": answer.answer, "reason": f"the answer does not give the asked {missed}"})
        answer.refused, answer.citations = True, []
    if answer.refused:
        rescue(answer, plan, sought, min_relevance, model_refused="NOT_FOUND" in answer.raw_answer,
               metrics=metric_terms(prompts_dir), terms=answer_terms(prompts_dir))
    if not answer.refused:
        complete_parts(answer, plan, sought, metric_terms(prompts_dir), answer_terms(prompts_dir))
        complete_list(answer, plan, sought, place_terms(prompts_dir))
        complete_each(answer, plan, sought)
        complete_enumeration(answer, plan, sought)
        complete_asked_things(answer, plan, sought)
    answer.timings = {**timings, "total_ms": elapsed_ms(started)}
    logger.info("answer: prompt %s, %d prompt tokens, %s", answer.prompt_version, answer.prompt_tokens,
                answer.timings)
    yield Event("answer", answer)


def term_value_missed(answer: Answer, plan: _Plan, question: str) -> str | None:
    """The exact term a quantity question asks about ("d_model") when an evidence sentence gives a number beside
    it ("tiled to d_model=1024") and the answer states none of that sentence's numbers (the model answered with
    the paper's other figures): the rescue then quotes that sentence."""
    if not asks_quantity(question):
        return None
    stated = parse_numbers(answer.answer)
    for term in asked_terms(question, answer.sources):
        holding = [s for s in plan.evidence[:RESCUE_POOL] if labelled_by(s.sentence, [term])]
        if holding and not any(number_supported(n, stated) for s in holding for n in parse_numbers(s.sentence)):
            return term
    # ... or the counted thing ("来自多少个项目"): a sentence counts it ("37 IFC models from 21 projects") and the
    # answer gives none of the numbers that count it (it gave the 37 models)
    noun = asked_noun(question)
    if noun and stated and len(asked_parts(question)) < 2 and not any(counts(n, answer.answer, noun, [])
                                                                     for n in stated):
        counting = [n for s in plan.evidence[:RESCUE_POOL] for n in parse_numbers(s.sentence)
                    if counts(n, s.sentence, noun, [])]
        if counting and not any(number_supported(n, stated) for n in counting):
            return noun
    return None


# how much better the evidence sentence the answer ignored must score than the one it used, overall and in meaning
# alone (dense): words shared with the question do not make the ignored one closer (x-arm-gpt4o's Chinese summary
# sentence outscored the English one holding GPT-4o's 58.7% by 0.2 on words; meaning differed by 0.13)
IGNORED_MARGIN = 0.1
IGNORED_DENSE_MARGIN = 0.2


def best_value_ignored(answer: Answer, plan: _Plan, question: str) -> Scored | None:
    """A one-value question answered with the numbers of a weaker evidence sentence of the cited paper while its
    best sentence, clearly closer to the question, holds a value the answer does not give (asked where goal
    relevance is scored against the held-out question, the model copied the blind-regime result of the other
    language's summary): the best sentence, so that the rescue may quote it; else None."""
    if not asks_quantity(question) or asked_parts(question) or not answer.citations:
        return None
    given = parse_numbers(question)
    stated = [n for n in parse_numbers(CITATION_RE.sub(" ", answer.answer)) if not number_supported(n, given)]
    if not stated:
        return None
    cited = {c.n for c in answer.citations}
    pool = [s for s in plan.evidence[:RESCUE_POOL] if s.n in cited]
    best = next((s for s in pool if any(not number_supported(n, given) for n in parse_numbers(s.sentence))), None)
    if best is None or any(number_supported(n, stated) for n in parse_numbers(best.sentence)):
        return None
    used = [s for s in pool if any(number_supported(n, parse_numbers(s.sentence)) for n in stated)]
    if not used or max(s.score for s in used) > best.score - IGNORED_MARGIN or max(
            s.dense for s in used) > best.dense - IGNORED_DENSE_MARGIN:
        return None
    return best


def names_the_metric(sentence: str, question: str, metrics: list) -> bool | None:
    """Whether the sentence names what the question measures (either language); None when the question names
    no metric of the term list."""
    from assistant.chains.translate.glossary import term_occurs, used_spellings

    asked = used_spellings(question, metrics)
    if not asked:
        return None
    if any(term_occurs(t, sentence) for spellings in asked for t in spellings):
        return True
    # "Maistros 8B" names its parameters: a model's size written as 8B is its parameter count (as in the verifier)
    from assistant.citations import model_size

    return any("parameters" in spellings for spellings in asked) and any(model_size(n, sentence)
                                                                         for n in parse_numbers(sentence))


_CAPITALISED_RE = re.compile(r"(?<![\w\-])[A-Z][a-z]{2,}(?![\w\-])")


def unnamed_in(sentence: str, question: str, sources: list) -> list[str]:
    """Capitalised names the question asks about (a language, a place, a dataset: "Twi") that the sentence does
    not contain; the question's first word and words of the sources' titles do not count."""
    titles = " ".join(c.title for c in sources).lower()
    words = _CAPITALISED_RE.findall(question.split(None, 1)[1] if " " in question.strip() else "")
    return [w for w in dict.fromkeys(words) if w.lower() not in titles and w.lower() not in QUESTION_WORDS
            and w not in sentence]


def asked_terms(question: str, sources: list) -> list[str]:
    """The exact terms a question names (BLEU, Success@5, d_model) that are not a paper's name or a field's word."""
    titles = _plain(" ".join(c.title for c in sources))
    return [t for t in exact_terms(question) if _plain(t) not in titles and t.lower() not in COMMON_ACRONYMS
            and not _PLAIN_HYPHENATED_RE.fullmatch(t)]


# "fine-tuned", "zero-shot", "state-of-the-art": hyphenated words, not names of a metric or setting
_PLAIN_HYPHENATED_RE = re.compile(r"[a-z]+(?:-[a-z]+)+")


def _term_in(term: str, text: str) -> bool:
    """The exact term as a word of the text: "pet" (PET) is not in "competitive"."""
    return re.search(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])", text) is not None


def _plain(text: str) -> str:
    """Lower case without math marks, for matching exact terms: "$E_8$" and "E8" are one name; a LaTeX accent
    ("T{\\"}ulu", "T\\"{u}lu") is the letter it writes (Tülu)."""
    return re.sub(r"[$_{}\\]", "", latex_accents(text).lower())



def _carries_asked_label(sentence: str, question: str, metrics: list, terms: list) -> bool:
    """Some number of the sentence stands for what the question asks: not beside another metric (0.56% AUC
    for a CTR question), and, for "how many X", a count of X where the sentence's language can tell."""
    numbers = parse_numbers(sentence)
    if numbers and all(labelled_otherwise(n, question, [sentence], metrics) for n in numbers):
        return False
    noun = asked_noun(question)
    if not noun:
        return True
    verdicts = [counts(n, sentence, noun, terms) for n in numbers]
    return not verdicts or any(v is not False for v in verdicts)


_MEASURE_AFTER_RE = re.compile(r"\s?(?:%|×|x(?![A-Za-z])|倍|pp\b|points?\b|个百分点|分(?![钟类析布]))")


def levels_of_others(sentence: str, given: list, question: str = "") -> bool:
    """The values the sentence measures (decimals, percentages, ratios; else any number the question does not
    give) are all levels of other models ("all remaining models range from 4.1% to 49.9%"): quoting it would
    answer with someone else's value -- unless the question asks for that level ("零样本 … 的 AP@50")."""
    fresh = [n for n in parse_numbers(sentence) if not number_supported(n, given)]
    measured = [n for n in fresh if _measured(n, sentence)]
    values = measured or fresh
    return bool(values) and all(other_subject(n, sentence, question) for n in values)


def _measured(number: tuple, sentence: str) -> bool:
    """A value with a decimal point or a unit of measure (%, ×, 倍, points), not a bare count."""
    return "." in number[0] or any(_MEASURE_AFTER_RE.match(clean[end:]) for clean, _start, end in
                                   number_sites(number, sentence))


def states_a_value(sentence: str, question: str, given: list, metrics: list) -> bool:
    """For a question asking a metric's value (not "how many"): some number the question does not give is a
    measured value (decimal, %, ×) or has the asked metric beside it. "With only 11 M LoRA parameters …,
    APT-Tune substantially improves APT recall" states no recall value."""
    from assistant.chains.translate.glossary import used_spellings

    asked = set(used_spellings(question, metrics))
    if not asked or asked_noun(question):
        return True
    fresh = [n for n in parse_numbers(sentence) if not number_supported(n, given)]
    from assistant.citations import model_size

    sizes = any("parameters" in spellings for spellings in asked)  # "(7B-72B)": model sizes state parameters
    return any(_measured(n, sentence) or any(site & asked for site in labels(n, sentence, metrics))
               or (sizes and model_size(n, sentence)) for n in fresh)


_RATIO_ASKED_RE = re.compile(r"多少倍|几倍|倍数|加速比|speed-?ups?\b|how many times|\bfold\b", re.IGNORECASE)
_PERCENT_ASKED_RE = re.compile(r"百分之|百分比|百分点|\bpercent|\bpercentage", re.IGNORECASE)


def asked_unit(question: str) -> str:
    """The kind of value a question asks for: "x" (a ratio: 多少倍, speedup), "%" (百分之多少, what percentage), else ""."""
    if _RATIO_ASKED_RE.search(question):
        return "x"
    return "%" if _PERCENT_ASKED_RE.search(question) else ""


def absent_names(question: str, plan: _Plan, sources: list, listed_terms: list) -> list[str]:
    """Names the question asks about (ARC-AGI, GPT-5) that no sentence or title of the retrieved papers mentions;
    the metric names of the zh⇄en lists (DAU) are exempt: a paper may state them in the other language."""
    seen = " ".join([s.sentence for s in plan.evidence] + [c.title for c in sources]).lower()
    listed = {t.lower() for entry in listed_terms for t in entry.zh + entry.en if t}
    return [w for w in asked_names(question) if w.lower() not in seen and w.lower() not in listed]


def rescue(answer: Answer, plan: _Plan, question: str, min_relevance: float, *, model_refused: bool,
           metrics: list | None = None, terms: list | None = None) -> None:
    """Extractive rescue instead of a refusal: when no model claim survived but an evidence sentence answers the
    question on its own words, quote it with its citation (marked as quoted). For a quantity the quote must
    hold a number and name the asked metric (in either language). A model that said NOT_FOUND is overruled
    only by near-complete evidence, or by a sentence naming the asked metric with a number: a near-miss (the
    right paper, a metric it does not report) must stay a refusal."""
    # the prompt's sentences, and the next best of the papers (the prompt's budget may have left the answer out)
    candidates = sorted(plan.chosen + [s for s in plan.evidence[:RESCUE_POOL] if s not in plan.chosen],
                        key=lambda s: -s.score)
    # a question naming its paper (GCRank; or an acronym its title starts with: FUSE) is answered from it only
    acronyms = re.findall(r"\b[A-Z][A-Z0-9]{2,}\b", question)
    named = plan.named or {c.id for c in answer.sources if any(c.title.startswith(a) for a in acronyms)}
    if named:
        candidates = [s for s in candidates if s.paper_id in named]
    # a name the question asks about (ARC-AGI) that none of the papers' sentences or titles mentions: nothing to quote
    metrics, terms = metrics or [], terms or metrics or []
    if absent_names(question, plan, answer.sources, metrics + terms):
        return  # a name the question asks about (ARC-AGI) that none of the papers mentions: nothing to quote
    given = parse_numbers(question)
    asked_exact: list[str] = []
    if asks_quantity(question):
        # a number the question does not give itself ("a Lean 4 library": the 4 is no answer)
        candidates = [s for s in candidates if any(not number_supported(n, given) for n in parse_numbers(s.sentence))
                      and names_the_metric(s.sentence, question, metrics) is not False]
        # an exact metric the question names (BLEU, Success@5), unless it is a paper's name, must be quoted too;
        # after a long description of the paper ("PathSpec (with PathExplore and PathRelax) …, on Parti-Prompts and
        # MSCOCO2017 how much …"), the terms of the asking clause
        asked_exact = [_plain(t) for t in asked_terms(asked_clause(question) or question, answer.sources)]
        if asked_exact:
            candidates = [s for s in candidates if all(_term_in(t, _plain(s.sentence)) for t in asked_exact)]
        candidates = [s for s in candidates if _carries_asked_label(s.sentence, question, metrics, terms)
                      and not levels_of_others(s.sentence, given, question) and states_a_value(s.sentence, question, given,
                                                                                     metrics)]
        # asked a percentage ("by how many percentage points"), a sentence stating only a ratio ("up to 2x fewer
        # steps") holds another quantity
        candidates = [s for s in candidates if not other_kind_only(s.sentence, question)]
        if CHANGE_RE.search(question):  # "降低到了多少": a sentence that states a change, if there is one
            candidates = [s for s in candidates if CHANGE_RE.search(s.sentence)] or candidates
    if NAMES_ASKED_RE.search(question):  # "在哪些数据集上": a sentence naming some, if there is one
        candidates = [s for s in candidates if names_beyond(s.sentence, question)] or candidates
    # a sentence stating another setting of the kind the question fixes (1° for "1/4° 分辨率下", 2 bits for "3.1 位时")
    # holds another setting's values
    candidates = [s for s in candidates if not other_setting(s.sentence, question)]
    if model_refused:  # a sentence naming all the question names ("Codabench") before a closer one that does not
        candidates = ([s for s in candidates if not unnamed_in(s.sentence, question, answer.sources)]
                      or candidates)
    best = candidates[0] if candidates else None
    if best is None:
        return
    # a sentence with a number next to the asked metric (either language) answers a quantity on its own
    metric_named = asks_quantity(question) and names_the_metric(best.sentence, question, metrics) is True
    # ... as does a number labelled by an exact term the question names ("tiled to d_model=1024")
    term_labelled = asks_quantity(question) and labelled_by(best.sentence, exact_terms(question))
    # ... and a sentence naming datasets or models (that the question does not) answers "which datasets"
    names_listed = bool(NAMES_ASKED_RE.search(question)) and names_beyond(best.sentence, question)
    # ... and a count of the very thing a "how many X" question counts ("11 formalized papers" for "how many papers")
    noun = asked_noun(question) if asks_quantity(question) else ""
    counted = bool(noun) and any(counts(n, best.sentence, noun, terms) for n in parse_numbers(best.sentence)
                                 if not number_supported(n, given))
    # ... and the exact names the asking clause gives ("在 Parti-Prompts 和 MSCOCO2017 上分别达到多少倍") with a value of
    # the asked kind (4.14×, 3.95×)
    unit = asked_unit(question)
    placed = bool(asked_exact) and bool(unit) and any(unit_class(n, best.sentence) == unit for n in
                                                      parse_numbers(best.sentence) if not number_supported(n, given))
    if not (evidence_is_strong(best, question, min_relevance) or ((metric_named or counted) and best.asked_lexical >= 0.3)
            or term_labelled or placed or (names_listed and (best.paper_id in named or best.lexical >= 0.25))):
        return
    # the words of what is asked count, not those of a long description of the paper ("用不平衡最优传输从卫星影像里数
    # 单棵树的那篇论文，新建的 TinyTrees 基准一共包含多少棵树的标注？": the counting sentence has most of the asking clause)
    if model_refused and best.asked_lexical < (0.3 if metric_named or counted or placed else 0.75) and not term_labelled:
        return
    if model_refused and unnamed_in(best.sentence, question, answer.sources):
        return  # "BLEU of gpt-4.1 on Twi": a sentence without Twi does not overrule the model's NOT_FOUND
    quote(answer, [best] + [s for s in candidates[1:2] if s.n == best.n and s.score >= best.score - 0.05])


# a setting fixed by a number and its unit: "1/4° 分辨率", "at 1^\\circ", "3.1 bits", "3.1 位", "5-shot", "layer 10", "第10层"
_SETTING_RE = re.compile(r"(?<![A-Za-z0-9_.])(?P<value>\d+(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?)?)\s*(?P<unit>°|\^?\s*\\circ\b|"
                         r"\\degree\b|-?\s*bits?\b|位(?![数置])|-?\s*shots?\b|层)|"
                         r"\blayer\s+(?P<layer>\d+)\b|第\s*(?P<layer_zh>\d+)\s*层", re.IGNORECASE)
_SETTING_UNITS = (("deg", ("°", "circ", "degree")), ("bit", ("bit", "位")), ("shot", ("shot",)), ("layer", ("层",)))


def settings_named(text: str) -> set[tuple[str, float]]:
    """The numeric settings a text fixes, as (unit, value): "1/4° 分辨率" -> ("deg", 0.25), "3.1 bits" -> ("bit", 3.1)."""
    found = set()
    for match in _SETTING_RE.finditer(text):
        if match.group("layer") or match.group("layer_zh"):
            found.add(("layer", float(match.group("layer") or match.group("layer_zh"))))
            continue
        raw = match.group("value").replace(" ", "")
        top, _, bottom = raw.partition("/")
        value = float(top) / float(bottom) if bottom and float(bottom) else float(top)
        unit = match.group("unit").lower()
        found.add((next(name for name, marks in _SETTING_UNITS if any(m in unit for m in marks)), value))
    return found


def other_setting(sentence: str, question: str) -> bool:
    """Every value the sentence measures (decimal, %, ×) stands under another value of the kind of setting the
    question fixes (a resolution in degrees, a bit width, a layer), stated in its clause or an earlier one: asked for
    R² at 1/4°, "At 1°, … R² from 0.56 to 0.87" is another setting's result, even if a later clause mentions 1/4°."""
    asked = settings_named(question)
    if not asked:
        return False
    units = {u for u, _ in asked}
    given = parse_numbers(question)
    current: dict[str, set[float]] = {}
    verdicts = []
    for clause in re.split(r"[，,；;。]", sentence):
        for unit in units:
            values = {v for u, v in settings_named(clause) if u == unit}
            if values:
                current[unit] = values
        rest = _SETTING_RE.sub(" ", clause)
        if any(not number_supported(n, given) and _measured(n, rest) for n in parse_numbers(rest)):
            verdicts.append(all(unit in current and not any(abs(v - a) < 1e-9 for v in current[unit]
                                                            for u, a in asked if u == unit) for unit in units))
    return bool(verdicts) and all(verdicts)


def quote(answer: Answer, quotes: list[Scored]) -> None:
    """Answer with evidence sentences of one paper, quoted, marked as quoted and cited."""
    by_n = {c.n: c for c in answer.sources}
    answer.refused = False
    answer.quoted = True
    answer.answer = QUOTED[answer.language] + " " + " ".join(f"“{s.sentence}” [{s.n}]" for s in quotes)
    card = by_n[quotes[0].n]
    answer.citations = [Citation(n=card.n, id=card.id, title=card.title, url=card.url)]


def complete_parts(answer: Answer, plan: _Plan, question: str, metrics: list, terms: list) -> None:
    """A question that asks for two quantities ("how many accounts …, and what share …") often gets one: for
    each asked part the answer leaves out, quote the evidence sentence of the cited paper that states it (the
    part's metric or counted thing beside a number the answer does not give yet)."""
    cited = {c.n for c in answer.citations}
    stated = parse_numbers(answer.answer)
    additions = []
    for part in missing_parts(question, answer.answer, metrics, terms):
        best = best_for_part(part, plan, question, cited, stated, metrics, terms)
        if best is not None:
            additions.append(best)
            stated += parse_numbers(best.sentence)
    if not additions:
        return
    answer.answer += " " + ALSO_QUOTED[answer.language] + " " + " ".join(f"“{s.sentence}” [{s.n}]"
                                                                          for s in additions)
    answer.completed_parts = len(additions)


def complete_list(answer: Answer, plan: _Plan, question: str, places: list) -> None:
    """A "which countries / 哪些数据集" answer that names only some of what its cited paper's evidence lists (the
    1.5B model stopped after six of ten countries): quote the sentence that lists the rest."""
    if PLACES_ASKED_RE.search(question):
        def named(text: str) -> set[str]:
            return places_named(text, places)
    elif NAMES_ASKED_RE.search(question):
        def named(text: str) -> set[str]:
            return names_not_asked(text, question)
    else:
        return
    cited = {c.n for c in answer.citations}
    have = named(answer.answer)
    best: tuple[int, Scored] | None = None
    for s in plan.chosen + plan.evidence[:RESCUE_POOL]:
        extra = len(named(s.sentence) - have) if s.n in cited else 0
        if extra >= 2 and (best is None or extra > best[0]):
            best = (extra, s)
    if best is not None:
        s = best[1]
        answer.answer += f" {ALSO_QUOTED[answer.language]} “{s.sentence}” [{s.n}]"
        answer.completed_parts += 1


EACH_ASKED_RE = re.compile(r"分别|各自|两者|二者|三者|\b(?:each|both|respectively)\b|\bthe (?:two|three) (?:papers|works|"
                           r"studies|methods)\b", re.IGNORECASE)
# a sentence saying what a paper does ("In this work, we propose Mix-Quant …", "本文提出…")
PROPOSES_RE = re.compile(r"\bwe (?:[a-z]+ly |therefore |thus |then |also |further |first |here )?(?:propose|present|"
                         r"introduce|develop|design|apply|build|construct)|\b(?:this|the present) (?:paper|work|study) "
                         r"(?:propose|present|introduce|develop)s|本文提出|我们提出|提出了?(?:一种|一个|名为)|提出[A-Za-z]",
                         re.IGNORECASE)


def complete_each(answer: Answer, plan: _Plan, question: str) -> None:
    """A question about each of two or more papers ("Mix-Quant and the … memory value model …: what does each
    change?") whose answer says nothing of one of them on its own (its sentence was dropped; a sentence naming
    them all only restates the question): quote what that paper does, from its evidence."""
    if not EACH_ASKED_RE.search(question) or not answer.citations:
        return
    from assistant.citations import split_sentences

    cited_by_sentence = [{int(n) for g in CITATION_RE.findall(s) for n in re.split(r"[,，、]", g) if n.strip().isdigit()}
                         for s in split_sentences(answer.answer)]
    asked = {c.n for c in answer.citations} | {c.n for c in answer.sources if c.id in plan.named}
    if len(asked) < 2:
        return
    own = {n for cites in cited_by_sentence if len(cites & asked) == 1 for n in cites & asked}
    additions = []
    for n in sorted(asked - own):
        pool = [s for s in plan.evidence if s.n == n and s.sentence not in answer.answer]
        best = next((s for s in pool if PROPOSES_RE.search(s.sentence)), None)
        if best is not None:
            additions.append(best)
    if not additions:
        return
    answer.answer += " " + ALSO_QUOTED[answer.language] + " " + " ".join(f"“{s.sentence}” [{s.n}]" for s in additions)
    by_n = {c.n: c for c in answer.sources}
    have = {c.n for c in answer.citations}
    answer.citations += [Citation(n=s.n, id=by_n[s.n].id, title=by_n[s.n].title, url=by_n[s.n].url)
                         for s in additions if s.n not in have]
    answer.completed_parts += len(additions)


PART_LEAD_FOCUS = 0.5  # the share of a part's own words (weighted) its leading sentence must hold to be quoted


def complete_asked_things(answer: Answer, plan: _Plan, question: str) -> None:
    """A question asking two things that are not values ("Whose portfolios does … reconstruct, and what predicts
    realised returns best?") answered on one only (the model's sentence on the other was dropped for a misread
    number, "1.16 billion (116 million) Ethereum accounts"): quote the cited paper's sentence holding most of the
    other part's own words ("… reconstruct cryptoasset portfolios for over 116M Ethereum accounts …"), when the
    answer uses few of them. Only a sentence in the answer's language is compared with the answer's words."""
    from assistant.chains.evidence import asked_parts as things_asked

    parts = things_asked(question)
    if asks_quantity(question) or not parts or not answer.citations or not plan.evidence:
        return
    if len(plan.evidence[0].part_focus) != len(parts):
        return
    cited = {c.n for c in answer.citations}
    said = _words(CITATION_RE.sub(" ", answer.answer))
    # the asking clause of each part: not the sentence describing the paper before it ("EBOD stops repeated false
    # positives … without retraining. Which prompt-based detector …")
    tokens = [_words(re.split(r"(?<=[.。!！])\s*(?=\S)", p)[-1]) - _ASKING_WORDS for p in parts]
    additions = []
    for k, part in enumerate(parts):
        own = tokens[k] - set().union(*(t for j, t in enumerate(tokens) if j != k))
        pool = [s for s in plan.evidence if s.n in cited and s.part_focus[k] >= PART_LEAD_FOCUS
                and has_chinese(s.sentence) == (answer.language == "zh")]
        if not pool or not own:
            continue
        lead = max(pool, key=lambda s: (s.part_focus[k], s.score))
        held = own & _words(lead.sentence)
        if lead.sentence in answer.answer or not held or len(held & said) * 2 >= len(held):
            continue
        additions.append(lead)
    if not additions:
        return
    answer.answer += " " + ALSO_QUOTED[answer.language] + " " + " ".join(f"“{s.sentence}” [{s.n}]" for s in additions)
    answer.completed_parts += len(additions)


# "What are its two key components?", "Which three cues make up …?", "分成了哪几种状态", "由哪三个模块组成"
_ENUM_EN_RE = re.compile(r"\b(?:what|which)\b[^?？.]{0,60}?\b(?P<count>two|three|four|five|six)\s+(?:[\w\-]+\s+){0,2}?"
                         r"(?P<noun>[a-z]{3,}s)\b", re.IGNORECASE)
_ENUM_ZH_RE = re.compile(r"哪(?P<count>两|三|四|五|六|几)\s*(?:个|种|类|项|大|条|部分)?(?P<noun>[\u4e00-\u9fff]{0,2})")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "几": 0}
# an item of a numbered list: "First, …", "Second, …", "1) …", "（2）…", "② …" (at the start, or after a colon)
_ORDINAL_RE = re.compile(r"(?:^|[:：]\s*)(?:(?P<word>first|second|third|fourth|fifth|sixth)\b,?|[（(]?(?P<digit>[1-6])[)）]"
                         r"|(?P<circled>[①②③④⑤⑥]))", re.IGNORECASE)
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_ITEM = r"[A-Za-z][\w\-]*(?: [A-Za-z][\w\-]*){0,3}"
# three or more items with "and"/"or" before the last ("pose, face, and location cues"; "A, B and C")
_EN_LIST_RE = re.compile(rf"(?:{_ITEM}, ){{1,5}}(?:and |or ){_ITEM}|(?:{_ITEM}, ){{1,5}}{_ITEM} (?:and|or) {_ITEM}")
_ZH_LIST_RE = re.compile(r"[^，。；：:（）()、\s]{1,12}(?:、[^，。；：:（）()、\s]{1,12})+")
_LIST_STOP = {"a", "an", "the", "and", "or", "of", "its", "their", "with", "we", "that", "which", "this"}


def enumeration_asked(question: str) -> tuple[int, str] | None:
    """(how many items, the listed noun) when the question asks for a set number of parts ("its two key
    components" -> (2, 'components'); "哪几种状态" -> (0, '状态'): several); else None."""
    match = _ENUM_EN_RE.search(question) or _ENUM_ZH_RE.search(question)
    return (_COUNTS[match.group("count").lower()], match.group("noun")) if match else None


def _ordinal(sentence: str) -> int:
    match = _ORDINAL_RE.search(sentence)
    if not match:
        return 0
    if match.group("word"):
        return _ORDINAL_WORDS[match.group("word").lower()]
    return int(match.group("digit")) if match.group("digit") else "①②③④⑤⑥".index(match.group("circled")) + 1


def _list_items(sentence: str) -> list[str]:
    """The items of the longest list the sentence writes ("pose, face, and location cues"; "姿态、面部、位置")."""
    lists = [m.group(0) for m in _ZH_LIST_RE.finditer(sentence)] + [m.group(0) for m in _EN_LIST_RE.finditer(sentence)]
    if not lists:
        return []
    longest = max(lists, key=lambda text: text.count("、") + text.count(", "))
    return [i.strip() for i in re.split(r"、|,\s*(?:and |or )?|\s+(?:and|or)\s+", longest) if i.strip()]


def _covered(item: str, answer_tokens: set[str], asked: set[str]) -> bool:
    """The answer states the item: half of its own words (not the question's), in either language."""
    own = {t for t in tokenize(item.replace("-", " ")) if t not in asked and t not in _LIST_STOP and not t.isdigit()}
    return not own or len(own & answer_tokens) * 2 >= len(own)


def complete_enumeration(answer: Answer, plan: _Plan, question: str) -> None:
    """A question asking for a set number of parts of one paper ("What are its two key components?", "Which three
    cues make up its Driving Cue Triplet?") whose answer leaves some out (the model listed them with invented
    explanations, which were dropped; or it stopped after the first): quote the cited paper's sentences that list
    them, the numbered items ("First, …", "Second, …"; "1) …", "2) …") or the sentence with the list ("pose, face,
    and location cues"), in the answer's language where the paper has them in it."""
    asked_enum = enumeration_asked(question)
    cited = {c.n for c in answer.citations}
    if asked_enum is None or len(cited) != 1:
        return
    count, noun = asked_enum
    n = next(iter(cited))
    pool = sorted((s for s in plan.evidence if s.n == n), key=lambda s: s.position)
    text = CITATION_RE.sub(" ", answer.answer)
    tokens = set(tokenize(text.replace("-", " ")))
    tokens |= glossed(tokens)
    asked = {t for t in tokenize(question.replace("-", " "))} | set(QUESTION_WORDS)
    want_zh = answer.language == "zh"
    groups: list[list[Scored]] = []  # numbered items, one run per section
    for section in dict.fromkeys(s.section for s in pool):
        run, expected = [], 1
        for s in (x for x in pool if x.section == section):
            if _ordinal(s.sentence) == expected:
                run.append(s)
                expected += 1
        if len(run) >= max(2, count) and (not count or len(run) == count):
            groups.append(run)
    noun_words = set(tokenize(noun)) if noun else set()
    noun_words |= {g for w in noun_words for g in glosses(w)}
    for s in pool:  # a sentence listing the parts, naming what they are
        items = _list_items(s.sentence)
        words = set(tokenize(s.sentence)) | glossed(set(tokenize(s.sentence)))
        if len(items) >= max(2, count) and (not count or len(items) <= count + 1) and noun_words & words:
            groups.append([s])
    if not groups:
        return
    def exact(group: list[Scored]) -> bool:
        return len(group) > 1 or not count or len(_list_items(group[0].sentence)) == count

    groups.sort(key=lambda g: (has_chinese(g[0].sentence) != want_zh, not exact(g), -max(s.score for s in g)))
    chosen = groups[0]
    items = [s.sentence for s in chosen] if len(chosen) > 1 else _list_items(chosen[0].sentence)
    if all(_covered(item, tokens, asked) for item in items):
        return
    quotes = [s for s in chosen if s.sentence not in answer.answer
              and (len(chosen) == 1 or not _covered(s.sentence, tokens, asked))]
    if not quotes:
        return
    answer.answer += " " + ALSO_QUOTED[answer.language] + " " + " ".join(f"“{s.sentence}” [{s.n}]" for s in quotes)
    answer.completed_parts += len(quotes)


def best_for_part(part: str, plan: _Plan, question: str, cited: set[int], stated: list, metrics: list,
                  terms: list) -> Scored | None:
    """The cited papers' sentence that answers one asked part: it holds a number the answer does not give
    yet, carries the part's label, names the part's metric and exact terms, and shares the part's own words
    (either language); else the sentence the answer already rests on, when it holds a further number."""
    from assistant.chains.translate.glossary import term_occurs, used_spellings

    own = distinctive_tokens(part, question)
    spellings = [t for entry in used_spellings(part, terms) for t in entry]
    exact = [t.lower() for t in exact_terms(part) if t.lower() not in COMMON_ACRONYMS]
    scored = []
    for s in plan.evidence:
        if s.n not in cited:
            continue
        fresh = [n for n in parse_numbers(s.sentence) if not number_supported(n, stated)]
        if not fresh or not _carries_asked_label(s.sentence, part, metrics, terms):
            continue
        if names_the_metric(s.sentence, part, metrics) is False or not all(t in s.sentence.lower() for t in exact):
            continue
        words = _words(s.sentence)
        overlap = len(own & words) + sum(term_occurs(t, s.sentence) for t in spellings if t.lower() not in own)
        source = any(number_supported(n, parse_numbers(s.sentence)) for n in stated)
        if overlap or source:
            scored.append((overlap + (0.5 if source else 0.0) + s.score, s))
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


PART_SPLIT_RE = re.compile(r"[？?](?=\s*\S)|[，,;；]\s*(?=并且|以及|另外|还有|其中|同时)|"
                           r"[,;]?\s+and\s+(?=(?:what|how|which|whose|by how)\b)", re.IGNORECASE)


def asked_parts(question: str) -> list[str]:
    """The quantities a question asks for, one clause each; [] when it asks for fewer than two."""
    parts = [p.strip(" ，,;；？?") for p in PART_SPLIT_RE.split(question)]
    parts = [p for p in parts if p and asks_quantity(p)]
    return parts if len(parts) >= 2 else []


def distinctive_tokens(part: str, question: str) -> set[str]:
    """The words of one asked part that the question's other parts do not use."""
    others = set()
    for other in asked_parts(question):
        if other != part:
            others |= _words(other)
    return {t for t in _words(part) if t not in others and t not in _ASKING_WORDS and not parse_numbers(t)
            and not (len(t) == 1 and has_chinese(t))}


def _words(text: str) -> set[str]:
    """Word stems, hyphenated words split ("single-asset" holds "asset")."""
    return set(tokenize(text.replace("-", " ")))


_ASKING_WORDS = {"what", "how", "mani", "much", "which", "doe", "did", "whose", "who", "多少", "其中", "哪些", "什么",
                 "是否"}


def states_part(sentence: str, part: str, question: str, metrics: list, terms: list) -> bool:
    """Whether a sentence with a number states the asked part: it names the part's metric, or holds most of
    the part's own words and, where it can tell, counts the part's counted thing."""
    named = names_the_metric(sentence, part, metrics)
    if named:
        return True
    own = distinctive_tokens(part, question)
    if (named is False and not own) or (own and len(own & _words(sentence)) * 2 < len(own)):
        return False
    noun = asked_noun(part)
    verdicts = [counts(n, sentence, noun, terms) for n in parse_numbers(sentence)] if noun else []
    return any(verdicts) if any(v is not None for v in verdicts) else True


def missing_parts(question: str, text: str, metrics: list, terms: list) -> list[str]:
    """The asked parts that no sentence of the answer with a number states."""
    from assistant.citations import split_sentences

    with_numbers = [s for s in split_sentences(text) if parse_numbers(s)]
    return [part for part in asked_parts(question)
            if not any(states_part(s, part, question, metrics, terms) for s in with_numbers)]


def _numbers_beyond(text: str, question: str) -> list:
    """The answer's numbers that the question did not already give ("only one model exceeds 50% accuracy; what
    accuracy does it reach?" answered "50%" states no value)."""
    given = parse_numbers(question)
    numbers = [n for n in number_evidence(CITATION_RE.sub(" ", text)) if not number_supported(n, given)]
    if not (asked_noun(question) or asked_unit(question) == "x"):
        # a number written as a word ("在所有三个维度上均提升了 QWK") counts the paper's parts, it is not the asked
        # value ("提高了多少"); it answers only a count ("几个维度") or a ratio ("两倍")
        numbers = [n for n in numbers if re.search(r"\d", n[0])]
    return numbers


def other_kind_only(text: str, question: str) -> str:
    """For a question asking a percentage ("by how many percentage points", "百分之多少"): "x" when every number the
    text states beyond the question's is written as a ratio (2x, 3倍); "" when some number is a percentage or of no
    marked kind (a bare count, "5.2 points"), or the question asks no percentage."""
    unit = asked_unit(question)
    if unit != "%":  # a speed-up may be stated as a percentage ("up to a 20% speedup"); a percentage is never a ratio
        return ""
    given = parse_numbers(question)
    clean = CITATION_RE.sub(" ", text)
    kinds = {unit_class(n, clean) for n in parse_numbers(clean) if not number_supported(n, given)}
    return next(iter(kinds)) if len(kinds) == 1 and kinds != {unit} and "" not in kinds else ""


def finalize(answer: Answer, raw: str, packed: PackedSources, question: str, metrics: list | None = None,
             terms: list | None = None) -> None:
    """Run the verifier over the raw model text and fill the structured fields."""
    answer.raw_answer = raw
    check = verify(raw, packed.texts, question, metrics, terms)
    answer.dropped, answer.flagged = check.dropped, check.flagged
    answer.removed_citations, answer.attached_citations = check.removed_citations, check.attached_citations
    if not check.refused and VALUE_ASKED_RE.search(question) and not _numbers_beyond(check.text, question):
        # "By how much …?" answered with prose only: the paper does not state the value (a near-miss)
        answer.dropped.append({"sentence": check.text, "reason": "a value was asked and the answer states none"})
        check.refused = True
    elif not check.refused and VALUE_ASKED_RE.search(question) and (kind := other_kind_only(check.text, question)):
        # "By how many percentage points does it improve accuracy?" answered, once the invented 20% was dropped, with
        # "… reduces training steps by up to 2x and improves accuracy by a considerable margin": a value of another
        # kind (a ratio) is no answer to a percentage, and the rest says no figure is reported (a near-miss)
        answer.dropped.append({"sentence": check.text, "reason": f"a value in {asked_unit(question)} was asked and "
                               f"the answer states only values in {kind}"})
        check.refused = True
    elif not check.refused and NAMES_ASKED_RE.search(question) and not names_beyond(check.text, question):
        # "在哪些数据集上做了实验" answered "在公开数据集上做了实验": no dataset is named (the rescue may quote one)
        answer.dropped.append({"sentence": check.text, "reason": "names were asked and the answer names none"})
        check.refused = True
    if check.refused:
        answer.refused = True
        answer.answer = REFUSALS[answer.language]
        return
    by_n = {c.n: c for c in packed.cards}
    answer.citations = [Citation(n=n, id=by_n[n].id, title=by_n[n].title, url=by_n[n].url) for n in check.cited]
    answer.answer = check.text


# `serve`'s start-up asks these (no model: a stand-in that says NOT_FOUND) so that the first real question does not
# pay for loading the embedder, the keyword index, jieba, the term lists and the sentence-vector path (bench/RESULTS.md,
# first-answer: 1.6 s cold retrieval + 0.7 s cold evidence on 2 cores); one per language, one asking a value
WARM_QUESTIONS = ("What method does the paper propose, and how much does it improve accuracy?",
                  "这篇论文提出了什么方法？准确率提升了多少？")


class _WarmUpModel:
    """A ChatModel that answers NOT_FOUND at once: the warm-up walks the verifier and the rescue too."""

    name = "warm-up"
    source_budget = 700

    def stream(self, messages, *, max_tokens=None, temperature=None, timeout=None) -> Iterator[str]:
        yield "NOT_FOUND"


def warm_answer_path(*, store: PaperStore, retriever_factory, prompts_dir: Path, top_k: int = 4,
                     vectors: SentenceVectors | None = None, evidence_tokens: int | None = None,
                     questions: tuple[str, ...] = WARM_QUESTIONS) -> int:
    """Run each warm-up question through `stream_answer` without the language model; returns how many ran.
    Nothing is kept but the caches the real questions then find warm (the sentence vectors of the papers found)."""
    for question in questions:
        for _ in stream_answer(question, store=store, retriever=retriever_factory(), llm=_WarmUpModel(),
                               prompts_dir=prompts_dir, top_k=top_k, vectors=vectors,
                               evidence_tokens=evidence_tokens):
            pass
    return len(questions)


def answer_question(question: str, **kwargs) -> Answer:
    """Non-streaming convenience: run `stream_answer` to the end."""
    return final_event(stream_answer(question, **kwargs), "answer", Answer)
