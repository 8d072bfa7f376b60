"""Query embeddings (hash) and the digest pool (hash; written to /tmp) of topics, one process. Run it several times:
   the pool differs between processes though the query vectors are the same. PYTHONPATH=. python noise3.py ID ..."""
import os, sys, hashlib
sys.path.insert(0, os.getcwd())
import numpy as np
from pathlib import Path
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest import select as S
header, topics = load_topic_file(Path("/tmp/topics161.jsonl"))
app = open_app(default_store()); st = app.settings
for want in sys.argv[1:]:
    t = next(t for t in topics if t.id == want)
    req = DigestRequest(topic=t.topic, language=t.language, since=header.since, until=header.until, max_papers=20)
    concepts = S.topic_concepts(t.topic, st.prompts_dir)
    for q in S.concept_queries(t.topic, concepts):
        v = np.asarray(app.store.embedder.get_query_embedding(q), dtype=np.float32)
        print(want, repr(q)[:30], hashlib.md5(v.tobytes()).hexdigest()[:8], float(v[0]))
    hits = S._retrieve(req, concepts, req.filters(), app.retriever, 100)
    print(want, "pool", len(hits), hashlib.md5(str([h[0] for h in hits]).encode()).hexdigest()[:8]); open(f"/tmp/dev30a_pool_{want}_{os.getpid()}.txt","w").write("\n".join(f"{a} {b}" for a,b in hits))
