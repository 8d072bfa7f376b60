"""Digest evaluation (issue 16): a JSONL topic file whose on-topic papers were labelled by hand; the app's digests
scored per topic and overall on precision, recall, theme purity and the overview's defects.

Topic file, one JSON object a line (blank lines and `#` lines are skipped); the first line may be a header:

    {"corpus": ["../corpus/2026-06-01.jsonl", ...], "since": "2026-06-01", "until": "2026-06-10",
     "max_papers": [8, 20], "description": "..."}
    {"id": "vlm-hallucination", "topic": "视觉语言模型的幻觉", "language": "zh",
     "concepts": ["视觉语言模型", "幻觉"], "relevant": ["2605.30911", ...], "proposed": 19, "notes": "..."}

- `corpus` (paths relative to the file) is ingested into a separate store for the eval (`corpus_app` of
  assistant/eval/answers.py: a temporary directory, or `ASSISTANT_EVAL_STORE_DIR` to keep it); without it the
  app's own store is used. `since`/`until` bound every digest (a topic may override them).
- `relevant`: every paper of the date range that is about the topic (the judged set); `concepts` is how the
  annotator read the topic (informational, not given to the product); `proposed` how many candidates were read,
  `rejected` the ones judged off topic (informational; data/eval/TOPICS.md says how).
- `max_papers`: the digest sizes asked for (one digest per topic and size); a topic may override them.

Per digest (`score_digest`):
- precision@N = listed papers in `relevant` ÷ listed papers (N = the digest's size; undefined when it lists none);
- recall = listed papers in `relevant` ÷ min(|relevant|, max_papers): the share of what the digest could hold;
- theme purity = members of named themes (not 'Other') whose own text (title, Chinese title, abstract, Chinese
  summary, keywords) contains one of the theme's key terms (`DigestTheme.terms`, else the name's words) ÷ those
  members (the measure of bench/digest_relevance.py);
- overview checks (`overview_checks`, only when an overview was written): sentences, repeated sentences,
  whether the last one ends at a sentence boundary, citations of papers not listed, uncited sentences, and
  citation <-> name: a sentence that names a listed paper (its method name, e.g. 'YARD' of 'YARD: Y-Architecture
  ...') must cite it, and a sentence must not cite a paper whose text shares almost none of its words while an
  uncited paper shares most of them. `defects` = repeated + unfinished + invalid citations + name mismatches +
  misattributed + bare citations ('[5][6]' left after a sentence, no words); uncited sentences are counted, not
  defects (a sentence about all papers cites none).
Overall (`summarize_digests`, per size): precision over all listed papers (micro) and the mean of the topics'
(macro), mean recall, purity over all theme members, digests and defects, seconds p50 / max.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.errors import InputError

Sizes = list[int]


class TopicFileHeader(BaseModel):
    """A topic file's header line: the corpus and date range the labels were made over."""

    model_config = ConfigDict(extra="forbid")

    corpus: list[str] = Field(default_factory=list)
    since: str | None = None
    until: str | None = None
    max_papers: Sizes = Field(default_factory=lambda: [8])
    description: str = ""


