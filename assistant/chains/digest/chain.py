"""The digest chain: select -> (rerank) -> group and name -> items -> verified overview, streamed as Markdown."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Generator, Iterator
from datetime import date
from pathlib import Path

from assistant.chains.digest.calls import Budget, CachedReplies, ask, has_time
from assistant.chains.digest.concept import Concept
from assistant.chains.digest.models import Digest, DigestItem, DigestTheme
from assistant.chains.digest.overview import (
    OverviewPaper,
    compose_overview,
    cut_mid_clause,
    overview_papers,
    parse_phrases,
    phrase_prompt_items,
    phrases_stop,
    prompt_line,
)
from assistant.chains.digest.render import (
    NOTES,
    PROGRESS,
    TEXTS,
    digest_title,
    meta_line,
    notes_block,
    overview_section,
    render_item,
    theme_heading,
    title_heading,
)
from assistant.chains.digest.request import MAX_PAPERS, DigestRequest, parse_digest_request
from assistant.chains.digest.rerank import RERANK_KEEP, rerank, score_papers
from assistant.chains.digest.select import Picked, Selection, paper_line, pick_papers
from assistant.chains.digest.semantic import CONCEPT_SIMILARITY
from assistant.chains.digest.themes import (
    OTHER,
    ThemeName,
    cluster_vectors,
    merge_singletons,
    n_themes,
    name_groups,
    term_share,
)
from assistant.chains.digest.topic import topic_concepts
from assistant.chains.events import Event, elapsed_ms, final_event, token_events
from assistant.chains.sources import sanitize
from assistant.errors import InputError
from assistant.llm import ChatModel, count_tokens, truncate_tokens
from assistant.llm_reply_cache import LLMReplyCache
from assistant.prompts import load
from assistant.retrieval import HybridRetriever, SearchFilters
from assistant.types import Paper

logger = logging.getLogger(__name__)

# The overview (issue 16, session 13: see `overview.compose_overview`): the code says what the papers have in common
# and gives each paper one cited sentence; the model is asked only to compress each paper's line into one short
# sentence (a numbered list), each checked against its paper (`overview.phrase_problem`), the paper's own line used
# otherwise. The prompt is each paper's name and line, clipped to 16-30 tokens (~60-90 prompt tokens/s on 2 cores);
# the reply (~15-20 tokens/s measured on a quiet machine: 8 lines in 7-9 s) ends once every paper has its line, or
# at the last finished line `overview_seconds` after the call began (6 s + 1.5 s a paper, at most 36 s; the call is
# cut OVERVIEW_GRACE later if no line is finished): the papers left get their own line's clause, so a slow or
# loaded machine costs wording, not the overview or the time targets.
OVERVIEW_MAX_TOKENS = 40  # per paper, + 20
OVERVIEW_GRACE = 6.0  # seconds after `overview_seconds` before the call is cut (no line finished by then)
OVERVIEW_LINE_TOKENS = (16, 30)  # (least, most) tokens of each paper's line in the overview prompt
OVERVIEW_LINES_BUDGET = 420  # tokens of all the lines together (8 papers: 30 each; 20 papers: 21 each)


def overview_seconds(papers: int) -> float:
    """When the model's list ends (at its last finished line), counted from the call: 18 s for 8 papers, 36 s for 20
    (after2 of session 13, on a loaded machine, the first token alone came 10-20 s into some calls)."""
    return min(36.0, 6.0 + 1.5 * papers)


def clip_line(text: str, limit: int) -> str:
    """`text` within `limit` tokens, cut after a whole clause when one ends in the last quarter of what fits
    (never inside a character: a token cut splits a Chinese character into '�')."""
    if count_tokens(text) <= limit:
        return text
    cut = truncate_tokens(text, limit).rstrip("…").replace("\ufffd", "")
    ends = [m.end() for m in re.finditer(r"[，,；;。.!?！？、]", cut)]
    if ends and ends[-1] >= 3 * len(cut) // 4:
        cut = cut[:ends[-1]].rstrip("，,；;、")
    return cut.rstrip() + "…"
Scores = dict[str, tuple[float, str]]


class _Run:
    """One digest being built: the result so far, the Markdown emitted, the time budget and the reply cache."""

    def __init__(self, request: DigestRequest, llm: ChatModel | None, prompts_dir: Path, time_budget: float,
                 translations: LLMReplyCache | None):
        self.request, self.lang, self.llm = request, request.language, llm
        self.prompts_dir = Path(prompts_dir)
        self.translations = translations
        self.digest = Digest(request=request, language=self.lang, title=digest_title(request),
                             model=llm.name if llm else "")
        self.pieces: list[str] = []
        self.budget = Budget(time_budget)
        self.replies = CachedReplies(translations)
        self.background: list[Paper] = []  # the candidates the papers were selected from
        self.llm_theme_names = True  # False: key-term names without the LLM's polish

    def emit(self, text: str) -> Event:
        self.pieces.append(text)
        return Event("markdown", text)

    def progress(self, step: str) -> Event:
        return Event("progress", PROGRESS[step][self.lang])


def stream_digest(request: DigestRequest | str, *, store, retriever_factory: Callable[[SearchFilters], HybridRetriever],
                  llm: ChatModel | None, embedder, prompts_dir: Path, today: date | None = None,
                  min_relevance: float = 0.3, time_budget: float = 90.0,
                  translations: LLMReplyCache | None = None, llm_rerank: bool = False,
                  rerank_keep: float = RERANK_KEEP, concept_similarity: float = CONCEPT_SIMILARITY,
                  candidates: int = 100, llm_theme_names: bool = True, topic_check=None) -> Iterator[Event]:
    """Yield `progress` (str), `markdown` (document pieces, in order), `token` (raw overview text, a preview)
    and finally `digest` (the Digest). `llm=None` builds the digest without theme names or overview.
    Papers must cover every concept of the topic (see `pick_papers`); fewer than asked are listed, with a note,
    when fewer match. `llm_rerank` (for a stronger API model) has the LLM score twice as many candidates,
    with a reason each. `topic_check` (`topic_check.TopicCheck`) leaves out papers that do not read as the topic
    (`Digest.left_out`, with a note). `llm_theme_names=False` keeps the key-term theme names without an LLM call
    (the bundled model: on 2 shared cores the naming call took 45-100 s of the 90 s budget and no overview was
    written)."""
    started = time.perf_counter()
    if isinstance(request, str):
        request = parse_digest_request(request, today=today)
    run = _Run(request, llm, prompts_dir, time_budget, translations)
    run.llm_theme_names = llm_theme_names
    digest = run.digest
    yield run.progress("select")
    selected, scores = yield from _select(run, store, retriever_factory, min_relevance, llm_rerank, rerank_keep,
                                          embedder, concept_similarity, candidates, topic_check)
    digest.timings["select_ms"] = elapsed_ms(started)
    yield run.emit(f"{title_heading(request)}\n\n{meta_line(request, len(selected))}\n")
    if request.topic and digest.concepts and len(selected) < request.max_papers:
        digest.notes.insert(0, _only_note(run, len(selected)))
    if digest.left_out:
        digest.notes.insert(1 if digest.notes else 0, _left_out_note(run, len(digest.left_out)))
    if not selected:
        yield run.emit(f"\n{TEXTS[run.lang]['none']}\n")
    else:
        papers = [p.paper for p in selected]
        groups, names = yield from _group(run, papers, embedder)
        yield from _items(run, selected, scores, groups, names)
        if llm is not None:
            yield from _overview(run, papers)
        if digest.notes:
            yield run.emit(notes_block(digest.notes, run.lang))
    digest.markdown = "".join(run.pieces)
    digest.cached_llm_replies = run.replies.hits
    digest.timings["total_ms"] = elapsed_ms(started)
    logger.info("digest: %d papers, %d themes, overview %s, %s", len(digest.papers), len(digest.themes),
                "kept" if digest.overview else "none", digest.timings)
    yield Event("digest", digest)


def _only_note(run: _Run, n: int) -> str:
    """'Only N papers match ...': a short digest is the honest answer when few papers cover the topic. With two
    concepts or more it also says how many candidates match each one, so the reader sees which concept is rare and
    can retype the topic (session 37: 46 % of the judged papers the studied digests of 20 miss are in digests that
    list 0-3 papers, mostly because the papers write one concept in none of its forms)."""
    labels = run.digest.concepts
    counts = run.digest.concept_matches if len(labels) > 1 else {}
    if run.lang == "zh":
        what = f"同时涉及主题的全部概念（{'、'.join(labels)}）" if len(labels) > 1 else f"符合主题（{labels[0]}）"
        each = "，".join(f"{label} {counts[label]} 篇" for label in labels if label in counts)
        return f"只有 {n} 篇论文{what}，未用无关论文凑数。" + (f"各概念的候选论文数：{each}。" if each else "") + \
            _written_note(run.digest.concept_written, "zh")
    what = f"every concept of the topic ({'; '.join(labels)})" if len(labels) > 1 else f"the topic ({labels[0]})"
    each = ", ".join(f"{label} {counts[label]}" for label in labels if label in counts)
    return f"Only {n} paper{'s' if n != 1 else ''} match {what}; none were added to fill the list." + \
        (f" Candidates matching each concept: {each}." if each else "") + _written_note(run.digest.concept_written, "en")


def _written_note(written: dict[str, dict[str, int]], lang: str) -> str:
    """What the candidates write instead of a rare concept's name (`select.written_runs`): 'No candidate writes
    'speaker verification'; 5 write 'speaker'.' / '没有候选论文写出「率失真理论」；2 篇写出「率失真」。', or ''."""
    if not written:
        return ""
    ((label, runs),) = written.items()
    whole, shorter = runs[label], [(r, n) for r, n in runs.items() if r != label]
    if lang == "zh":
        first = f"{whole} 篇候选论文写出「{label}」" if whole else f"没有候选论文写出「{label}」"
        return f"{first}；" + "、".join(f"{n} 篇写出「{r}」" for r, n in shorter) + "。"
    first = {0: "No candidate writes", 1: "1 candidate writes"}.get(whole, f"{whole} candidates write")
    return f" {first} '{label}'; " + ", ".join(f"{n} write{'s' if n == 1 else ''} '{r}'" for r, n in shorter) + "."


