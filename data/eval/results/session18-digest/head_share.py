import os, sys
sys.path.insert(0, os.getcwd())
from pathlib import Path
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest import select as S
import assistant.chains.digest.select as SM
header, topics = load_topic_file(Path("/tmp/h16s18/topics10.jsonl"))
app = open_app(default_store())
orig = SM.coverage
stats = {}
def spy(concepts, texts, *a, **k):
    out = orig(concepts, texts, *a, **k)
    head = next((c.label for c in concepts if c.head), None)
    comp = [c for c in out if c.complete]
    foc = [c for c in comp if head and c.focus.get(head)]
    ok = [c for c in comp if c.focused()] if len(concepts) > 1 else []
    quals = [c for c in ok if any(c.focus.get(l) or how == "title" for l, how in c.matched.items() if l != head)]
    stats["x"] = (len(texts), len(comp), len(foc), len(ok), len(quals), head)
    return out
SM.coverage = spy
for t in topics:
    req = DigestRequest(topic=t.topic, language=t.language, since=t.since or header.since, until=t.until or header.until, max_papers=20)
    sel = S.pick_papers(req, store=app.store, retriever_factory=app.retriever, prompts_dir=app.settings.prompts_dir, min_relevance=app.settings.min_relevance,
                        embedder=app.embedder, concept_similarity=app.settings.digest_concept_similarity, candidates=app.settings.digest_candidates)
    n, comp, foc, ok, quals, head = stats["x"]
    print(f"{t.id:22} concepts={len(sel.concepts)} pool={n} complete={comp} headfocus={foc} share={foc/max(comp,1):.2f} focused={ok} qualfocus={quals} head={head}")
