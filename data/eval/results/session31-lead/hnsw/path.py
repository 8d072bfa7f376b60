import sys, os, json
sys.path.insert(0, os.getcwd())
from pathlib import Path
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant import retrieval
app = open_app(default_store())
req = DigestRequest(topic="蛋白质", language="zh", since="2026-06-01", until="2026-06-10", max_papers=20)
r = app.retriever(req.filters())
calls = []
q0 = app.store.chunks.query
app.store.chunks.query = lambda *a, **k: calls.append("query") or q0(*a, **k)
d = r.dense("蛋白质", 300)
ex = json.load(open("/tmp/hnsw/exact.json"))["蛋白质"]
ids = [n.node.node_id for n in d]
print(calls, len(ids), next((i for i, (a, b) in enumerate(zip(ids, ex)) if a != b), 300))