def _domain_note(run: _Run, compound: str, domain: Concept) -> str:
    """A field's compound read as its domain (`select.domain_concepts`): the reader sees the topic was widened, and
    to what ('森林监测' read as 森林 / forest)."""
    other = [f for f in (*domain.forms, *domain.learned) if f != domain.label][:2]
    also = f"（{'、'.join(other)}）" if other and run.lang == "zh" else f" ({', '.join(other)})" if other else ""
    if run.lang == "zh":
        return f"几乎没有候选论文写出「{compound}」，已按其领域「{domain.label}」{also}选取，并经语义检查。"
    return f"Almost no candidate writes '{compound}'; papers were selected by its domain '{domain.label}'{also}, " \
        "then checked semantically."


def _left_out_note(run: _Run, n: int) -> str:
    """Why papers that name the topic's words are not listed: the reader may look them up (`Digest.left_out`)."""
    if run.lang == "zh":
        return f"另有 {n} 篇论文提到了主题的词语，但语义检查判断其内容不是这个主题，未列出。"
    return f"{n} more paper{'s' if n != 1 else ''} name the topic's words but do not read as the topic (semantic " \
        "check); not listed."


def _select(run: _Run, store, retriever_factory: Callable[[SearchFilters], HybridRetriever], min_relevance: float,
            llm_rerank: bool, rerank_keep: float, embedder, concept_similarity: float, candidates: int,
            topic_check=None) -> Generator[Event, None, tuple[list[Picked], Scores]]:
    """The papers to list, with their LLM scores when `llm_rerank` (which draws twice as many candidates)."""
    request = run.request
    llm_rerank = bool(llm_rerank and run.llm is not None and request.topic)
    pool = request.model_copy(update={"max_papers": min(2 * request.max_papers, MAX_PAPERS)}) if llm_rerank \
        else request
    selection: Selection = pick_papers(pool, store=store, retriever_factory=retriever_factory,
                                  prompts_dir=run.prompts_dir, min_relevance=min_relevance, embedder=embedder,
                                  concept_similarity=concept_similarity, candidates=candidates,
                                  topic_check=topic_check)
    run.digest.concepts = [c.label for c in selection.concepts]
    run.digest.left_out = selection.left_out
    run.background = selection.pool
    run.digest.matching = selection.matching
    run.digest.concept_matches = selection.concept_matches
    run.digest.concept_written = selection.concept_written
    run.digest.notes += [_domain_note(run, compound, domain) for compound, domain in selection.domains.items()]
    selected = selection.picked
    if not llm_rerank:
        return selected, {}
    scores: Scores = {}
    if selected:
        yield run.progress("rerank")
        t0 = time.perf_counter()
        scores = score_papers(request.topic, [p.paper for p in selected], llm=run.llm, prompts_dir=run.prompts_dir,
                              budget=run.budget, digest=run.digest, replies=run.replies)
        run.digest.timings["rerank_ms"] = elapsed_ms(t0)
    by_id = {p.paper.arxiv_id: p for p in selected}
    kept = rerank([(p.paper, p.similarity) for p in selected], scores, request.max_papers, rerank_keep)
    return [by_id[paper.arxiv_id] for paper, _ in kept], scores


