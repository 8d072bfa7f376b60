"""Digest relevance (issue 16): are a digest's papers about the whole topic, do its themes describe their papers?

Over a real corpus slice (dw-dengwei 2026-06-01..10, 2,521 papers, ingested once into a store kept under the
cache folder) and two-concept topics in both languages, the same themed 8-paper digests without the LLM are
built by the code before issue 16 (`--before`, run from `git archive` of that commit on the same store) and by
the current code. Reported per topic:

- on-topic candidates: papers of the slice that mention every concept of the topic in their title, abstract or
  TL;DR, judged lexically with a hand-written bilingual synonym list per topic (JUDGE below; deliberately not
  the product's glossary in assistant/chains/digest/concepts.py, and stricter: e.g. 'recommendation' counts only
  in its recommender-system sense);
- the share of digest papers the same judge calls on topic, and the digest's size (fewer than 8 = 'only N');
- theme purity: share of the members of each named theme (not 'Other') whose own text contains one of the
  theme's key terms (before: the words of its keyword name; after: DigestTheme.terms).

Also (`--calibrate`, included in the default run) the sentence-level semantic threshold of concept matching.
`--overview` needs the bundled model (it starts llama.cpp): it builds the same digests with the LLM and checks
the overviews (repeated sentences, unfinished last sentences, citations moved/removed, sentences dropped).

    python -m bench.digest_relevance [--before REF] [--store DIR] [--skip-calibration]
    python -m bench.digest_relevance --overview      # bundled model; writes the digest-overview section
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.common import CORPUS, ROOT, machine, machine_line, save_json, write_section

SINCE, UNTIL = "2026-06-01", "2026-06-10"
BEFORE = "0f0c772"  # the last commit before issue 16's digest changes
MAX_PAPERS = 8


@dataclass(frozen=True)
class Topic:
    topic: str
    lang: str
    judge: tuple[tuple[str, ...], ...]  # per concept: synonyms (en: word-start prefix match; zh: substring)


LLM = ("large language model", "LLM", "大语言模型", "大型语言模型", "大模型", "language model")
REASONING = ("reasoning", "推理能力", "推理任务", "推理过程", "推理链", "推理模型", "数学推理", "chain-of-thought",
             "思维链")
TOPICS = [
    Topic("生成式推荐", "zh", (
        ("generative", "生成式"),
        ("recommender", "recommendation system", "recommendation model", "recommendation task",
         "recommendation scenario", "recommendation performance", "sequential recommendation",
         "generative recommendation", "query recommendation", "推荐系统", "推荐模型", "推荐任务", "推荐场景",
         "推荐算法", "推荐性能", "生成式推荐", "查询推荐", "短视频推荐", "序列推荐"))),
    Topic("视觉语言模型的幻觉", "zh", (
        ("hallucinat", "幻觉"),
        ("vision-language", "vision language", "VLM", "LVLM", "MLLM", "multimodal large language", "multimodal LLM",
         "large multimodal model", "LMM", "视觉语言", "视觉-语言", "多模态大"))),
    Topic("医学图像分割", "zh", (
        ("medical", "clinical", "医学", "医疗", "临床", "radiolog", "patholog", "tumor", "lesion", "病灶", "肿瘤",
         "MRI", "CT scan", "ultrasound", "超声"),
        ("segment", "分割"))),
    Topic("大语言模型的知识蒸馏", "zh", (LLM, ("distill", "蒸馏"))),
    Topic("智能体的记忆", "zh", (("agent", "智能体"), ("memory", "memories", "记忆"))),
    Topic("reinforcement learning for reasoning", "en", (
        ("reinforcement learning", "RLVR", "RLHF", "GRPO", "PPO", "policy optimization", "强化学习"), REASONING)),
    Topic("safety of large language models", "en", (
        ("safety", "safe ", "unsafe", "jailbreak", "harmful", "安全", "越狱", "有害"), LLM)),
    Topic("multimodal reasoning", "en", (
        ("multimodal", "multi-modal", "vision-language", "MLLM", "VLM", "LVLM", "多模态", "视觉语言", "视觉-语言"),
        REASONING)),
    Topic("diffusion models for video generation", "en", (
        ("diffusion", "扩散", "DiT"),
        ("video generation", "video synthesis", "text-to-video", "image-to-video", "video diffusion", "视频生成",
         "生成视频", "视频合成"))),
]
# Concepts for calibrating the semantic threshold: none of them is a concept of the topics above.
CALIBRATION = ["object detection", "speech", "robot", "privacy", "planning", "time series", "anomaly detection",
               "question answering", "image generation", "federated learning", "knowledge graph",
               "3D reconstruction", "autonomous driving", "alignment", "navigation", "world model"]


def default_store() -> Path:
    return Path.home() / ".cache" / "arxiv-assistant" / "bench" / f"digest-relevance-{SINCE}_{UNTIL[-2:]}"


def slice_files() -> list[Path]:
    days = [f"2026-06-{d:02d}" for d in range(int(SINCE[-2:]), int(UNTIL[-2:]) + 1)]
    return [CORPUS / "dw-dengwei" / f"{day}_AI_enhanced_Chinese.jsonl" for day in days]


def open_app(store: Path, llm_mode: str = "mock"):
    from assistant.settings import Settings
    from assistant.wiring import build_app

    # one embedding process, one thread: the bench shares the machine
    return build_app(Settings(store_dir=store, embedding_workers=1, embedding_threads=1, llm_mode=llm_mode,
                              _env_file=None))


def ensure_store(store: Path) -> float:
    """Ingest the slice once (the store is kept for later runs); seconds spent."""
    from assistant.ingest import ingest_paths

    app = open_app(store)
    if app.store.paper_count():
        return 0.0
    t = time.perf_counter()
    ingest_paths(app.store, slice_files())
    return time.perf_counter() - t


# ---------------------------------------------------------------- the judge
def _has(text: str, synonym: str) -> bool:
    if re.search(r"[\u4e00-\u9fff]", synonym):
        return synonym in text
    flags = 0 if sum(c.isupper() for c in synonym) >= 2 else re.IGNORECASE
    return bool(re.search(r"(?<![A-Za-z0-9])" + re.escape(synonym), text, flags))


def judge_text(paper) -> str:
    return " ".join([paper.title, paper.abstract, paper.summary.tldr])


def on_topic(paper, topic: Topic) -> bool:
    text = judge_text(paper)
    return all(any(_has(text, s) for s in concept) for concept in topic.judge)


def own_text(paper) -> str:
    return " ".join([paper.title, paper.title_zh, paper.abstract, paper.summary.as_text(), " ".join(paper.keywords)])


def contains_term(text: str, term: str) -> bool:
    if re.search(r"[\u4e00-\u9fff]", term):
        return term in text
    words = [re.escape(w) for w in re.split(r"[\s\-]+", term.strip()) if w]
    return bool(words) and bool(re.search(r"(?<![A-Za-z0-9])" + r"[\s\-]+".join(words), text, re.IGNORECASE))


def purity(themes: list[dict], papers: dict[str, object], ids: list[str], topic: Topic) -> dict:
    """Over named themes (not 'Other') of two or more papers: members whose own text holds one (any) / every
    (all) of the theme's key terms. Also: one-paper themes, and names whose terms only restate the topic."""
    out = {"members": 0, "any": 0, "all": 0, "other": 0, "themes": len(themes), "singletons": 0, "restating": 0}
    for theme in themes:
        if theme.get("named_by") == "other" or theme["name"] in ("其他", "Other"):
            out["other"] += len(theme["items"])
            continue
        terms = theme.get("terms") or [t for t in re.split(r"、| · ", theme["name"]) if t]
        if terms and all(any(_has(t, syn) or _has(syn, t) for c in topic.judge for syn in c) for t in terms):
            out["restating"] += 1
        if len(theme["items"]) < 2:
            out["singletons"] += 1
            continue
        for n in theme["items"]:
            text = own_text(papers[ids[n - 1]])
            hits = [contains_term(text, t) for t in terms]
            out["members"] += 1
            out["any"] += any(hits)
            out["all"] += bool(hits) and all(hits)
    return out


