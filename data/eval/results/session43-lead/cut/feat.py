"""Per-picked features of every digest (size 20) joined with labels: where could a precision cut come from?"""
import json, os, sys, dataclasses
sys.path.insert(0, os.getcwd())
import assistant.chains.digest.chain as C
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, ensure_store, open_app
from assistant.chains.digest import DigestRequest

rec = {}
orig = C.pick_papers
def wrapped(request, **kw):
    sel = orig(request, **kw)
    rows = []
    for rank, p in enumerate(sel.picked):
        cv = p.coverage
        rows.append({"id": p.paper.arxiv_id, "rank": rank, "sim": p.similarity, "rel": p.relevance, "routed": p.routed,
                     "cov": None if cv is None else {k: (sorted(v) if isinstance(v, frozenset) else v) for k, v in dataclasses.asdict(cv).items()}})
    rec["last"] = {"concepts": [c.label for c in sel.concepts], "matching": sel.matching, "rows": rows,
                   "left_out": sel.left_out}
    return sel
C.pick_papers = wrapped
header, topics = load_topic_file(sys.argv[1])
store = default_store(); ensure_store(store); app = open_app(store)
out = []
for t in topics:
    req = DigestRequest(topic=t.topic, language=t.language, since=t.since or header.since, until=t.until or header.until,
                        max_papers=20, style=t.style)
    rec.clear()
    d = app.digest(req, use_llm=False)
    listed = [p.id for p in d.papers]
    r = rec.get("last", {})
    out.append({"id": t.id, "topic": t.topic, "relevant": list(t.relevant), "listed": listed, **r})
json.dump(out, open(sys.argv[2], "w"), ensure_ascii=False)
print("done", len(out))
