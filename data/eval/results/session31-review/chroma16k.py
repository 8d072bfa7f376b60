import time, numpy as np, chromadb, tempfile
d = tempfile.mkdtemp(prefix="r31chroma")
c = chromadb.PersistentClient(path=d).get_or_create_collection("xxx", metadata={"hnsw:space": "cosine"})
n = 20000
rng = np.random.default_rng(0)
for s in range(0, n, 5000):
    c.add(ids=[f"id{i}" for i in range(s, s + 5000)], embeddings=rng.standard_normal((5000, 384)).astype("float32").tolist())
ids = [f"id{i}" for i in range(16000)]
t = time.perf_counter(); got = c.get(ids=ids, include=["embeddings"]); print("get 16k", len(got["ids"]), round(time.perf_counter() - t, 2), "s")
ids = [f"id{i}" for i in range(20000)]
t = time.perf_counter(); got = c.get(ids=ids, include=["embeddings"]); print("get 20k", len(got["ids"]), round(time.perf_counter() - t, 2), "s")
import shutil; shutil.rmtree(d)
