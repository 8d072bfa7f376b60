"""dump every matching paper of every topic with its ranking features and label (no LLM), at the cwd's code.
   cd CODE && TOPICS=COPY.jsonl PYTHONPATH=. python feats.py OUT.json"""
import json, os, sys
sys.path.insert(0, os.getcwd())
from pathlib import Path
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest import select as S
from assistant.chains.digest.topic import topic_concepts

header, topics = load_topic_file(Path(os.environ["TOPICS"]))
app = open_app(default_store())
out = {}
for t in topics:
    req = DigestRequest(topic=t.topic, language=t.language, since=t.since or header.since, until=t.until or header.until, max_papers=20)
    sel = S.Selection(concepts=topic_concepts(t.topic, app.settings.prompts_dir))
    if not sel.concepts: continue
    picked = S._covering(req, sel, req.filters(), app.store, app.retriever, app.settings.min_relevance, app.embedder,
                         app.settings.digest_concept_similarity, max(app.settings.digest_candidates, 60))
    rel, rej = set(t.relevant), set(getattr(t, "rejected", []) or [])
    pool = [p.arxiv_id for p in sel.pool]
    rows = []
    for p in picked:
        c = p.coverage
        pid = p.paper.arxiv_id
        rows.append({"id": pid, "label": "on" if pid in rel else ("off" if pid in rej else "unl"), "rel": p.relevance,
                     "sim": round(p.similarity, 4), "rank": pool.index(pid) if pid in pool else None,
                     "matched": c.matched, "mentions": c.mentions, "focus": c.focus, "together": c.together,
                     "stated": c.stated, "claimed": c.claimed, "head": c.head, "strength": round(c.strength(), 4),
                     "title": p.paper.title[:90]})
    out[t.id] = {"topic": t.topic, "n": len(t.relevant), "pool": len(pool), "concepts": [c.label for c in sel.concepts], "rows": rows}
    print(t.id, len(rows), flush=True)
Path(sys.argv[1]).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
