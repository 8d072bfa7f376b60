"""'For you': one subscription's papers of a day (or a date range), ranked for its reader, each with its reasons.

The score (0-10) blends, with the weights of the settings (`ASSISTANT_READERS_WEIGHT_*`):

- interest: the paper's place in the hybrid retrieval (dense + BM25, reciprocal rank fusion) for the free-text
  interest, as a share of the best possible fused score (1 = first in both lists). The fusion weighs the BM25 list
  `INTEREST_BM25_WEIGHT` (10) times the dense list, so a paper naming the interest's words leads and the dense
  list orders the rest (measured on simulated readers: bench/for_you.py, tuned on its dev readers);
- likes: zotero-arxiv-daily's Σᵢ wᵢ·cos(paper, likedᵢ) over the reader's liked papers, newest first,
  wᵢ ∝ 1/(1+log10(i+1)) normalised to sum 1 (a paper's own like does not count for itself), then min-max
  normalised over the candidates (0 = the least like the likes, 1 = the most), so that it spans 0-1 as the
  interest does instead of the narrow band raw cosines fill;
- llm (optional, API models): the LLM's 0-10 relevance to the interest with a one-line reason (ArxivDigest); a
  paper it scores below `ASSISTANT_READERS_LLM_KEEP` is left out.

score = 10 · Σ weight·part / Σ weight over the parts that apply, minus the dislike penalty:
10 · `ASSISTANT_READERS_DISLIKE_PENALTY` · the resemblance to the closest disliked paper above the cosine floor.
Include keywords (any must match) and exclude keywords (none may match) are hard filters, as is a dislike of the
paper itself. Paper vectors are read from the store (the abstract and Chinese-summary chunks), never re-embedded.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field

import numpy as np

from assistant.chunking import SECTION_ABSTRACT, SECTION_SUMMARY, SECTION_TITLE, node_id
from assistant.errors import AssistantError, LLMUnavailable
from assistant.readers.models import ForYou, RankedPaper, Reason, ScoreParts, Subscription
from assistant.retrieval import SearchFilters
from assistant.types import Paper, clip

logger = logging.getLogger(__name__)

VECTOR_SECTIONS = (SECTION_ABSTRACT, SECTION_SUMMARY)  # what a paper is about, in both languages
INTEREST_BM25_WEIGHT = 10.0  # the interest's BM25 list in the fusion, dense list = 1 (bench/for_you.py, dev readers)
MAX_INTEREST_PAPERS = 400  # papers the hybrid retrieval ranks for the interest (the rest get 0)
MAX_LLM_PAPERS = 30  # papers the LLM scores in one call
MAX_RESULTS = 100
LIKE_REASON_MIN_POINTS = 0.5  # a liked paper is named as a reason when the likes add at least this much


# ---------- keywords ----------
def keyword_pattern(keyword: str) -> re.Pattern:
    """Latin keywords match whole words (a plural 's'/'es' allowed; spaces match spaces or hyphens), so 'RAG' does
    not match 'storage'; Chinese (or mixed) keywords match as substrings. Case-insensitive."""
    if re.fullmatch(r"[A-Za-z0-9 .+#/_'&-]+", keyword):
        body = r"[\s\-]+".join(re.escape(part) for part in keyword.split())
        return re.compile(rf"(?<![A-Za-z0-9]){body}(?:s|es)?(?![A-Za-z0-9])", re.IGNORECASE)
    return re.compile(re.escape(keyword), re.IGNORECASE)


def paper_text(paper: Paper) -> str:
    s = paper.summary
    return "\n".join([paper.title, paper.title_zh, paper.abstract, s.tldr, s.motivation, s.method, s.result,
                      s.conclusion, ", ".join(paper.keywords), paper.comment])


def matched_keywords(keywords: list[str], text: str) -> list[str]:
    return [k for k in keywords if keyword_pattern(k).search(text)]


# ---------- likes (zotero-arxiv-daily) ----------
def like_weights(n: int) -> np.ndarray:
    """wᵢ ∝ 1/(1+log10(i+1)) for the i-th newest like (i = 0 first), normalised to sum 1."""
    if n <= 0:
        return np.zeros(0)
    w = 1.0 / (1.0 + np.log10(np.arange(n) + 1.0))
    return w / w.sum()


def like_score(candidate: np.ndarray, liked: np.ndarray, skip: int | None = None) -> tuple[float, int | None, float]:
    """(Σ wᵢ·cos(candidate, likedᵢ), index of the most similar liked paper, its cosine). `liked` rows are unit
    vectors, newest like first; `skip` leaves one row out (the candidate's own like), the weights renormalised."""
    if liked.shape[0] == 0:
        return 0.0, None, 0.0
    cos = liked @ candidate
    keep = np.ones(len(cos), dtype=bool)
    if skip is not None:
        keep[skip] = False
    if not keep.any():
        return 0.0, None, 0.0
    idx = np.flatnonzero(keep)
    score = float(like_weights(len(idx)) @ cos[idx])
    best = int(idx[np.argmax(cos[idx])])
    return score, best, float(cos[best])


# ---------- vectors ----------
def paper_vectors(store, ids: list[str]) -> dict[str, np.ndarray]:
    """Unit vectors per paper: the mean of its abstract and Chinese-summary chunk embeddings as stored in Chroma
    (its title chunk when it has neither). Papers not in the store are missing from the result."""
    ids = list(dict.fromkeys(ids))
    wanted = [node_id(i, s) for i in ids for s in (*VECTOR_SECTIONS, SECTION_TITLE)]
    found: dict[str, dict[str, np.ndarray]] = {}
    for start in range(0, len(wanted), 1500):
        got = store.chunks.get(ids=wanted[start:start + 1500], include=["embeddings"])
        embeddings = got.get("embeddings")
        if embeddings is None:
            continue
        for nid, vector in zip(got["ids"], embeddings):
            pid, _, section = nid.partition("#")
            found.setdefault(pid, {})[section] = np.asarray(vector, dtype=np.float32)
    out: dict[str, np.ndarray] = {}
    for pid, sections in found.items():
        parts = [sections[s] for s in VECTOR_SECTIONS if s in sections] or \
            ([sections[SECTION_TITLE]] if SECTION_TITLE in sections else [])
        if not parts:
            continue
        vector = np.mean(parts, axis=0)
        norm = float(np.linalg.norm(vector))
        if norm > 0:
            out[pid] = vector / norm
    return out


# ---------- days ----------
def paper_days(store, filters: SearchFilters) -> dict[str, int]:
    """arXiv id -> newest digest day (YYYYMMDD int) of every paper matching `filters`, from the BM25 index's
    in-memory metadata (no catalogue scan)."""
    store.ensure_keyword_sync()
    out: dict[str, int] = {}
    for nid, meta in store.keywords.iter_metas():
        if meta and filters.matches(meta):
            pid = str(meta.get("arxiv_id") or nid.split("#")[0])
            out[pid] = max(out.get(pid, 0), int(meta.get("date_last_int", 0) or 0))
    return out


def latest_day(store, categories: tuple[str, ...] = ()) -> str | None:
    """The newest digest day in the store (among papers of `categories`, when given), as YYYY-MM-DD."""
    days = [d for d in paper_days(store, SearchFilters(categories=categories)).values() if d]
    if not days:
        return None
    day = str(max(days))
    return f"{day[:4]}-{day[4:6]}-{day[6:8]}"


def iso_day(day: int) -> str:
    text = str(day)
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}" if day else ""