def _group(run: _Run, papers: list[Paper], embedder
           ) -> Generator[Event, None, tuple[list[list[int]], list[ThemeName] | None]]:
    """(groups of paper indexes, a name per group); one unnamed group unless themed and >= 4 papers. Groups of
    one paper, and papers their theme's name does not describe (`described`), are merged into a last
    'Other / 其他' group; the others come largest first."""
    k = n_themes(len(papers)) if run.request.style == "themed" else 1
    if k <= 1:
        return [list(range(len(papers)))], None
    yield run.progress("themes")
    t0 = time.perf_counter()
    vectors = embedder.embed([f"{p.title}\n{p.abstract or p.summary.tldr}" for p in papers])
    groups, other = merge_singletons(cluster_vectors(vectors, k))
    run.digest.timings["cluster_ms"] = elapsed_ms(t0)
    if not groups:  # every paper on its own: no themes
        return [list(range(len(papers)))], None
    t0 = time.perf_counter()
    exclude = [f for c in _concepts(run) for f in c.forms]
    names = name_groups(groups, papers, run.llm if run.llm_theme_names else None, run.prompts_dir, run.budget, run.digest, run.replies, exclude,
                        background=run.background)
    groups, names, other = described(groups, names, other, papers)
    run.digest.timings["themes_ms"] = elapsed_ms(t0)
    if not groups:
        return [list(range(len(papers)))], None
    if other:
        groups.append(other)
        names.append(ThemeName(OTHER[run.lang], "other"))
    return groups, names


