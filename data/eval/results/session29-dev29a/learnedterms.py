"""Every form the concepts of the judged topics learn from their candidates, with how (_learn / _nearest_term /
_aligned_term), the counts behind it and the embedder's cosine between the concept and the form. cwd = code.
   PYTHONPATH=. python learnedterms.py TOPICS.jsonl OUT.json"""
import json, os, sys
sys.path.insert(0, os.getcwd())
from pathlib import Path
import numpy as np
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest import select as S, learned as L
from assistant.chains.digest.topic import topic_concepts
from assistant.chains.digest.lexical import PaperText, lexical_field
from assistant.chains.digest.semantic import vector_cache

header, topics = load_topic_file(Path(sys.argv[1]))
app = open_app(default_store()); st = app.settings
log = []
orig = {n: getattr(L, n) for n in ("_learn", "_nearest_term", "_aligned_term")}
def wrap(name):
    def f(concept, texts, *a, **kw):
        out = orig[name](concept, texts, *a, **kw)
        if out:
            named = sum(lexical_field(concept, t) is not None for t in texts)
            log.append({"how": name, "label": concept.label, "forms": list(concept.forms), "learned": list(out), "named": named})
        return out
    return f
for n in orig: setattr(L, n, wrap(n))
cache = vector_cache(app.embedder)
res = []
for t in topics:
    req = DigestRequest(topic=t.topic, language=t.language, since=t.since or header.since, until=t.until or header.until, max_papers=20)
    concepts = topic_concepts(t.topic, st.prompts_dir)
    if not concepts: continue
    filters = req.filters(); k = max(st.digest_candidates, 60)
    hits = S._retrieve(req, concepts, filters, app.retriever, k)
    papers = app.store.get_papers([pid for pid, _ in hits])
    pool = [(papers[pid], sim) for pid, sim in hits if pid in papers and S._admissible(papers[pid], req, filters)]
    texts = [PaperText.of(p) for p, _ in pool]
    log.clear()
    L.translate_concepts(concepts, texts, app.embedder)
    for e in log:
        vecs = cache([e["label"]] + e["learned"])
        e["cos"] = [round(float(vecs[0] @ v), 3) for v in vecs[1:]]
        e["topic"] = t.id
        res.append(dict(e))
        print(t.id, e["how"], e["label"], e["learned"], e["named"], e["cos"], flush=True)
Path(sys.argv[2]).write_text(json.dumps(res, ensure_ascii=False, indent=1))
