import os, sys, json
sys.path.insert(0, os.getcwd())
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.semantic import vector_cache
from assistant.chains.digest.topic import split_concepts
app = open_app(default_store())
cache = vector_cache(app.embedder)
for l in open("/tmp/dev31b-topics174.jsonl").readlines()[1:]:
    t = json.loads(l)
    cs = split_concepts(t["topic"])
    co = [c for c in cs if c.coordinated]
    alts = [c for c in cs if c.alternatives]
    if len(co) >= 2:
        v = cache([c.label for c in co])
        print(f"COORD {float(v[0] @ v[1]):.3f} {t['id']}: {[c.label for c in co]}")
    for a in alts:
        v = cache([c.label for c in a.alternatives])
        print(f"ALT   {float(v[0] @ v[1]):.3f} {t['id']}: {[c.label for c in a.alternatives]}")
