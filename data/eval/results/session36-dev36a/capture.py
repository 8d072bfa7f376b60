"""dev36a (session 36): capture, per topic, the concepts (after learning) and the ordered list of candidates that pass
the relevance cut (`select._covering`'s return, before the size cap), at size 20 (the pool is the same at 8: k = 100).
Offline filters (`offline.py`) then replay sizes 8 and 20 without re-running retrieval.
cd CODE && PYTHONPATH=. python capture.py TOPICS.jsonl OUT.pkl [--only id,id]   (or 'topic|lang' specs with --specs)"""
import json
import os
import pickle
import sys
import time

sys.path.insert(0, os.getcwd())
from assistant.chains.digest import select  # noqa: E402

CAP = {}
_orig = select._covering


def covering(request, selection, *a, **k):
    out = _orig(request, selection, *a, **k)
    CAP["concepts"] = list(selection.concepts)
    CAP["out"] = [(p.paper, p.relevance, p.coverage) for p in out]
    return out


select._covering = covering


def main():
    from assistant.chains.digest import DigestRequest
    from bench.digest_relevance import default_store, open_app

    src, dst = sys.argv[1], sys.argv[2]
    only = None
    if "--only" in sys.argv:
        only = set(sys.argv[sys.argv.index("--only") + 1].split(","))
    if src.endswith(".jsonl"):
        rows = [json.loads(ln) for n, ln in enumerate(open(src, encoding="utf-8")) if n and ln.strip()]
        specs = [(r["id"], r["topic"], r["language"]) for r in rows]
    else:
        specs = [(f"x{n}", *ln.rstrip("\n").rsplit("|", 1)) for n, ln in enumerate(open(src, encoding="utf-8"))
                 if ln.strip()]
    if only:
        specs = [s for s in specs if s[0] in only]
    app = open_app(default_store())
    res = {}
    t0 = time.perf_counter()
    for tid, topic, lang in specs:
        CAP.clear()
        req = DigestRequest(topic=topic, language=lang, since="2026-06-01", until="2026-06-10", max_papers=20,
                            style="themed")
        d = app.digest(req, use_llm=False)
        res[tid] = {"topic": topic, "lang": lang, "concepts": CAP.get("concepts", []), "out": CAP.get("out", []),
                    "listed": [p.id for p in d.papers]}
    with open(dst, "wb") as f:
        pickle.dump(res, f)
    print("done", round(time.perf_counter() - t0, 1), "s", len(res))


main()
