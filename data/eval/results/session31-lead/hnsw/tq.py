import sys, os, time
sys.path.insert(0, os.getcwd())
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant import retrieval
app = open_app(default_store())
req = DigestRequest(topic="x", language="en", since="2026-06-01", until="2026-06-10", max_papers=20)
qs = ["混合专家", "mixture of experts", "sim-to-real transfer", "蛋白质", "tabular data", "graph neural networks"]
for limit in (16000, 0):
    retrieval.MAX_EXACT_FILTER = limit
    r = app.retriever(req.filters()); r.dense(qs[0], 10)
    t = time.perf_counter()
    for _ in range(5):
        for q in qs: r.dense(q, 300)
    print(limit, round((time.perf_counter() - t) / 30 * 1000, 1), "ms per dense(300) incl. embedding")