class EvalTopic(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    topic: str
    language: Literal["zh", "en"] = "zh"
    relevant: list[str]
    concepts: list[str] = Field(default_factory=list)
    since: str | None = None
    until: str | None = None
    max_papers: Sizes | None = None
    style: Literal["brief", "themed"] = "themed"
    proposed: int | None = None
    rejected: list[str] = Field(default_factory=list, description="candidates read and judged off topic")
    notes: str = ""

    @field_validator("relevant")
    @classmethod
    def _unique(cls, ids: list[str]) -> list[str]:
        if len(set(ids)) != len(ids):
            raise ValueError("relevant lists a paper twice")
        return ids


def load_topic_file(path: str | Path) -> tuple[TopicFileHeader, list[EvalTopic]]:
    from assistant.eval.answers import read_eval_lines

    path = Path(path)
    lines = read_eval_lines(path, "topic")
    header, topics, ids = TopicFileHeader(), [], set()
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            data = json.loads(line)
            if isinstance(data, dict) and "topic" not in data:
                header = TopicFileHeader.model_validate(data)
                continue
            topic = EvalTopic.model_validate(data)
        except ValueError as exc:  # JSON or validation
            reason = exc.errors()[0]["msg"] if hasattr(exc, "errors") else str(exc).splitlines()[0]
            raise InputError(f"{path}:{number}: bad topic: {reason}") from exc
        if topic.id in ids:
            raise InputError(f"{path}:{number}: bad topic: duplicate id {topic.id!r}")
        ids.add(topic.id)
        topics.append(topic)
    if not topics:
        raise InputError(f"{path}: no topics")
    return header, topics


# ---------------------------------------------------------------- scoring (pure)
def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def score_selection(ids: list[str], relevant: list[str], max_papers: int) -> dict:
    """Precision@N (N = len(ids)) and recall within the max of a digest's papers against the judged set."""
    judged = set(relevant)
    hits = [i for i in ids if i in judged]
    reachable = min(len(judged), max_papers)
    return {"papers": len(ids), "on_topic": len(hits), "precision": _ratio(len(hits), len(ids)),
            "recall": _ratio(len(hits), reachable), "reachable": reachable,
            "off_topic_ids": [i for i in ids if i not in judged]}


def _has_chinese(text: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", text))


def contains_term(text: str, term: str) -> bool:
    """A theme term in a paper's text: Chinese as a substring, English as whole words (case-insensitive)."""
    if _has_chinese(term):
        return term in text
    words = [re.escape(w) for w in re.split(r"[\s\-]+", term.strip()) if w]
    return bool(words) and bool(re.search(r"(?<![A-Za-z0-9])" + r"[\s\-]+".join(words), text, re.IGNORECASE))


def paper_text(paper) -> str:
    return " ".join([paper.title, paper.title_zh, paper.abstract, paper.summary.as_text(), " ".join(paper.keywords)])


def theme_terms(theme: dict) -> list[str]:
    return [t for t in (theme.get("terms") or re.split(r"、|·|,|，|/", theme["name"])) if t.strip()]


def theme_purity(themes: list[dict], texts: dict[int, str]) -> dict:
    """Members of named themes (not 'Other') whose own text holds one of the theme's terms; `texts` maps item
    numbers (DigestItem.n) to the paper's text."""
    out = {"themes": 0, "members": 0, "pure": 0, "other": 0, "impure": []}
    for theme in themes:
        if theme.get("named_by") == "other":
            out["other"] += len(theme["items"])
            continue
        out["themes"] += 1
        terms = [t.strip() for t in theme_terms(theme)]
        for n in theme["items"]:
            out["members"] += 1
            if any(contains_term(texts.get(n, ""), t) for t in terms):
                out["pure"] += 1
            else:
                out["impure"].append({"theme": theme["name"], "item": n})
    out["purity"] = _ratio(out["pure"], out["members"])
    return out


# ---------------------------------------------------------------- overview checks (pure)
_CITE_RE = re.compile(r"[\[【]\s*(\d+(?:\s*[,，、]\s*\d+)*)\s*[\]】]")
# a dot followed by a letter is inside a name, not a sentence end ('COLLEAGUE.SKILL', 'Node.js'): split there, '提出了
# COLLEAGUE.' was a sentence naming a paper without citing it (a defect the overview did not have); after a citation or
# a bracket it is one ('… works [1].Method B …')
_SENTENCE_RE = re.compile(r"[^。！？!?\n]+?(?:[。！？!?]+|(?<=[\]】)）])\.|(?<!\d)\.(?![\dA-Za-z])|(?=\n)|$)(?:\s*[\[【][\d,，、\s]+[\]】])*"
                          r"[”’\"')）]*", re.S)
_END_RE = re.compile(r"[。！？.!?…][”’\"')）]*$")
_DANGLING_RE = re.compile(r"(?:[，,、:：;；(（\-–]|\b(?:and|or|the|a|an|of|to|in|for|with|by|which|that|as|is|are|"
                          r"was|were|into|from|than)|和|与|及|以及|并|而|但|在|对|将|通过|的|(?<!行)为|是|于)$", re.IGNORECASE)
_STOP_EN = set("""a an the of to in for with by on at from and or but as is are was were be been this that these
those it its their they we our which who whose than then also both each other such into via using use uses used
can may more most new while when where how what paper papers propose proposes proposed study studies method methods
approach model models framework work works show shows result results improve improves based""".split())
_STOP_ZH = set("的 了 和 与 及 在 是 为 对 将 并 而 中 上 等 该 这 这些 一种 一个 提出 论文 研究 方法 模型 框架 通过 实现 提升 "
               "基于 以及 其 可 能 了 个".split())


# citations both before and after a sentence's end: '… models [5][6].  [5][6]' (the second pair cites nothing)
_LEFTOVER_RE = re.compile(r"[\]】]\s*[。.!?！？]+\s*[\[【]\s*\d")


def sentences_of(text: str) -> list[str]:
    """Sentences with their trailing citations ('… 缓解幻觉[2]。', 'It prunes tokens [1].')."""
    out = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        out += [s.strip() for s in _SENTENCE_RE.findall(paragraph) if re.search(r"\w", s)]
    return out


def cites(sentence: str) -> list[int]:
    return [int(n) for group in _CITE_RE.findall(sentence) for n in re.split(r"\s*[,，、]\s*", group)]


def content_words(text: str) -> set[str]:
    """English words (lower case, a plural 's' dropped) and Chinese character bigrams, without stop words."""
    text = _CITE_RE.sub(" ", text)
    words = {w.lower().rstrip("s") if len(w) > 4 else w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9\-]+", text)}
    words = {w for w in words if w not in _STOP_EN and len(w) > 2}
    for run in re.findall(r"[\u4e00-\u9fff]+", text):
        words |= {run[i:i + 2] for i in range(len(run) - 1) if run[i:i + 2] not in _STOP_ZH}
    return words


def unfinished(sentence: str) -> bool:
    """Not ending at a sentence boundary: neither closing punctuation nor a citation at its end, or a connector
    right before them ('…形式化为[3]' stopped mid-clause although it ends with a citation)."""
    body = sentence.strip()
    text = _CITE_RE.sub("", body).strip()
    if not re.search(r"[\]】][。.!?！？]?$", body) and not _END_RE.search(text):
        return True
    return bool(_DANGLING_RE.search(re.sub(r"[。！？.!?…”’\"')）\s]+$", "", text)))


def repeats(a: set[str], b: set[str]) -> bool:
    """Near-duplicate sentences: Jaccard of content words >= 0.6, or one holds >= 80 % of the other's (3+ words)."""
    if not a or not b:
        return False
    inter = len(a & b)
    return inter / len(a | b) >= 0.6 or (min(len(a), len(b)) >= 3 and inter / min(len(a), len(b)) >= 0.8)


_NAME_RE = re.compile(r"^\s*([^:：]{2,40}?)\s*[:：]")


GENERIC_NAMES = {n.lower() for n in """LLM LLMs VLM VLMs LVLM LVLMs MLLM MLLMs LMM LMMs VLA VLAs RAG GPT NLP RL RLHF RLVR
GRPO PPO DPO MoE KV CNN GNN LoRA SOTA VQA QA CoT API GPU NMT MT ASR TTS AI AGI IR CTR AUC DiT ViT CLIP""".split()}


def _word(name: str) -> re.Pattern:
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(name) + r"(?![A-Za-z0-9])", re.IGNORECASE)


def paper_names(titles: dict[int, str], texts: dict[int, str] | None = None) -> dict[int, list[str]]:
    """The names a sentence may call a paper by: the part of its title before ':' when short ('YARD', 'MM-Snowball'),
    and acronym-like title words ('GRKV', 'TGV-KV'); common acronyms (LLM, VLM, RAG, ...) are nobody's name, and
    neither is a name that another listed paper's title or text (`texts`) also uses."""
    found: dict[int, set[str]] = {}
    for n, title in titles.items():
        title = re.sub(r"\\[a-zA-Z]+\{([^{}]*)\}", r"\1", title)
        names = set()
        head = _NAME_RE.match(title)
        if head and len(head.group(1).split()) <= 3:
            names.add(head.group(1).strip())
        names |= {w for w in re.findall(r"[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9]", title) if len(w) >= 3 and
                  any(c.isupper() and i > 0 and w[i - 1] != "-" for i, c in enumerate(w))}  # not 'Token-Level'
        found[n] = {x for x in names if x.lower() not in GENERIC_NAMES}
    texts = texts or {}
    out = {}
    for n, names in found.items():
        others = [f"{titles[m]} {texts.get(m, '')}" for m in titles if m != n]
        out[n] = sorted(x for x in names if not any(_word(x).search(o) for o in others))
    return out


def _names_in(sentence: str, names: dict[int, list[str]]) -> set[int]:
    body = _CITE_RE.sub(" ", sentence)
    return {n for n, ns in names.items() if any(_word(x).search(body) for x in ns)}


def overview_checks(overview: str, titles: dict[int, str], texts: dict[int, str]) -> dict:
    """Defects of a delivered overview; `titles`/`texts` map the listed papers' numbers to their title / own text."""
    sentences = sentences_of(overview)
    words = [content_words(s) for s in sentences]
    names = paper_names(titles, texts)
    sources = {n: content_words(t) for n, t in texts.items()}
    out = {"sentences": len(sentences), "repeated": 0, "unfinished_last": False, "uncited": 0,
           "invalid_citations": 0, "name_mismatches": 0, "misattributed": 0, "bare_citations": 0, "problems": []}
    for i, sentence in enumerate(sentences):
        cited = cites(sentence)
        if not re.search(r"[^\W\d_]", _CITE_RE.sub("", sentence)) or _LEFTOVER_RE.search(sentence):
            out["bare_citations"] += 1  # '… models [5][6].  [5][6]': citations left over, no sentence of their own
            out["problems"].append({"sentence": sentence, "problem": "citations left over (no sentence of their own)"})
            if not re.search(r"[^\W\d_]", _CITE_RE.sub("", sentence)):
                continue
        if any(repeats(words[i], words[j]) for j in range(i)):
            out["repeated"] += 1
            out["problems"].append({"sentence": sentence, "problem": "repeats an earlier sentence"})
        invalid = [n for n in cited if n not in titles]
        if invalid:
            out["invalid_citations"] += len(invalid)
            out["problems"].append({"sentence": sentence, "problem": f"cites {invalid}: not a listed paper"})
        if not cited:
            out["uncited"] += 1
        named = _names_in(sentence, names)
        if named - set(cited):
            out["name_mismatches"] += 1
            out["problems"].append({"sentence": sentence, "problem": f"names [{', '.join(map(str, sorted(named)))}] "
                                    f"but cites [{', '.join(map(str, cited))}]"})
        elif cited and not named and len(words[i]) >= 4:
            share = {n: len(words[i] & src) / len(words[i]) for n, src in sources.items()}
            best_cited = max((share.get(n, 0.0) for n in cited), default=0.0)
            other = max((n for n in share if n not in cited), key=lambda n: share[n], default=None)
            if other is not None and share[other] >= 0.5 and share[other] >= best_cited + 0.3:
                out["misattributed"] += 1
                out["problems"].append({"sentence": sentence, "problem": f"cites [{', '.join(map(str, cited))}] "
                                        f"but its words are [{other}]'s"})
    if sentences and unfinished(sentences[-1]):
        out["unfinished_last"] = True
        out["problems"].append({"sentence": sentences[-1], "problem": "does not end at a sentence boundary"})
    out["defects"] = (out["repeated"] + int(out["unfinished_last"]) + out["invalid_citations"]
                      + out["name_mismatches"] + out["misattributed"] + out["bare_citations"])
    return out


def score_digest(topic: EvalTopic, digest, max_papers: int, papers: dict, seconds: float | None = None) -> dict:
    """One digest against its topic's labels; `papers` maps arXiv ids to Paper (the listed ones at least)."""
    ids = [p.id for p in digest.papers]
    item = {"id": topic.id, "topic": topic.topic, "language": topic.language, "max_papers": max_papers,
            "relevant": len(topic.relevant), **score_selection(ids, topic.relevant, max_papers),
            "ids": ids, "concepts": list(digest.concepts), "matching": digest.matching,
            "only_note": any(re.match(r"(?:Only|只有) ", n) for n in digest.notes), "notes": list(digest.notes),
            "error": digest.error, "seconds": None if seconds is None else round(seconds, 2),
            "timings": dict(digest.timings), "cached_llm_replies": digest.cached_llm_replies}
    texts = {p.n: paper_text(papers[p.id]) if p.id in papers else f"{p.title} {p.line}" for p in digest.papers}
    themes = [t.model_dump() for t in digest.themes]
    item["themes"] = [{"name": t["name"], "named_by": t["named_by"], "size": len(t["items"])} for t in themes]
    item["purity"] = theme_purity(themes, texts)
    item["overview"] = None
    if digest.overview:
        titles = {p.n: p.title for p in digest.papers}
        lines = {p.n: f"{p.title} {p.line} {texts[p.n]}" for p in digest.papers}
        item["overview"] = {**overview_checks(digest.overview, titles, lines), "text": digest.overview,
                            "dropped_by_checks": [d.get("reason", "") for d in digest.overview_dropped],
                            "fallbacks": sum("its line is used" in d.get("reason", "") for d in digest.overview_dropped),
                            "recited": digest.overview_recited}
    return item


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 2) if values else None