# ---------------------------------------------------------------- digests, before and after
def run_after(store: Path) -> dict:
    from assistant.chains.digest import DigestRequest

    app = open_app(store)
    out = {}
    for topic in TOPICS:
        request = DigestRequest(topic=topic.topic, language=topic.lang, since=SINCE, until=UNTIL,
                                max_papers=MAX_PAPERS, style="themed")
        t = time.perf_counter()
        digest = app.digest(request, use_llm=False)
        out[topic.topic] = {"seconds": round(time.perf_counter() - t, 2), "ids": [p.id for p in digest.papers],
                            "themes": [th.model_dump() for th in digest.themes], "notes": digest.notes,
                            "concepts": digest.concepts, "matching": digest.matching,
                            "how": [p.concepts for p in digest.papers], "timings": digest.timings}
        print("after", topic.topic, out[topic.topic]["seconds"], "s", digest.concepts, flush=True)
    return out


_BEFORE_SCRIPT = """
import json, sys, time
from pathlib import Path
from assistant.chains.digest import DigestRequest
from assistant.settings import Settings
from assistant.wiring import build_app
cfg = json.loads(sys.argv[1])
assert __import__("assistant").__file__.startswith(cfg["tree"]), "the archived tree was not imported"
app = build_app(Settings(store_dir=Path(cfg["store"]), embedding_workers=1, embedding_threads=1, llm_mode="mock",
                         _env_file=None))
out = {}
for t in cfg["topics"]:
    s = time.perf_counter()
    d = app.digest(DigestRequest(topic=t["topic"], language=t["lang"], since=cfg["since"], until=cfg["until"],
                                 max_papers=cfg["max"], style="themed"), use_llm=False)
    out[t["topic"]] = {"seconds": round(time.perf_counter() - s, 2), "ids": [p.id for p in d.papers],
                       "themes": [{"name": th.name, "named_by": th.named_by, "items": th.items} for th in d.themes],
                       "notes": d.notes}
print("JSON:" + json.dumps(out, ensure_ascii=False))
"""


