import json, os, sys
sys.path.insert(0, os.getcwd())
from pathlib import Path
from collections import Counter
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.topic import topic_concepts
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.semantic import vector_cache
header, topics = load_topic_file(Path(os.environ["TOPICS"]))
T = {t.id: t for t in topics}
G = json.load(open(sys.argv[1]))
app = open_app(default_store())
cache = vector_cache(app.embedder)
res = []
for tid, v in G.items():
    rows = [r for r in v["rows"] if r["gate"] == "semantic1"]
    if not rows: continue
    c = topic_concepts(T[tid].topic, app.settings.prompts_dir)[0]
    P = cache(c.phrases())
    papers = app.store.get_papers([r["id"] for r in rows])
    for r in rows:
        tx = PaperText.of(papers[r["id"]])
        rows_ = tx.semantic_rows()
        sents = [tx.sentences[i][1] for i in rows_]
        M = cache(sents) @ P.T
        best = M.max(axis=1)
        where = [tx.sentences[i][0] for i in rows_]
        tmax = max([b for b, w in zip(best, where) if w == "title"], default=0)
        top = where[int(best.argmax())]
        res.append((tid, r["label"], round(float(best.max()), 3), round(float(tmax), 3), top, r["title"][:60]))
res.sort(key=lambda x: -x[3])
for x in res[:40]: print(x)
