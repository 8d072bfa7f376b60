import os, sys
sys.path.insert(0, os.getcwd())
from assistant.chains.digest import DigestRequest, select
CAP = {}
_cov = select.coverage
def cov(concepts, texts, *a, **k):
    out = _cov(concepts, texts, *a, **k)
    CAP["concepts"], CAP["n"] = concepts, len(texts)
    return out
select.coverage = cov
from bench.digest_relevance import default_store, open_app
app = open_app(default_store())
for topic in sys.argv[1].split(";"):
    d = app.digest(DigestRequest(topic=topic, language="en", since="2026-06-01", until="2026-06-10", max_papers=8), use_llm=False)
    print("==", topic, "matching", d.matching, "pool", CAP.get("n"), [(c.label, c.forms[:4], c.context[:3]) for c in CAP.get("concepts", [])])
    for p in d.papers:
        print("   ", p.id, p.title[:90])
