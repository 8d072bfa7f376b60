import sys, os
sys.path.insert(0, os.getcwd())
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.semantic import vector_cache
app = open_app(default_store())
c = vector_cache(app.embedder)
pairs = [l.split("|") for l in sys.argv[1:]]
for a, b in pairs:
    v = c([a, b]); print(a, b, round(float(v[0] @ v[1]), 3))
