import sys, os
sys.path.insert(0, os.getcwd())
import numpy as np
from bench.digest_relevance import default_store, open_app
app = open_app(default_store())
pairs = [l.strip().split('|') for l in open(sys.argv[1]) if '|' in l]
texts = sorted({t for p in pairs for t in p})
vec = np.asarray(app.embedder.embed(texts), dtype=np.float32)
vec /= np.linalg.norm(vec, axis=1, keepdims=True)
ix = {t: i for i, t in enumerate(texts)}
for a, b in pairs:
    print(f"{float(vec[ix[a]] @ vec[ix[b]]):.2f}  {a} | {b}")
