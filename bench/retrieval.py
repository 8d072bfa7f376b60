"""Cross-language retrieval benchmark over >= 5,000 corpus papers: dense vs BM25 vs hybrid.

Sets (queries built from the corpus itself):
  1. zh->en: store without Chinese summaries; query = the paper's Chinese TL;DR.
  2. en->zh: store with only the Chinese summaries (no abstract, no English title); query = the abstract's
     first sentence.
  3. full bilingual store; query = the Chinese `method` text (near-verbatim sanity check).

    python -m bench.retrieval [--pool 5000] [--queries 300]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from assistant.eval.retrieval import MODES, evaluate_queries, first_sentence
from bench.common import CORPUS, machine, machine_line, save_json, write_section


def load_pool(pool: int, seed: int = 13):
    from assistant.sources import parse_paths

    files = sorted((CORPUS / "dw-dengwei").glob("2026-*_AI_enhanced_Chinese.jsonl"))
    _, parsed = parse_paths(files)
    papers = [p for p in parsed.papers if p.summary_usable and p.abstract and p.summary.tldr and p.summary.method]
    random.Random(seed).shuffle(papers)
    return papers[:pool]


def build(papers, tmp: Path, name: str):
    from assistant.settings import Settings
    from assistant.wiring import build_app

    app = build_app(Settings(store_dir=tmp / name, _env_file=None))
    t = time.perf_counter()
    app.store.ingest(papers)
    return app, time.perf_counter() - t


def evaluate(app, queries: list[tuple[str, str]]) -> dict:
    """mode -> {R@1, R@5, R@10, MRR, nDCG@10, p50_ms, p95_ms}; the metrics live in assistant.eval.retrieval."""
    metrics = evaluate_queries(app, queries, modes=MODES, k=10)
    return {mode: {"R@1": m["recall_at_1"], "R@5": m["recall_at_5"], "R@10": m["recall_at_10"], "MRR": m["mrr"],
                   "nDCG@10": m["ndcg_at_10"], "p50_ms": m["p50_ms"], "p95_ms": m["p95_ms"]}
            for mode, m in metrics.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pool", type=int, default=5000)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    from assistant.types import ChineseSummary

    m = machine()
    papers = load_pool(args.pool)
    sample = random.Random(7).sample(papers, min(args.queries, len(papers)))
    sets = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        en_only = [p.model_copy(update={"summary": ChineseSummary(), "summary_usable": False}) for p in papers]
        zh_only = [p.model_copy(update={"abstract": "", "title": p.arxiv_id, "comment": "", "keywords": []})
                   for p in papers]
        specs = [
            ("zh->en (query: Chinese TL;DR; store: English only)", en_only, [(p.summary.tldr, p.arxiv_id) for p in sample]),
            ("en->zh (query: abstract's first sentence; store: Chinese summary only)", zh_only,
             [(first_sentence(p.abstract), p.arxiv_id) for p in sample]),
            ("bilingual (query: Chinese method text; store: full)", papers,
             [(p.summary.method, p.arxiv_id) for p in sample]),
        ]
        for i, (name, store_papers, queries) in enumerate(specs):
            app, build_s = build(store_papers, tmp, f"set{i}")
            sets[name] = {"build_seconds": round(build_s, 1), "papers": len(store_papers),
                          "queries": len(queries), "modes": evaluate(app, queries)}
            print(name, sets[name])
    data = {"machine": m, "pool": len(papers), "sets": sets}
    save_json("retrieval", data)
    lines = ["## Retrieval (`python -m bench.retrieval`)", "",
             f"Machine: {machine_line(m)}. Pool: {len(papers)} papers (2026 files of the shared corpus, usable "
             f"summaries), {args.queries} queries per set, top-10 papers per query, embedder: bundled USE v3.", ""]
    for name, res in sets.items():
        lines += [f"**{name}** — store of {res['papers']} papers built in {res['build_seconds']} s", "",
                  "| mode | R@1 | R@5 | R@10 | MRR | nDCG@10 | p50 ms | p95 ms |", "|---|---|---|---|---|---|---|---|"]
        for mode, r in res["modes"].items():
            lines.append(f"| {mode} | {r['R@1']:.3f} | {r['R@5']:.3f} | {r['R@10']:.3f} | {r['MRR']:.3f} | "
                         f"{r['nDCG@10']:.3f} | {r['p50_ms']:.0f} | {r['p95_ms']:.0f} |")
        lines.append("")
    write_section("retrieval", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
