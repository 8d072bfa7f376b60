"""Per query of a topic: the dense list, the BM25 list and the fused papers, dumped to JSON. Run it in several
   processes and diff: only the dense list (Chroma HNSW) differs. PYTHONPATH=. python noise5.py OUT.json ID ..."""
import os, sys, json
sys.path.insert(0, os.getcwd())
from pathlib import Path
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest import select as S
header, topics = load_topic_file(Path("/tmp/topics161.jsonl"))
app = open_app(default_store()); st = app.settings
out = {}
for want in sys.argv[2:]:
    t = next(t for t in topics if t.id == want)
    req = DigestRequest(topic=t.topic, language=t.language, since=header.since, until=header.until, max_papers=20)
    concepts = S.topic_concepts(t.topic, st.prompts_dir)
    r = app.retriever(req.filters()); r.candidates = 200
    for q in S.concept_queries(t.topic, concepts):
        d, kw = r._lists(q)
        res = r.search_papers(q, 100)
        out[want + "|" + q] = {"dense": [(n.node.node_id, float(n.score)) for n in d], "kw": [(n.node.node_id, float(n.score or 0)) for n in kw],
                  "res": [(x.arxiv_id, x.score, x.dense_similarity) for x in res]}
json.dump(out, open(sys.argv[1], "w"))