def run_before(ref: str, store: Path) -> dict:
    """The same digests from the code at `ref` (git archive into a temporary folder, imported from there)."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "archive", ref, "assistant", "prompts", "pyproject.toml"], cwd=ROOT,
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        cfg = {"tree": tmp, "store": str(store), "since": SINCE, "until": UNTIL, "max": MAX_PAPERS,
               "topics": [{"topic": t.topic, "lang": t.lang} for t in TOPICS]}
        env = {**os.environ, "PYTHONPATH": tmp}
        done = subprocess.run([sys.executable, "-c", _BEFORE_SCRIPT, json.dumps(cfg)], cwd=tmp, env=env,
                              capture_output=True, text=True, check=True)
    line = next(x for x in done.stdout.splitlines() if x.startswith("JSON:"))
    return json.loads(line[5:])


# ---------------------------------------------------------------- calibration
def calibrate(store: Path, sample: int = 400, seed: int = 16) -> dict:
    """The sentence-level cosine threshold: for CALIBRATION concepts and `sample` random slice papers, the
    best sentence's cosine where the concept is not named (negatives) vs. where it is (the naming sentence,
    and the paper's other sentences: a paraphrase stand-in)."""
    from assistant.chains.digest.concepts import PaperText, VectorCache, lexical_field, split_concepts

    app = open_app(store)
    papers = sorted(app.store.iter_papers(), key=lambda p: p.arxiv_id)
    random.Random(seed).shuffle(papers)
    texts = [PaperText.of(p) for p in papers[:sample]]
    cache = VectorCache(app.embedder)
    rows = [(t, t.semantic_sentences()) for t in texts]
    matrix = cache([s for _, ss in rows for s in ss])
    neg, term, para = [], [], []
    for name in CALIBRATION:
        concept = split_concepts(name, app.settings.prompts_dir)[0]
        best = (matrix @ cache(concept.phrases()).T).max(axis=1)
        at = 0
        for text, sentences in rows:
            scores = best[at:at + len(sentences)]
            at += len(sentences)
            if not sentences:
                continue
            named = [lexical_field(concept, PaperText(paper=text.paper, sentences=[("s", s)])) is not None
                     for s in sentences]
            if any(named):
                term.append(max(float(v) for v, k in zip(scores, named) if k))
                para.append(max((float(v) for v, k in zip(scores, named) if not k), default=0.0))
            else:
                neg.append(float(scores.max()))
    neg_a, term_a, para_a = np.array(neg), np.array(term), np.array(para)
    table = []
    for q in (95, 99, 99.5, 99.9):
        t = float(np.percentile(neg_a, q))
        table.append({"negative_percentile": q, "threshold": round(t, 3), "fpr": round(float(np.mean(neg_a >= t)), 4),
                      "term_recall": round(float(np.mean(term_a >= t)), 3),
                      "paraphrase_recall": round(float(np.mean(para_a >= t)), 3)})
    return {"papers": len(texts), "sentences": int(matrix.shape[0]), "concepts": len(CALIBRATION),
            "negative_pairs": len(neg), "positive_pairs": len(term),
            "term_median": round(float(np.median(term_a)), 3), "table": table}