# ---------- ranking ----------
@dataclass
class Weights:
    interest: float = 1.0
    likes: float = 1.0
    llm: float = 1.0
    dislike_penalty: float = 0.5
    dislike_floor: float = 0.5
    likes_max: int = 50
    llm_keep: float = 5.0
    min_score: float = 0.0
    interest_bm25: float = INTEREST_BM25_WEIGHT
    likes_minmax: bool = True  # likes part min-max normalised over the candidates (False: the raw weighted cosine)

    @classmethod
    def from_settings(cls, s) -> Weights:
        return cls(interest=s.readers_weight_interest, likes=s.readers_weight_likes, llm=s.readers_weight_llm,
                   dislike_penalty=s.readers_dislike_penalty, dislike_floor=s.readers_dislike_floor,
                   likes_max=s.readers_likes_max, llm_keep=s.readers_llm_keep, min_score=s.readers_min_score)


@dataclass
class _Candidate:
    paper: Paper
    day: int
    parts: ScoreParts = field(default_factory=ScoreParts)
    reasons: list[Reason] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    interest_rank: int | None = None
    interest_of: int = 0
    llm_reason: str = ""
    score: float = 0.0


TEXT = {
    "interest": {"en": "interest: #{rank}/{total} in hybrid search, cosine {cos:.2f} ({points:+.1f})",
                 "zh": "兴趣匹配：混合检索第 {rank}/{total} 名，余弦 {cos:.2f}（{points:+.1f}）"},
    "keywords": {"en": "keywords: {keywords}", "zh": "关键词：{keywords}"},
    "liked": {"en": "closest liked paper ⭐ “{title}” ({id}, cosine {cos:.2f}; all likes {points:+.1f})",
              "zh": "最接近你收藏的《{title}》（{id}，余弦 {cos:.2f}；收藏合计 {points:+.1f}）"},
    "disliked": {"en": "close to 👎 “{title}” ({id}, cosine {cos:.2f}): {points:+.1f}",
                 "zh": "接近你不感兴趣的《{title}》（{id}，余弦 {cos:.2f}）：{points:+.1f}"},
    "starred": {"en": "⭐ you starred it", "zh": "⭐ 你已收藏"},
    "llm": {"en": "LLM {score:g}/10: {reason} ({points:+.1f})", "zh": "LLM 评分 {score:g}/10：{reason}（{points:+.1f}）"},
    "score": {"en": "score {score:.1f}/10", "zh": "得分 {score:.1f}/10"},
}
NOTES = {
    "no_days": {"en": "no paper in the store has a digest date: the whole store was ranked",
                "zh": "库中论文都没有日期：已对全部论文排序"},
    "no_candidates": {"en": "no papers on {span} in the subscription's categories",
                      "zh": "{span} 没有符合订阅分类的论文"},
    "llm_down": {"en": "the LLM could not score the papers ({error}): ranked without it",
                 "zh": "语言模型无法评分（{error}）：未使用 LLM 评分"},
    "llm_no_topic": {"en": "the LLM score needs an interest or include keywords: not used",
                     "zh": "LLM 评分需要兴趣描述或包含关键词：未使用"},
    "llm_partial": {"en": "the LLM scored {n} of {total} papers", "zh": "LLM 为 {total} 篇中的 {n} 篇评了分"},
    "likes_missing": {"en": "{n} liked paper(s) are not in the store and do not count",
                      "zh": "{n} 篇收藏的论文不在库中，未计入"},
}


