import sys, time, numpy as np
sys.path.insert(0, "/work/main")
from pathlib import Path
from bench.digest_relevance import open_app
app = open_app(Path(sys.argv[1])); col = app.store.chunks
qs = ["混合专家", "mixture of experts", "sim-to-real transfer", "蛋白质", "tabular data", "hallucination in vision-language models", "graph neural networks", "强化学习奖励模型"]
E = [app.store.embedder.get_query_embedding(q) for q in qs]
col.query(query_embeddings=[E[0]], n_results=10, include=["distances"])
for n in (40, 300):
    t = time.perf_counter()
    for _ in range(5):
        for e in E: col.query(query_embeddings=[e], n_results=n, include=["distances"])
    print(sys.argv[1], n, round((time.perf_counter() - t) / (5 * len(E)) * 1000, 2), "ms/query")
