"""Grounded, cited, bilingual answers: retrieve -> pack sources -> stream -> verify -> structured result.

This module is the chain: the public `Answer`/`Citation`, chat sessions and follow-ups, retrieval and the gate,
planning the evidence, the model call and `finalize`. The rules it applies after the verifier live beside it:
answer_checks.py (does the answer state the asked value), rescue.py (quote evidence instead of refusing),
completion.py (quote the parts the answer left out)."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from assistant.chains.answer_checks import (
    NAMES_ASKED_RE,
    VALUE_ASKED_RE,
    _numbers_beyond,
    absent_names,
    asked_unit,
    best_value_ignored,
    carries_asked_label,
    evidence_is_strong,
    levels_of_others,
    names_beyond,
    other_kind_only,
    states_a_value,
    term_value_missed,
    unnamed_in,
)
from assistant.chains.completion import (
    complete_asked_things,
    complete_each,
    complete_enumeration,
    complete_list,
    complete_name,
    complete_parts,
)
from assistant.chains.events import Event, elapsed_ms, final_event
from assistant.chains.evidence import (
    Evidence,
    Scored,
    SentenceVectors,
    gloss_numbers,
    gloss_respective,
    score_sentences,
    select_evidence,
    to_public,
)
from assistant.chains.rescue import better_described, quote, rescue
from assistant.chains.sources import PackedSources, SourceCard, asked_part, pack_evidence, pack_sources
from assistant.citations import REFUSAL_HINTS, REFUSAL_MARK, asked_names, introduced_names, parse_numbers, verify
from assistant.errors import LLMUnavailable
from assistant.index import PaperStore
from assistant.lang import LANGUAGE_NAMES, has_chinese, question_language
from assistant.llm import ChatModel, count_tokens
from assistant.prompts import load
from assistant.retrieval import HybridRetriever, PaperResult, SearchFilters

logger = logging.getLogger(__name__)


REFUSALS = {
    "zh": "这些论文中没有相关内容，无法回答这个问题。最接近的论文列在下方。",  # as the English: the list is the sources
    "en": "These papers do not say. The closest papers are listed below.",
}


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


# a capitalised word, or a hyphenated name of letters as one ("TP-CLIP", not its "CLIP")
_LATIN_WORD_RE = re.compile(r"(?<![A-Za-z\-])[A-Z][A-Za-z]*(?:-[A-Za-z]+)+(?![A-Za-z\-])|"
                            r"(?<![A-Za-z])[A-Z][A-Za-z]{3,}(?![A-Za-z])")


def title_names(question: str) -> list[str]:
    """Words of the question that can name a paper: method names (GCRank), and in a Chinese question any
    capitalised Latin word ("Panini 2026 世界杯贴纸册…"), which there is a name, not a sentence's first word. A
    name that is part of a longer one the question gives is that one's ("TP-CLIP（…让 CLIP 做…）": the paper is
    TP-CLIP's; CLIP would name every paper with CLIP in its title)."""
    names = method_names(question)
    if has_chinese(question):
        names += [w for w in _LATIN_WORD_RE.findall(question) if w not in names and len(w) >= 4]
    return [n for n in dict.fromkeys(names)
            if not any(n != m and re.search(rf"(?<![A-Za-z]){re.escape(n)}(?![A-Za-z])", m) for m in names)]


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
        if last.refused and not last.citations:
            # the last turn named no paper ("最接近的论文列在下方" lists guesses): "它" is the paper the user described
            # then, so that description is searched again with this question, not the first listed guess's title
            return f"{question} {session.turns[-1].question}", ()
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