def _sep(lang: str) -> str:
    return "；" if lang == "zh" else "; "


class Ranker:
    """Ranks one subscription's papers; built by `Readers` from the App's store, retriever and LLM."""

    def __init__(self, *, store, retriever_factory, db, weights: Weights, llm_factory=None, llm_auto: bool = False,
                 replies=None, prompts_dir=None, time_budget: float = 90.0):
        self.store = store
        self.retriever_factory = retriever_factory
        self.db = db
        self.weights = weights
        self.llm_factory = llm_factory  # None: no LLM scoring
        self.llm_auto = llm_auto  # a subscription's llm=auto scores with the LLM
        self.replies = replies
        self.prompts_dir = prompts_dir
        self.time_budget = time_budget

    def rank(self, sub: Subscription, *, since: str | None = None, until: str | None = None) -> ForYou:
        lang = sub.language
        w = self.weights
        result = ForYou(reader=sub.reader, subscription=sub, since=since, until=until,
                        generated_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"))
        categories = tuple(sub.categories)
        if since is None and until is None:
            day = latest_day(self.store, categories)
            if day is None:
                result.notes.append(NOTES["no_days"][lang])
            result.since = result.until = since = until = day
        filters = SearchFilters(since=since, until=until, categories=categories)
        days = paper_days(self.store, filters)
        result.candidates = len(days)
        if not days:
            span = since if since == until else f"{since or '…'} – {until or '…'}"
            result.notes.append(NOTES["no_candidates"][lang].format(span=span))
            return result

        papers = self.store.get_papers(sorted(days))
        liked = self.db.reactions(sub.reader, "like", limit=w.likes_max)
        disliked = self.db.reactions(sub.reader, "dislike", limit=w.likes_max)
        liked_ids = [r.id for r in liked]
        # every dislike hides its paper (not only the newest ones, which are what the penalty looks at)
        hidden = {pid for pid, r in self.db.reaction_of(sub.reader, list(papers)).items() if r == "dislike"}
        disliked_ids = {r.id for r in disliked}

        # hard filters: the reader's dislikes, exclude keywords, include keywords
        left_out: dict[str, int] = {}
        pool: list[_Candidate] = []
        for pid, paper in papers.items():
            if pid in hidden:
                left_out["disliked"] = left_out.get("disliked", 0) + 1
                continue
            text = paper_text(paper)
            if sub.exclude and matched_keywords(sub.exclude, text):
                left_out["exclude"] = left_out.get("exclude", 0) + 1
                continue
            found = matched_keywords(sub.include, text) if sub.include else []
            if sub.include and not found:
                left_out["include"] = left_out.get("include", 0) + 1
                continue
            pool.append(_Candidate(paper=paper, day=days.get(pid, 0), keywords=found))
        result.left_out = left_out
        if not pool:
            return result

        self._interest(sub, filters, pool)
        vectors = paper_vectors(self.store, [c.paper.arxiv_id for c in pool] + liked_ids + list(disliked_ids))
        missing = [i for i in liked_ids if i not in vectors]
        if missing:
            result.notes.append(NOTES["likes_missing"][lang].format(n=len(missing)))
        self._likes(pool, liked_ids, vectors)
        self._dislikes(pool, [i for i in (r.id for r in disliked) if i in vectors], vectors)
        for c in pool:
            self._score(c, sub)
        pool.sort(key=lambda c: (-c.score, -c.day, c.paper.arxiv_id))

        n_days = len({c.day for c in pool}) or 1
        limit = min(MAX_RESULTS, sub.daily * n_days)
        if self._use_llm(sub):
            pool = self._llm(sub, pool, limit, result)
        if w.min_score > 0:
            kept = [c for c in pool if c.score >= w.min_score]
            if len(kept) < len(pool):
                result.left_out["min_score"] = len(pool) - len(kept)
            pool = kept

        titles = {pid: p.title for pid, p in self.store.get_papers(liked_ids + list(disliked_ids)).items()}
        reactions = self.db.reaction_of(sub.reader, [c.paper.arxiv_id for c in pool[:limit]])
        for rank, c in enumerate(pool[:limit], 1):
            result.papers.append(self._ranked(rank, c, sub, titles, reactions.get(c.paper.arxiv_id)))
        return result

    # ---- parts ----
    def _interest(self, sub: Subscription, filters: SearchFilters, pool: list[_Candidate]) -> None:
        if not sub.interest:
            return
        if len(pool) <= MAX_INTEREST_PAPERS:  # only the papers the hard filters kept compete for the places
            filters = SearchFilters(since=filters.since, until=filters.until, categories=filters.categories,
                                    ids=tuple(sorted(c.paper.arxiv_id for c in pool)))
        retriever = self.retriever_factory(filters)
        k = min(len(pool), MAX_INTEREST_PAPERS)
        # enough chunks from each retriever for every candidate paper to be placed (4 chunks per paper)
        retriever.candidates = min(2000, max(retriever.candidates, 4 * len(pool) + 8))
        if retriever.mode == "hybrid":  # the interest's words weigh more than its embedding (dense = 1)
            retriever.bm25_weight = self.weights.interest_bm25
        best = (1.0 + retriever.bm25_weight) / (retriever.rrf_k + 1)
        by_id = {c.paper.arxiv_id: c for c in pool}
        ranked = [r for r in retriever.search_papers(sub.interest, k + 10) if r.arxiv_id in by_id]
        for rank, hit in enumerate(ranked, 1):
            c = by_id[hit.arxiv_id]
            c.interest_rank = rank
            c.interest_of = len(pool)
            c.parts.interest = round(min(1.0, hit.score / best), 4)
            c.parts.interest_cosine = round(float(hit.dense_similarity), 4)
        for c in pool:
            if c.parts.interest is None:
                c.parts.interest = 0.0

    def _likes(self, pool: list[_Candidate], liked_ids: list[str], vectors: dict) -> None:
        order = [i for i in liked_ids if i in vectors]
        if not order:
            return
        matrix = np.stack([vectors[i] for i in order])
        raw: dict[int, float] = {}  # candidates the likes speak about (a vector, and a like other than its own)
        for n, c in enumerate(pool):
            c.parts.likes = 0.0
            vec = vectors.get(c.paper.arxiv_id)
            if vec is None:
                continue
            own = order.index(c.paper.arxiv_id) if c.paper.arxiv_id in order else None
            score, best, cos = like_score(vec, matrix, skip=own)
            if best is None:
                continue
            raw[n] = score
            c.reasons.append(Reason(kind="liked", text="", paper_id=order[best], similarity=round(cos, 4)))
        if not raw:
            return
        low, high = min(raw.values()), max(raw.values())
        for n, score in raw.items():
            if self.weights.likes_minmax and high - low > 1e-9:
                pool[n].parts.likes = round((score - low) / (high - low), 4)
            else:
                pool[n].parts.likes = round(max(0.0, score), 4)

    def _dislikes(self, pool: list[_Candidate], disliked_ids: list[str], vectors: dict) -> None:
        if not disliked_ids:
            return
        w = self.weights
        matrix = np.stack([vectors[i] for i in disliked_ids])
        for c in pool:
            vec = vectors.get(c.paper.arxiv_id)
            if vec is None:
                continue
            cos = matrix @ vec
            j = int(np.argmax(cos))
            resemblance = (float(cos[j]) - w.dislike_floor) / (1.0 - w.dislike_floor)
            if resemblance > 0:
                c.parts.dislike = round(min(1.0, resemblance), 4)
                c.reasons.append(Reason(kind="disliked", text="", paper_id=disliked_ids[j],
                                        similarity=round(float(cos[j]), 4)))

    def _weighted(self, c: _Candidate) -> list[tuple[str, float, float]]:
        """(part, weight, value) of the parts that apply to this paper."""
        w = self.weights
        out = []
        if c.parts.interest is not None:
            out.append(("interest", w.interest, c.parts.interest))
        if c.parts.likes is not None:
            out.append(("likes", w.likes, c.parts.likes))
        if c.parts.llm is not None:
            out.append(("llm", w.llm, c.parts.llm))
        return [(name, weight, value) for name, weight, value in out if weight > 0]

    def _score(self, c: _Candidate, sub: Subscription) -> None:
        parts = self._weighted(c)
        total = sum(weight for _, weight, _ in parts)
        positive = 10.0 * sum(weight * value for _, weight, value in parts) / total if total else 0.0
        penalty = 10.0 * self.weights.dislike_penalty * c.parts.dislike
        c.score = round(max(0.0, positive - penalty), 3)

    def _points(self, c: _Candidate, part: str) -> float | None:
        parts = self._weighted(c)
        total = sum(weight for _, weight, _ in parts)
        for name, weight, value in parts:
            if name == part and total:
                return round(10.0 * weight * value / total, 2)
        return None

    # ---- the LLM's score ----
    def _use_llm(self, sub: Subscription) -> bool:
        if self.llm_factory is None:
            return False
        return sub.llm == "on" or (sub.llm == "auto" and self.llm_auto)

    def _llm(self, sub: Subscription, pool: list[_Candidate], limit: int, result: ForYou) -> list[_Candidate]:
        from assistant.chains.digest import DigestRequest
        from assistant.chains.digest.calls import Budget, CachedReplies
        from assistant.chains.digest.models import Digest
        from assistant.chains.digest.rerank import score_papers

        lang = sub.language
        topic = sub.interest or ", ".join(sub.include)
        if not topic:
            result.notes.append(NOTES["llm_no_topic"][lang])
            return pool
        try:
            llm = self.llm_factory()
        except LLMUnavailable as exc:
            result.notes.append(NOTES["llm_down"][lang].format(error=clip(str(exc), 200)))
            return pool
        head = pool[:min(len(pool), MAX_LLM_PAPERS, max(2 * limit, 10))]
        digest = Digest(request=DigestRequest(topic=clip(topic, 500), language=lang), language=lang, title="")
        try:
            scores = score_papers(topic, [c.paper for c in head], llm=llm, prompts_dir=self.prompts_dir,
                                  budget=Budget(self.time_budget), digest=digest,
                                  replies=CachedReplies(self.replies))
        except AssistantError as exc:
            scores = {}
            digest.notes.append(NOTES["llm_down"][lang].format(error=clip(str(exc), 200)))
        result.notes.extend(digest.notes)
        if not scores:
            if not digest.notes:
                result.notes.append(NOTES["llm_down"][lang].format(error="no usable reply"))
            return pool
        result.llm_model = getattr(llm, "name", None)
        if len(scores) < len(head):
            result.notes.append(NOTES["llm_partial"][lang].format(n=len(scores), total=len(head)))
        kept: list[_Candidate] = []
        for c in pool:
            scored = scores.get(c.paper.arxiv_id)
            if scored is not None:
                value, reason = scored
                if value < self.weights.llm_keep:
                    result.left_out["llm"] = result.left_out.get("llm", 0) + 1
                    continue
                c.parts.llm = round(value / 10.0, 3)
                c.llm_reason = reason
                self._score(c, sub)
            kept.append(c)
        kept.sort(key=lambda c: (-c.score, -c.day, c.paper.arxiv_id))
        return kept

    # ---- the result ----
    def _ranked(self, rank: int, c: _Candidate, sub: Subscription, titles: dict[str, str],
                reaction: str | None) -> RankedPaper:
        from assistant.chains.digest.select import paper_line

        lang = sub.language
        reasons: list[Reason] = []
        if reaction == "like":
            reasons.append(Reason(kind="starred", text=TEXT["starred"][lang]))
        if c.parts.llm is not None:
            score = round(c.parts.llm * 10, 1)
            points = self._points(c, "llm") or 0.0
            reasons.append(Reason(kind="llm", points=points, llm_score=score,
                                  text=TEXT["llm"][lang].format(score=score, reason=c.llm_reason or "—",
                                                                points=points)))
        if c.keywords:
            joined = ("、" if lang == "zh" else ", ").join(c.keywords)
            reasons.append(Reason(kind="keywords", text=TEXT["keywords"][lang].format(keywords=joined),
                                  keywords=list(c.keywords)))
        if c.interest_rank is not None and sub.interest:
            points = self._points(c, "interest") or 0.0
            reasons.append(Reason(kind="interest", points=points, similarity=c.parts.interest_cosine,
                                  text=TEXT["interest"][lang].format(rank=c.interest_rank, total=c.interest_of,
                                                                     cos=c.parts.interest_cosine or 0.0,
                                                                     points=points)))
        for r in c.reasons:
            title = clip(titles.get(r.paper_id or "", r.paper_id or ""), 80)
            if r.kind == "liked":
                points = self._points(c, "likes") or 0.0
                if points < LIKE_REASON_MIN_POINTS:
                    continue
                reasons.append(r.model_copy(update={
                    "paper_title": title, "points": points,
                    "text": TEXT["liked"][lang].format(title=title, id=r.paper_id, cos=r.similarity or 0.0,
                                                       points=points)}))
            elif r.kind == "disliked":
                points = -round(10.0 * self.weights.dislike_penalty * c.parts.dislike, 2)
                reasons.append(r.model_copy(update={
                    "paper_title": title, "points": points,
                    "text": TEXT["disliked"][lang].format(title=title, id=r.paper_id, cos=r.similarity or 0.0,
                                                          points=points)}))
        why = _sep(lang).join([r.text for r in reasons] + [TEXT["score"][lang].format(score=c.score)])
        paper = c.paper
        line, _ = paper_line(paper, lang, self.replies)
        return RankedPaper(rank=rank, id=paper.arxiv_id, title=paper.title, title_zh=paper.title_zh, url=paper.url,
                           date=iso_day(c.day) or (paper.dates[-1] if paper.dates else ""),
                           categories=list(paper.categories), authors=list(paper.authors), line=line,
                           score=round(c.score, 2), parts=c.parts, reaction=reaction, reasons=reasons, why=why)