def described(groups: list[list[int]], names: list[ThemeName], other: list[int], papers: list[Paper]
              ) -> tuple[list[list[int]], list[ThemeName], list[int]]:
    """A theme holds only the papers its name describes: a member whose own text has none of the name's key
    terms moves to 'Other' (issue 16: '模型预测规划' held a recommendation paper), and a theme left with fewer
    than two papers goes there whole. Themes stay largest first."""
    kept: list[tuple[list[int], ThemeName]] = []
    other = list(other)
    for members, name in zip(groups, names):
        inside = [i for i in members if any(term_share(t, [papers[i]]) for t in name.terms)]
        if len(inside) >= 2:
            kept.append((inside, name))
            other += [i for i in members if i not in inside]
        else:
            other += members
    kept.sort(key=lambda gn: (-len(gn[0]), gn[0][0]))
    return [g for g, _ in kept], [n for _, n in kept], sorted(other)


def _concepts(run: _Run):
    return topic_concepts(run.request.topic, run.prompts_dir) if run.request.topic else []


def _item(n: int, picked: Picked, run: _Run, scores: Scores, theme: str) -> DigestItem:
    """A listed paper: its line comes from its own fields (see `paper_line`), never from the LLM."""
    paper = picked.paper
    line, source = paper_line(paper, run.lang, run.translations)
    scored = scores.get(paper.arxiv_id)
    return DigestItem(n=n, id=paper.arxiv_id, title=paper.title, url=paper.url,
                      date=paper.dates[0] if paper.dates else "", categories=paper.categories,
                      line=re.sub(r"\s+", " ", line).strip(), line_source=source, theme=theme,
                      score=round(picked.similarity, 4),
                      llm_score=scored[0] if scored else None, reason=sanitize(scored[1]) if scored else "",
                      relevance=picked.relevance,
                      concepts=dict(picked.coverage.matched) if picked.coverage else {})


def _items(run: _Run, selected: list[Picked], scores: Scores, groups: list[list[int]],
           names: list[ThemeName] | None) -> Iterator[Event]:
    """The numbered list, under a heading per theme when there are themes."""
    n = 0
    for g, members in enumerate(groups):
        theme = DigestTheme(name=names[g].name, named_by=names[g].named_by, terms=list(names[g].terms)) \
            if names else None
        yield run.emit(theme_heading(theme.name) if theme else "\n")
        for index in members:
            n += 1
            item = _item(n, selected[index], run, scores, theme.name if theme else "")
            run.digest.papers.append(item)
            if theme:
                theme.items.append(n)
            yield run.emit(render_item(item) + "\n")
        if theme:
            if theme.terms:
                inside = [selected[i].paper for i in members]
                theme.support = round(sum(any(term_share(t, [p]) for t in theme.terms) for p in inside)
                                      / len(inside), 3)
            run.digest.themes.append(theme)


