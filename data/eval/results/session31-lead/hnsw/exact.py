import sys, json, numpy as np
sys.path.insert(0, "/work/main")
from pathlib import Path
from bench.digest_relevance import open_app
app = open_app(Path(sys.argv[1]))
col = app.store.chunks
ids, vecs = [], []
off = 0
while True:
    got = col.get(include=["embeddings"], limit=5000, offset=off)
    if not got["ids"]: break
    ids += got["ids"]; vecs.append(np.asarray(got["embeddings"], dtype=np.float32)); off += len(got["ids"])
V = np.vstack(vecs); V /= np.linalg.norm(V, axis=1, keepdims=True)
print(len(ids), "chunks")
out = {}
for q in ["混合专家", "mixture of experts", "sim-to-real transfer", "蛋白质", "tabular data", "hallucination in vision-language models"]:
    e = np.asarray(app.store.embedder.get_query_embedding(q), dtype=np.float32); e /= np.linalg.norm(e)
    s = V @ e; best = np.argsort(-s, kind="stable")[:300]
    out[q] = [ids[i] for i in best]
json.dump(out, open(sys.argv[2], "w"))