@dataclass
class _Plan:
    """What the answer will be built from: the papers, their numbered sources and the evidence chosen."""

    packed: PackedSources
    evidence: list[Scored]  # every sentence scored, best first
    chosen: list[Scored]  # what the prompt holds
    named: set[str] = field(default_factory=set)  # papers the question names (the gate lets them through)
    titled: set[str] = field(default_factory=set)  # ... of which those whose title holds the name ("YOLOv12")


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
    # a name the paper says it introduces is its name too ("We introduce RuVerBench, …", "提出Warrant框架")
    named = {p.arxiv_id for p in ordered if any(n.lower() in p.title.lower() for n in names)
             or introduced_names(f"{p.abstract}\n{p.summary.tldr}\n{p.summary.method}") & {n.lower() for n in names}}
    # the gate also trusts a Chinese question's Latin name that the paper's abstract uses ("Panini 2026 …"); a
    # metric's name is nobody's ("…胰腺分割论文…的 Dice 系数": a paper reporting "2.5 Dice points" is not the one asked,
    # and was taken as named, so its sentence was quoted for it, h21-m-sckan-dice)
    measured = {s.lower() for entry in metric_terms(prompts_dir) for s in entry.zh + entry.en}
    latin = [n for n in names if has_chinese(query) and n not in method_names(query) and n.lower() not in measured]
    mentioned = named | {p.arxiv_id for p in ordered
                         if any(re.search(rf"(?<![A-Za-z]){re.escape(n)}(?![A-Za-z])", p.abstract) for n in latin)}
    terms = answer_terms(prompts_dir) if prompts_dir else []
    scored = score_sentences(query, list(enumerate(ordered, 1)), vectors, named, terms, place_terms(prompts_dir))
    chosen = select_evidence(scored, evidence_tokens or llm.source_budget, question=query)
    by_n: dict[int, list[str]] = {}
    for s in chosen:
        by_n.setdefault(s.n, []).append(gloss_respective(gloss_numbers(s.sentence, language), language))
    return _Plan(pack_evidence(ordered, by_n, scores), scored, chosen, mentioned, named)


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
    # a follow-up to a turn that named no paper carries that turn's question (`rewrite_followup`): the best paper of
    # the two together is the one "它" means, and the follow-up alone says what to look for in it
    described = not focus and query != asked and query.startswith(asked)
    if described:
        results = results[:1]
    timings = {"retrieve_ms": elapsed_ms(started)}
    # the retriever is held to the focused paper: its title in the query would only pull its title-like
    # sentences up ("第一篇的推理延迟…" should find the latency sentence, not the one-line summary)
    title = papers[focus[0]].title if focus and focus[0] in papers else ""
    sought = (query[:-len(title)].strip() or query) if title and query.endswith(title) else query
    if described:
        sought = asked
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
        if (carries_asked_label(ignored.sentence, sought, metrics, terms) and not unnamed_in(ignored.sentence, sought,
                                                                                           answer.sources)
                and not levels_of_others(ignored.sentence, given, sought)
                and states_a_value(ignored.sentence, sought, given, metrics)
                and not better_described(sought, plan, answer.sources, ignored.paper_id)):
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
        complete_name(answer, plan, sought)
    answer.timings = {**timings, "total_ms": elapsed_ms(started)}
    logger.info("answer: prompt %s, %d prompt tokens, %s", answer.prompt_version, answer.prompt_tokens,
                answer.timings)
    yield Event("answer", answer)


# "<an answer>\n\nNOT_FOUND": the refusal mark alone on the answer's last line, after text that is no refusal
_TRAILING_REFUSAL_RE = re.compile(rf"\n\s*{REFUSAL_MARK}[\s.。]*$")


def without_trailing_refusal(raw: str) -> str:
    """The model's answer without a NOT_FOUND it added on a line of its own after answering ("… its convergence
    guarantees are established.\n\nNOT_FOUND"): the claims before it are checked like any other, and dropped
    if unsupported. An answer that says nothing else, or whose text hedges ("the papers do not say …"), keeps
    the mark and is a refusal."""
    match = _TRAILING_REFUSAL_RE.search(raw)
    if not match:
        return raw
    before = raw[:match.start()]
    if not before.strip() or REFUSAL_MARK in before or REFUSAL_HINTS.search(before):
        return raw
    return before


def finalize(answer: Answer, raw: str, packed: PackedSources, question: str, metrics: list | None = None,
             terms: list | None = None, papers: dict[int, tuple[str, set[str]]] | None = None,
             whole_checks: bool = True) -> None:
    """Run the verifier over the raw model text and fill the structured fields (`papers`: a comparison's, see
    `verify`). `whole_checks=False` (a comparison, which checks each paper's half for what its part asks): no
    whole-answer check of an asked value or asked names."""
    answer.raw_answer = raw
    check = verify(without_trailing_refusal(raw), packed.texts, question, metrics, terms, papers)
    answer.dropped, answer.flagged = check.dropped, check.flagged
    answer.removed_citations, answer.attached_citations = check.removed_citations, check.attached_citations
    cited_texts = [packed.texts[n] for n in check.cited if n in packed.texts]
    whole = whole_checks and not check.refused
    if whole and VALUE_ASKED_RE.search(question) and not _numbers_beyond(check.text, question, cited_texts):
        # "By how much …?" answered with prose only: the paper does not state the value (a near-miss)
        answer.dropped.append({"sentence": check.text, "reason": "a value was asked and the answer states none"})
        check.refused = True
    elif whole and VALUE_ASKED_RE.search(question) and (kind := other_kind_only(check.text, question)):
        # "By how many percentage points does it improve accuracy?" answered, once the invented 20% was dropped, with
        # "… reduces training steps by up to 2x and improves accuracy by a considerable margin": a value of another
        # kind (a ratio) is no answer to a percentage, and the rest says no figure is reported (a near-miss)
        answer.dropped.append({"sentence": check.text, "reason": f"a value in {asked_unit(question)} was asked and "
                               f"the answer states only values in {kind}"})
        check.refused = True
    elif whole and NAMES_ASKED_RE.search(question) and not names_beyond(check.text, question):
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
