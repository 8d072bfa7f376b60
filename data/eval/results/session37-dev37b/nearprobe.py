"""dev37b probe: for concepts near_written looks at (few candidates name them), the near candidates' terms with their
counts, focus, narrowness, which label words they hold and their cosine with the label; and each label word's cosine
with the label. cd CODE && PYTHONPATH=. python nearprobe.py TOPICS.jsonl id,id"""
import json
import os
import sys

sys.path.insert(0, os.getcwd())
from assistant.chains.digest import learned  # noqa: E402
from assistant.chains.digest import near_forms as nf
from assistant.chains.digest.semantic import vector_cache  # noqa: E402

CAP = []
_orig = learned.near_written


def nw(concepts, texts, embedder=None):
    CAP.append((concepts, texts[:learned.TRANSLATE_POOL], embedder))
    return _orig(concepts, texts, embedder)


learned.near_written = nw
from assistant.chains.digest import select  # noqa: E402

select.near_written = nw


def probe(concept, texts, emb):
    near = nf.nearest_candidates(concept, texts, emb)
    counts, surface, focused = {}, {}, set()
    for _, t in near:
        every, focus = nf.paper_terms(t)
        focused |= focus
        for k, f in every.items():
            counts[k] = counts.get(k, 0) + 1
            surface.setdefault(k, f)
    words = nf.label_words(concept.label)
    cache = vector_cache(emb)
    wsim = (cache(words) @ cache([concept.label])[0]) if words else []
    print(f"  concept {concept.label} words {words} word~label {[round(float(x), 2) for x in wsim]}")
    keys = [k for k, n in counts.items() if n >= nf.TERM_PAPERS and k in focused]
    if not keys:
        return
    forms = [surface[k] for k in keys]
    sims = cache(forms) @ cache([concept.label])[0]
    rows = sorted(zip(sims, forms, keys), key=lambda r: -r[0])[:25]
    for s, f, k in rows:
        held = [w for w in words if nf._holds(f, w)]
        print(f"    {s:.2f} {counts[k]:2d} narrow={int(nf._narrow(f))} holds={held} {f}")


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
                                 max_papers=20, style="themed"), use_llm=False)
        concepts, texts, emb = CAP[0]
        print(d["id"], d["topic"])
        for c in concepts:
            named = sum(learned.lexical_field(c, t) is not None for t in texts)
            print(f" {c.label}: named by {named}, learned {c.learned}, both {c.in_both_languages}")
            if named < learned.TRANSLATE_MIN_PAPERS and not c.required and not c.alternatives:
                probe(c, texts, emb)


if __name__ == "__main__":
    main()