def summarize_digests(items: list[dict]) -> dict:
    """Overall figures per digest size (keys are the sizes as strings)."""
    out = {}
    for size in sorted({i["max_papers"] for i in items}):
        group = [i for i in items if i["max_papers"] == size]
        listed = sum(i["papers"] for i in group)
        on = sum(i["on_topic"] for i in group)
        precisions = [i["precision"] for i in group if i["precision"] is not None]
        recalls = [i["recall"] for i in group if i["recall"] is not None]
        members = sum(i["purity"]["members"] for i in group)
        overviews = [i["overview"] for i in group if i["overview"]]
        seconds = [i["seconds"] for i in group if i["seconds"] is not None]
        out[str(size)] = {
            "topics": len(group), "papers": listed, "on_topic": on, "precision": _ratio(on, listed),
            "precision_macro": round(statistics.mean(precisions), 4) if precisions else None,
            "recall": round(statistics.mean(recalls), 4) if recalls else None,
            "topics_all_on_topic": sum(i["papers"] > 0 and i["on_topic"] == i["papers"] for i in group),
            "empty": sum(i["papers"] == 0 for i in group), "only_notes": sum(i["only_note"] for i in group),
            "purity": _ratio(sum(i["purity"]["pure"] for i in group), members), "theme_members": members,
            "in_other": sum(i["purity"]["other"] for i in group),
            "overviews": len(overviews), "overview_defects": sum(o["defects"] for o in overviews),
            "overviews_with_defects": sum(o["defects"] > 0 for o in overviews),
            "repeated": sum(o["repeated"] for o in overviews),
            "unfinished_last": sum(o["unfinished_last"] for o in overviews),
            "name_mismatches": sum(o["name_mismatches"] for o in overviews),
            "misattributed": sum(o["misattributed"] for o in overviews),
            "invalid_citations": sum(o["invalid_citations"] for o in overviews),
            "bare_citations": sum(o.get("bare_citations", 0) for o in overviews),
            "overview_sentences": sum(o["sentences"] for o in overviews),
            "overview_fallbacks": sum(o.get("fallbacks", 0) for o in overviews),
            "errors": sum(bool(i["error"]) for i in group),
            "seconds_p50": _median(seconds), "seconds_max": max(seconds) if seconds else None,
        }
    return out