# ---------------------------------------------------------------- report
def score(runs: dict, papers: dict) -> dict:
    out = {}
    for topic in TOPICS:
        run = runs[topic.topic]
        ids = [i for i in run["ids"] if i in papers]
        on = sum(on_topic(papers[i], topic) for i in ids)
        out[topic.topic] = {"papers": len(ids), "on_topic": on, "purity": purity(run["themes"], papers, run["ids"], topic),
                            "only_note": any(re.search(r"^(?:Only|只有) ", n) for n in run.get("notes", []))}
    return out


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f} %)" if b else "—"


def report(m: dict, before: dict, after: dict, scored_b: dict, scored_a: dict, candidates: dict, cal: dict | None,
           ref: str, ingest_s: float, n_papers: int) -> str:
    lines = ["## Digest relevance and themes (`python -m bench.digest_relevance`)", "",
             f"Machine: {machine_line(m)}. Corpus: dw-dengwei {SINCE}..{UNTIL} ({n_papers:,} papers, USE v3 "
             f"embedder{f', ingested in {ingest_s:.0f} s' if ingest_s else ''}). Themed digests of at most "
             f"{MAX_PAPERS} papers, no LLM (keyword theme names, no overview, no rerank). Before = commit {ref} "
             "(`git archive`, same store); after = this commit.", "",
             "On topic = the paper's title, abstract or TL;DR mentions every concept of the topic, judged with a "
             "hand-written bilingual synonym list per topic that is not the product's glossary "
             "(`TOPICS[...].judge` in bench/digest_relevance.py). Candidates = on-topic papers in the whole slice. "
             "Purity = share of the members of named themes of two or more papers whose own text (title, abstract, "
             "Chinese summary) contains one of the theme's key terms (before: the words of its name); one-paper "
             "themes (before) are pure by construction and counted apart; 'restating' = names made only of the "
             "topic's own words.", "",
             "| topic | lang | concepts (after) | on-topic candidates | before: on topic | after: on topic | "
             "after: note | before: purity | after: purity | before: 1-paper themes / restating | "
             "after: restating / in 'Other' |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    tb = ta = nb = na = pb = pa = mb = ma = 0
    for topic in TOPICS:
        b, a = scored_b[topic.topic], scored_a[topic.topic]
        tb += b["on_topic"]
        nb += b["papers"]
        ta += a["on_topic"]
        na += a["papers"]
        pb += b["purity"]["any"]
        mb += b["purity"]["members"]
        pa += a["purity"]["any"]
        ma += a["purity"]["members"]
        concepts = " · ".join(after[topic.topic]["concepts"])
        lines.append(f"| {topic.topic} | {topic.lang} | {concepts} | {candidates[topic.topic]} | "
                     f"{_pct(b['on_topic'], b['papers'])} | {_pct(a['on_topic'], a['papers'])} | "
                     f"{'only ' + str(a['papers']) if a['only_note'] else ''} | "
                     f"{_pct(b['purity']['any'], b['purity']['members'])} | "
                     f"{_pct(a['purity']['any'], a['purity']['members'])} | "
                     f"{b['purity']['singletons']} / {b['purity']['restating']} | "
                     f"{a['purity']['restating']} / {a['purity']['other']} papers |")
    sb = {x: sum(v["purity"][x] for v in scored_b.values()) for x in ("singletons", "restating")}
    sa = {x: sum(v["purity"][x] for v in scored_a.values()) for x in ("restating", "other")}
    lines.append(f"| **all** | | | | **{_pct(tb, nb)}** | **{_pct(ta, na)}** | | **{_pct(pb, mb)}** | "
                 f"**{_pct(pa, ma)}** | {sb['singletons']} / {sb['restating']} | {sa['restating']} / "
                 f"{sa['other']} papers |")
    semantic = sum(v == "semantic" for r in after.values() for how in r["how"] for v in how.values())
    pairs = sum(len(how) for r in after.values() for how in r["how"])
    secs = sorted(r["seconds"] for r in after.values())
    all_terms = sum(s["purity"]["all"] for s in scored_a.values())
    lines += ["", f"After: {semantic} of {pairs} (paper, concept) matches were semantic (a sentence close to the "
              f"concept), the rest lexical in either language; purity with *every* key term of the name: "
              f"{_pct(all_terms, ma)}. Digest time without the LLM (2 shared cores, one embedding thread): median "
              f"{secs[len(secs) // 2]:.1f} s, max {secs[-1]:.1f} s (before: median "
              f"{sorted(r['seconds'] for r in before.values())[len(before) // 2]:.1f} s)."]
    lines += ["", "Theme names (no LLM), before → after:", ""]
    for t in TOPICS:
        names_b = ", ".join(f"{th['name']} ({len(th['items'])})" for th in before[t.topic]["themes"]) or "—"
        names_a = ", ".join(f"{th['name']} ({len(th['items'])})" for th in after[t.topic]["themes"]) or "—"
        lines.append(f"- {t.topic}: {names_b} → {names_a}")
    if cal:
        chosen = next((r for r in cal["table"] if r["negative_percentile"] == 99.5), cal["table"][-1])
        lines += ["", f"Semantic concept threshold (`--calibrate`): {cal['papers']} random slice papers "
                  f"({cal['sentences']:,} sentences), {cal['concepts']} concepts that are not benchmark concepts; "
                  f"{cal['negative_pairs']:,} (concept, paper) pairs without the concept named, {cal['positive_pairs']} "
                  f"with it. Median cosine of the very sentence that names the concept: {cal['term_median']} "
                  "(USE scores a short phrase low against a whole sentence).", "",
                  "| negatives' percentile | threshold | false matches | naming sentence found | "
                  "other sentences of the paper |", "|---|---|---|---|---|"]
        for r in cal["table"]:
            lines.append(f"| {r['negative_percentile']} | {r['threshold']} | {100 * r['fpr']:.2f} % | "
                         f"{100 * r['term_recall']:.1f} % | {100 * r['paraphrase_recall']:.1f} % |")
        lines += ["", f"The product uses 0.31 (about the 99.5th percentile, {chosen['threshold']} in this run): "
                  "semantic matching adds a few papers at a low false-match rate; recall comes from the bilingual "
                  "lexical forms."]
    return "\n".join(lines)


# ---------------------------------------------------------------- overview (bundled model)
def overview_run(store: Path, llm_mode: str = "local") -> str:
    """The same digests with the bundled model (`llm_mode`), checks of each overview as shown."""
    from assistant.chains.digest import DigestRequest
    from assistant.chains.digest.overview import content_tokens, near_duplicate, unfinished
    from assistant.citations import CITATION_RE, split_sentences

    app = open_app(store, llm_mode=llm_mode)
    m = machine()
    model = app.llm.get().name  # starts the bundled server once, before the timed digests
    rows = []
    for topic in TOPICS:
        request = DigestRequest(topic=topic.topic, language=topic.lang, since=SINCE, until=UNTIL,
                                max_papers=MAX_PAPERS, style="themed")
        t = time.perf_counter()
        digest = app.digest(request)
        sentences = split_sentences(digest.overview)
        toks = [content_tokens(s) for s in sentences]
        repeats = sum(any(near_duplicate(toks[i], toks[j]) for j in range(i)) for i in range(len(toks)))
        cited = [sorted({int(x) for g in CITATION_RE.findall(s) for x in re.split(r"[,，、]", g)}) for s in sentences]
        rows.append({"topic": topic.topic, "seconds": round(time.perf_counter() - t, 1), "papers": len(digest.papers),
                     "sentences": len(sentences), "uncited": sum(not c for c in cited), "repeats": repeats,
                     "unfinished_last": bool(sentences) and unfinished(sentences[-1]),
                     "dropped": [d["reason"] for d in digest.overview_dropped], "recited": digest.overview_recited,
                     "themes": [(th.name, th.named_by) for th in digest.themes], "overview": digest.overview,
                     "notes": digest.notes})
        print(rows[-1], flush=True)
    app.close()
    if llm_mode != "mock":
        save_json("digest-overview", {"machine": m, "model": model, "rows": rows})
    lines = ["## Digest overviews on the bundled model (`python -m bench.digest_relevance --overview`)", "",
             f"Machine: {machine_line(m)}. Model: {model}. Same store and requests as the relevance "
             "section, with the LLM (theme names, overview). Sentences counted in the overview as shown; 'dropped' "
             "lists what the checks removed (unfinished, repeated, unsupported, numbers).", "",
             "| topic | papers | overview sentences | uncited | repeated | unfinished last | dropped (reason) | "
             "citations moved | theme names (named by) | seconds |", "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        dropped = "; ".join(f"{d}" for d in r["dropped"]) or "—"
        names = ", ".join(f"{n} ({b})" for n, b in r["themes"])
        lines.append(f"| {r['topic']} | {r['papers']} | {r['sentences']} | {r['uncited']} | {r['repeats']} | "
                     f"{'yes' if r['unfinished_last'] else 'no'} | {dropped} | {r['recited']} | {names} | "
                     f"{r['seconds']} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", default=BEFORE, help="git ref of the code to compare with")
    parser.add_argument("--store", type=Path, default=None, help=f"store of the slice (default {default_store()})")
    parser.add_argument("--skip-calibration", action="store_true")
    parser.add_argument("--calibrate", action="store_true", help="only the semantic threshold calibration")
    parser.add_argument("--overview", action="store_true", help="overview checks on the bundled model")
    parser.add_argument("--llm-mode", default="local", help="with --overview: local (the bundled model) | openai | "
                        "mock (a dry run of the bench itself)")
    args = parser.parse_args()
    store = args.store or default_store()
    ingest_s = ensure_store(store)
    if args.overview:
        section = overview_run(store, args.llm_mode)
        if args.llm_mode != "mock":
            write_section("digest-overview", section)
        print(section)
        return
    if args.calibrate:
        print(json.dumps(calibrate(store), indent=2))
        return
    m = machine()
    app = open_app(store)
    papers = {p.arxiv_id: p for p in app.store.iter_papers()}
    candidates = {t.topic: sum(on_topic(p, t) for p in papers.values()) for t in TOPICS}
    before = run_before(args.before, store)
    after = run_after(store)
    cal = None if args.skip_calibration else calibrate(store)
    scored_b, scored_a = score(before, papers), score(after, papers)
    save_json("digest-relevance", {"machine": m, "before_ref": args.before, "candidates": candidates,
                                   "before": before, "after": after, "scored_before": scored_b,
                                   "scored_after": scored_a, "calibration": cal})
    section = report(m, before, after, scored_b, scored_a, candidates, cal, args.before, ingest_s, len(papers))
    write_section("digest-relevance", section)
    print(section)


if __name__ == "__main__":
    main()
