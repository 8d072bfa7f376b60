"""Where the run-order noise comes from: the same query embedded and retrieved several times in one process, alone
and after other embeddings. cwd = code.  PYTHONPATH=. python noise.py TOPIC"""
import os, sys
sys.path.insert(0, os.getcwd())
import numpy as np
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest.topic import topic_concepts, concept_queries

topic = sys.argv[1]
app = open_app(default_store())
st = app.settings
req = DigestRequest(topic=topic, language="zh", since="2026-06-01", until="2026-06-10", max_papers=20)
concepts = topic_concepts(topic, st.prompts_dir)
emb = app.store.embedder
for q in concept_queries(topic, concepts):
    vs = [np.asarray(emb.get_query_embedding(q)) for _ in range(3)]
    emb.embed(["some other text to change the state", q, "a much longer text " * 20])
    vs.append(np.asarray(emb.get_query_embedding(q)))
    vs.append(np.asarray(emb.embed([q, "a much longer text " * 20])[0]))
    print(repr(q), "max diff vs first:", [float(np.abs(v - vs[0]).max()) for v in vs[1:]])
    r = app.retriever(req.filters())
    r.candidates = max(int(r.candidates), 200)
    runs = []
    for _ in range(3):
        res = r.search_papers(q, 100)
        runs.append([(x.arxiv_id, x.dense_similarity) for x in res])
    same = all([a for a, _ in run] == [a for a, _ in runs[0]] for run in runs)
    print("   same order in 3 retrievals:", same)
