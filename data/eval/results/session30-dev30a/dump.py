"""Every candidate that passes the selection's gates, per topic, with its coverage and relevance (what the ranking
sees), and its judged label: for studying the ranking offline. cwd = code.
   PYTHONPATH=. python dump.py OUT.json [ID ...]"""
import json, os, sys, time
sys.path.insert(0, os.getcwd())
from pathlib import Path
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest import select as S

header, topics = load_topic_file(Path(os.environ.get("TOPICS", "/tmp/topics161.jsonl")))
out_path = Path(sys.argv[1]); ids = set(sys.argv[2:])
app = open_app(default_store())
st = app.settings
res = {}
t0 = time.time()
for t in topics:
    if ids and t.id not in ids:
        continue
    req = DigestRequest(topic=t.topic, language=t.language, since=t.since or header.since, until=t.until or header.until, max_papers=20)
    sel = S.Selection(concepts=S.topic_concepts(t.topic, st.prompts_dir))
    if not sel.concepts:
        continue
    picked = S._covering(req, sel, req.filters(), app.store, app.retriever, st.min_relevance, app.embedder,
                         st.digest_concept_similarity, max(st.digest_candidates, 60))
    rel = set(t.relevant); rej = set(getattr(t, "rejected", []) or [])
    rows = []
    for p in picked:
        c = p.coverage
        rows.append({"id": p.paper.arxiv_id, "title": p.paper.title[:90], "rel": p.relevance, "sim": round(p.similarity, 4),
                     "label": "on" if p.paper.arxiv_id in rel else ("rej" if p.paper.arxiv_id in rej else "unl"),
                     "matched": c.matched, "simc": c.similarity, "mentions": c.mentions, "together": c.together,
                     "strength": round(c.strength(), 4), "recurrence": c.recurrence()})
    res[t.id] = {"topic": t.topic, "concepts": [c.label for c in sel.concepts], "judged": len(rel), "rows": rows}
out_path.write_text(json.dumps(res, ensure_ascii=False, indent=0), encoding="utf-8")
print("done", round(time.time() - t0, 1), "s")
