"""Dense list of a few queries straight from Chroma, n_results=300; prints a hash per query. argv: store, ef or -"""
import sys, hashlib, json
sys.path.insert(0, "/work/main")
from pathlib import Path
from bench.digest_relevance import open_app
app = open_app(Path(sys.argv[1]))
col = app.store.chunks
if sys.argv[2] != "-":
    col.modify(configuration={"hnsw": {"ef_search": int(sys.argv[2])}})
print(col.configuration_json.get("hnsw") if hasattr(col, "configuration_json") else col.configuration)
out = {}
for q in ["混合专家", "mixture of experts", "sim-to-real transfer", "蛋白质", "tabular data", "hallucination in vision-language models"]:
    e = app.store.embedder.get_query_embedding(q)
    got = col.query(query_embeddings=[e], n_results=300, include=["distances"])
    ids = got["ids"][0]
    out[q] = ids
    print(q, hashlib.md5(json.dumps(ids).encode()).hexdigest()[:8], len(ids))
json.dump(out, open(sys.argv[3], "w"))
