"""Unfiltered dense(k) per query, exact (a store of <= MAX_EXACT_FILTER chunks, session 32) vs Chroma's HNSW, same
process, embedding included; and the first query's cost (reading the vectors).

    cd CHECKOUT && PYTHONPATH=. flock /tmp/cpu.lock python tq_unfiltered.py STORE_DIR"""
import os
import sys
import time

sys.path.insert(0, os.getcwd())
from assistant import retrieval  # noqa: E402
from bench.digest_relevance import open_app  # noqa: E402

app = open_app(sys.argv[1])
qs = ["混合专家", "mixture of experts", "sim-to-real transfer", "蛋白质", "tabular data", "graph neural networks"]
print("chunks", len(app.store.keywords))
retrieval.MAX_EXACT_FILTER = 0
retrieval.HybridRetriever(app.store, mode="dense").dense("warm up the embedder", 10)
for limit in (16000, 0):
    retrieval.MAX_EXACT_FILTER = limit
    app.store.keywords._mask_derived.clear()  # the first exact query reads the vectors
    r = retrieval.HybridRetriever(app.store, mode="dense")
    t = time.perf_counter()
    r.dense(qs[0], 10)
    first = time.perf_counter() - t
    t = time.perf_counter()
    for _ in range(5):
        for q in qs:
            r.dense(q, 10)
            r.dense(q, 300)
    print("exact" if limit else "hnsw", f"first {first * 1000:.0f} ms;",
          round((time.perf_counter() - t) / 60 * 1000, 1), "ms per dense (k=10 and 300 alternately) incl. embedding")