# ---------------------------------------------------------------- running
def run_digests(app, topics: list[EvalTopic], header: TopicFileHeader, *, use_llm: bool = True,
                sizes: Sizes | None = None) -> list[dict]:
    """Build and score one digest per topic and size (`sizes`, else the topic's or the header's)."""
    from assistant.chains.digest import DigestRequest

    items = []
    for topic in topics:
        for size in sizes or topic.max_papers or header.max_papers:
            request = DigestRequest(topic=topic.topic, language=topic.language, since=topic.since or header.since,
                                    until=topic.until or header.until, max_papers=size, style=topic.style)
            started = time.perf_counter()
            digest = app.digest(request, use_llm=use_llm)
            seconds = time.perf_counter() - started
            papers = app.store.get_papers([p.id for p in digest.papers])
            items.append(score_digest(topic, digest, size, papers, seconds))
    return items


def run_digests_eval(app, path: str | Path, *, overview: bool = True, sizes: Sizes | None = None,
                     only: list[str] | None = None) -> dict:
    """The digest eval on the app's store and LLM (`overview=False`: no LLM, no overview); a topic file whose
    header names a corpus runs on a separate store holding it. `only`: topic ids to run."""
    from assistant.eval.answers import corpus_app

    path = Path(path)
    header, topics = load_topic_file(path)
    if only:
        unknown = sorted(set(only) - {t.id for t in topics})
        if unknown:
            raise InputError(f"{path}: no topic {', '.join(map(repr, unknown))}")
        topics = [t for t in topics if t.id in only]
    result: dict = {"file": str(path), "model": app.llm.get().name if overview else None, "overview": overview,
                    "since": header.since, "until": header.until, "store": None}

    def run(target) -> None:
        known = set(target.store.get_papers([i for t in topics for i in t.relevant]))
        result["missing_relevant_ids"] = sorted({i for t in topics for i in t.relevant} - known)
        result["items"] = run_digests(target, topics, header, use_llm=overview, sizes=sizes)

    if header.corpus:
        with corpus_app(app, [(path.parent / c).resolve() for c in header.corpus]) as (eval_app, info):
            result["store"] = info
            run(eval_app)
    else:
        run(app)
    result["topics"] = len(topics)
    result["sizes"] = sorted({i["max_papers"] for i in result["items"]})
    result["overall"] = summarize_digests(result["items"])
    return result
