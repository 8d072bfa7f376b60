import os, sys
sys.path.insert(0, os.getcwd())
from assistant.chains.digest.semantic import vector_cache
from bench.digest_relevance import default_store, open_app
app = open_app(default_store())
cache = vector_cache(app.embedder)
pairs = [l.strip().split("|") for l in open(sys.argv[1]) if l.strip()]
for label, *terms in pairs:
    v = cache([label])[0]
    print(label, [(t, round(float(v @ cache([t])[0]), 3)) for t in terms])
