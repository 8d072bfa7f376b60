"""Would a whole-topic dense gate separate the off-topic papers digests list from the on-topic ones?

For every digest in the selection JSONs given, each listed paper's similarity to the topic as typed (the USE
embedder's query embedding against the paper's four chunks, max), its rank among all papers of the slice, and its
similarity relative to the slice's best. Prints the distributions for on- and off-topic papers and what cuts on
rank / relative similarity would remove.

    PYTHONPATH=. python data/eval/results/session32-lead/dense_gate.py OUT.json SEL.json [SEL.json ...]
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, ".")


def main() -> None:
    from bench.digest_relevance import default_store, open_app

    out = Path(sys.argv[1])
    store = Path("/tmp/lead32-store")
    if not store.exists():
        shutil.copytree(default_store(), store)
    app = open_app(store)
    got = app.store.chunks.get(include=["embeddings", "metadatas"])
    vecs = np.asarray(got["embeddings"], dtype=np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    pids = [i.split("#")[0] for i in got["ids"]]
    uniq = sorted(set(p for p in pids if p))
    index = {p: n for n, p in enumerate(uniq)}
    col = np.array([index.get(p, -1) for p in pids])
    rows = []
    cache: dict[str, np.ndarray] = {}
    for sel in sys.argv[2:]:
        for item in json.loads(Path(sel).read_text(encoding="utf-8"))["items"]:
            topic = item["topic"]
            if topic not in cache:
                q = np.asarray(app.store.embedder.get_query_embedding(topic), dtype=np.float32)
                q /= np.linalg.norm(q) + 1e-9
                sims = vecs @ q
                best = np.full(len(uniq), -1.0, dtype=np.float32)
                ok = col >= 0
                np.maximum.at(best, col[ok], sims[ok])
                cache[topic] = best
            best = cache[topic]
            order = np.argsort(-best)
            rank = np.empty(len(uniq), dtype=int)
            rank[order] = np.arange(len(uniq))
            top = float(best[order[0]])
            off = set(item.get("off_topic_ids") or [])
            for pid in item.get("ids") or []:
                if pid not in index:
                    continue
                n = index[pid]
                rows.append({"sel": sel, "id": item["id"], "size": item["max_papers"], "paper": pid,
                             "on": pid not in off, "sim": round(float(best[n]), 4), "rank": int(rank[n]),
                             "rel": round(float(best[n]) / top, 4)})
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    for size in (8, 20):
        on = [r for r in rows if r["size"] == size and r["on"]]
        off = [r for r in rows if r["size"] == size and not r["on"]]
        print(f"size {size}: on {len(on)} off {len(off)}")
        for key, cuts in (("rank", (50, 100, 200, 300, 500, 800)), ("rel", (0.5, 0.6, 0.65, 0.7, 0.75, 0.8))):
            for c in cuts:
                if key == "rank":
                    lost_on = sum(r[key] >= c for r in on)
                    lost_off = sum(r[key] >= c for r in off)
                else:
                    lost_on = sum(r[key] < c for r in on)
                    lost_off = sum(r[key] < c for r in off)
                print(f"  {key} cut {c}: removes on {lost_on} ({lost_on / max(1, len(on)):.2f}), "
                      f"off {lost_off} ({lost_off / max(1, len(off)):.2f})")


if __name__ == "__main__":
    main()