def _overview_prompt(run: _Run, papers: list[OverviewPaper]) -> tuple[list[dict], str]:
    """(messages, prompt version): each paper's number, name and line (`overview.prompt_line`), clipped."""
    budget = min(run.llm.source_budget, OVERVIEW_LINES_BUDGET)
    share = min(OVERVIEW_LINE_TOKENS[1], max(OVERVIEW_LINE_TOKENS[0], budget // max(1, len(papers))))
    full = {p.n: sanitize(prompt_line(p, run.lang)) for p in papers}
    lines = {n: clip_line(text, share) for n, text in full.items()}
    for p in papers:  # a line cut mid-clause: a model sentence ending where it was cut is cut there too
        p.shown = lines[p.n] if cut_mid_clause(full[p.n], lines[p.n]) else ""
    system = load(f"digest.overview.{run.lang}.system", run.prompts_dir)
    user = load(f"digest.overview.{run.lang}", run.prompts_dir)
    messages = [{"role": "system", "content": system.template},
                {"role": "user", "content": user.format(items=phrase_prompt_items(papers, run.lang, lines))}]
    return messages, f"{system.version}+{user.version}"


def _overview(run: _Run, selected: list[Paper]) -> Iterator[Event]:
    """The overview (`overview.compose_overview`): what every paper shares, then a sentence per paper, by theme; the
    model writes those sentences (one call, a numbered list), each checked against its paper, the paper's own line
    used where it fails or is missing. No overview when the model cannot be reached or the budget is spent."""
    digest = run.digest
    if not has_time("overview", 5, run.budget, digest):
        return
    yield run.progress("overview")
    t0 = time.perf_counter()
    papers = overview_papers(digest.papers, {p.arxiv_id: p for p in selected}, run.lang, digest.concepts)
    messages, version = _overview_prompt(run, papers)
    digest.prompt_version = f"{digest.prompt_version}+overview:{version}" if digest.prompt_version else \
        f"overview:{version}"
    logger.debug("digest overview prompt: %d tokens", sum(count_tokens(m["content"]) for m in messages))
    numbers = [p.n for p in papers]
    seconds = overview_seconds(len(papers))
    own = Budget(min(run.budget.left(), seconds + OVERVIEW_GRACE))  # the call's own limit within the digest's
    phrases = yield from token_events(ask(
        "overview", run.llm, messages, OVERVIEW_MAX_TOKENS * len(papers) + 20, budget=own, digest=digest,
        replies=run.replies, parse=parse_phrases, accepted=lambda found: bool(set(found) & set(numbers)),
        report_error=True, stop=phrases_stop(numbers, seconds)))
    if phrases is None and digest.notes and digest.notes[-1] == NOTES["budget_overview"][run.lang] \
            and run.budget.left() > 1:
        digest.notes.pop()  # the call's own limit, not the digest's: every paper gets its line's clause
        phrases = {}
    if phrases is None:  # the model failed or the digest's budget ran out: noted by `ask`
        digest.timings["overview_ms"] = elapsed_ms(t0)
        return
    themes = [(t.name, t.items, t.named_by == "other") for t in digest.themes]
    check = compose_overview(papers, themes, phrases, run.lang, digest.request.topic)
    digest.timings["overview_ms"] = elapsed_ms(t0)
    digest.overview_dropped = check.dropped
    digest.overview_recited = check.recited
    if check.refused or not check.text:
        digest.notes.append(NOTES["dropped_overview"][run.lang])
        return
    digest.overview = check.text
    yield run.emit(overview_section(check.text, run.lang))


def build_digest(request: DigestRequest | str, **kwargs) -> Digest:
    """Non-streaming `stream_digest` (same keyword arguments)."""
    return final_event(stream_digest(request, **kwargs), "digest", Digest)


def save_digest(markdown: str, path: str | Path) -> Path:
    """Write the digest as UTF-8 Markdown (parent folders created); returns the path written."""
    target = Path(path).expanduser()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown if markdown.endswith("\n") else markdown + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the digest to {target}: {exc.strerror or exc}") from exc
    return target
