"""dev36b diagnostic: for judged topics, whether each judged paper is in the candidate pool the concepts are learned
from (`learned.translate_concepts`'s texts), its rank there, and the best focus-sentence cosine with each concept's
label (`near_forms.nearest_candidates`' measure) beside the pool's 10th best.
cd CODE && PYTHONPATH=. python poolcheck.py TOPICS.jsonl id,id > OUT.txt"""
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.getcwd())
from assistant.chains.digest import learned, select  # noqa: E402
from assistant.chains.digest.near_forms import focus_sentences  # noqa: E402
from assistant.chains.digest.semantic import vector_cache  # noqa: E402

CAP = {}
_orig = learned.translate_concepts


def tc(concepts, texts, embedder=None):
    CAP.setdefault("first", (concepts, texts, embedder))
    return _orig(concepts, texts, embedder)


select.translate_concepts = tc


def main():
    from assistant.chains.digest import DigestRequest
    from bench.digest_relevance import default_store, open_app

    ids = set(sys.argv[2].split(","))
    app = open_app(default_store())
    for ln in open(sys.argv[1], encoding="utf-8").read().splitlines()[1:]:
        d = json.loads(ln)
        if d["id"] not in ids:
            continue
        CAP.clear()
        app.digest(DigestRequest(topic=d["topic"], language=d["language"], since="2026-06-01", until="2026-06-10",
                                 max_papers=8, style="themed"), use_llm=False)
        concepts, texts, emb = CAP["first"]
        texts = texts[:learned.TRANSLATE_POOL]
        cache = vector_cache(emb)
        print(d["id"], d["topic"], "pool", len(texts))
        for c in concepts:
            best = []
            for t in texts:
                ss = focus_sentences(t)
                best.append(float((cache(ss) @ cache([c.label])[0]).max()) if ss else -1)
            order = np.argsort(-np.array(best))
            tenth = best[order[min(9, len(order) - 1)]]
            named = sum(learned.lexical_field(c, t) is not None for t in texts)
            print(f"  concept {c.label}: named by {named}; 10th best cosine {tenth:.3f}")
            for pid in d["relevant"]:
                at = [n for n, t in enumerate(texts) if t.paper.arxiv_id == pid]
                if at:
                    n = at[0]
                    print(f"    {pid} pool rank {n}, cosine {best[n]:.3f}, near rank {list(order).index(n)}: "
                          f"{texts[n].paper.title[:70]}")
                else:
                    print(f"    {pid} NOT IN POOL")


if __name__ == "__main__":
    main()
