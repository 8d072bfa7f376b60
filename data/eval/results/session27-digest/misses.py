"""Why each judged paper is not listed @20 (no LLM), at the cwd's code: not retrieved / a concept missing / not about it / below
the cut.   cd CODE && TOPICS=COPY.jsonl PYTHONPATH=. python PATH/TO/misses.py OUT.json
(approximate: `Selection.pool` holds the first pool only, so a paper found by the learned-forms search counts as not
retrieved; a one-concept paper matched only semantically counts as cut, which the selection drops on purpose)."""
import json, os, sys
sys.path.insert(0, os.getcwd())
from pathlib import Path
from collections import Counter
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest import select as S
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.relevance import coverage

header, topics = load_topic_file(Path(os.environ.get("TOPICS", "/tmp/dev16/topics.jsonl")))
app = open_app(default_store())
out = {}
for t in topics:
    req = DigestRequest(topic=t.topic, language=t.language, since=t.since or header.since, until=t.until or header.until, max_papers=20)
    sel = S.pick_papers(req, store=app.store, retriever_factory=app.retriever, prompts_dir=app.settings.prompts_dir, min_relevance=app.settings.min_relevance,
                        embedder=app.embedder, concept_similarity=app.settings.digest_concept_similarity, candidates=app.settings.digest_candidates)
    pool_ids = [p.arxiv_id for p in sel.pool]
    listed = {p.paper.arxiv_id for p in sel.picked}
    miss = [i for i in t.relevant if i not in listed]
    rows = []
    if miss:
        papers = app.store.get_papers(miss)
        ids = [i for i in miss if i in papers]
        covs = coverage(sel.concepts, [PaperText.of(papers[i]) for i in ids], app.embedder, app.settings.digest_concept_similarity, topic=t.topic)
        for i, cv in zip(ids, covs):
            why = "not-retrieved" if i not in pool_ids else ("incomplete" if not cv.complete else ("not-about" if not (cv.focused() if len(sel.concepts) > 1 else cv.named_as_focus()) else "cut"))
            rows.append({"id": i, "why": why, "rank": pool_ids.index(i) if i in pool_ids else None, "matched": cv.matched, "focus": cv.focus,
                         "mentions": cv.mentions, "listed": sorted(cv.listed), "title": papers[i].title[:90]})
    out[t.id] = {"topic": t.topic, "concepts": [c.label for c in sel.concepts], "matching": sel.matching, "pool": len(pool_ids), "miss": rows}
    print(t.id, len(miss), Counter(r["why"] for r in rows), flush=True)
Path(sys.argv[1]).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
c = Counter(r["why"] for v in out.values() for r in v["miss"])
print("TOTAL", c)
