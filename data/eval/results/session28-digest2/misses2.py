"""not-retrieved misses @20: would they pass coverage + focus if they were candidates? (lexical only, plus semantic for first 12)"""
import json, os, sys, time
sys.path.insert(0, os.getcwd())
from pathlib import Path
from collections import Counter
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest import select as S
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.relevance import coverage

header, topics = load_topic_file(Path(os.environ["TOPICS"]))
only = set(sys.argv[2].split(",")) if len(sys.argv) > 2 else None
m = json.load(open(sys.argv[1]))
app = open_app(default_store())
tot = Counter()
for t in topics:
    if only and t.id not in only: continue
    nr = [r["id"] for r in m[t.id]["miss"] if r["why"] == "not-retrieved"]
    if not nr: continue
    req = DigestRequest(topic=t.topic, language=t.language, since=t.since or header.since, until=t.until or header.until, max_papers=20)
    sel = S.pick_papers(req, store=app.store, retriever_factory=app.retriever, prompts_dir=app.settings.prompts_dir, min_relevance=app.settings.min_relevance,
                        embedder=app.embedder, concept_similarity=app.settings.digest_concept_similarity, candidates=app.settings.digest_candidates)
    papers = app.store.get_papers(nr)
    ids = [i for i in nr if i in papers]
    covs = coverage(sel.concepts, [PaperText.of(papers[i]) for i in ids], None, app.settings.digest_concept_similarity, topic=t.topic)
    for i, cv in zip(ids, covs):
        ok = cv.complete and (cv.focused() if len(sel.concepts) > 1 else cv.named_as_focus())
        tot["pass" if ok else "fail"] += 1
        print(t.id, i, "PASS" if ok else "fail", cv.matched, papers[i].title[:70])
print(tot)
