import os, sys
sys.path.insert(0, os.getcwd())
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.semantic import vector_cache
app = open_app(default_store())
emb = app.embedder if hasattr(app, "embedder") else None
print(type(emb))
cache = vector_cache(emb)
pairs = [l.strip().split("|") for l in open(sys.argv[1]) if "|" in l]
for a, b in pairs:
    v = cache([a, b])
    print(f"{float(v[0] @ v[1]):.3f}  {a} | {b}")
