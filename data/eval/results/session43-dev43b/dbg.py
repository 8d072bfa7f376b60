"""debug: for a topic, which judged papers are candidates and how each concept matches them."""
import json, os, sys
sys.path.insert(0, os.getcwd())
from assistant.chains.digest import select, relevance
from assistant.chains.digest.lexical import lexical_field
CAP = {}
_cov = select.coverage
def cov(concepts, texts, *a, **k):
    out = _cov(concepts, texts, *a, **k)
    CAP["c"], CAP["t"], CAP["o"] = concepts, texts, out
    return out
select.coverage = cov
from assistant.chains.digest import DigestRequest
from bench.digest_relevance import default_store, open_app
topic, lang = sys.argv[1].rsplit("|", 1)
rel = sys.argv[2].split(",") if len(sys.argv) > 2 else []
app = open_app(default_store())
d = app.digest(DigestRequest(topic=topic, language=lang, since="2026-06-01", until="2026-06-10", max_papers=8, style="themed"), use_llm=False)
print("listed", [p.id for p in d.papers], d.notes)
texts = CAP["t"]
ids = [getattr(t, "paper", None) and t.paper.arxiv_id for t in texts]
print("n texts", len(texts), "attrs", [a for a in dir(texts[0]) if not a.startswith("_")][:20])
for c in CAP["c"]:
    print("C", c.label, c.forms[:5], c.learned)
for r in rel:
    hits = [i for i, t in enumerate(texts) if t.paper.arxiv_id == r]
    if not hits:
        print(r, "not a candidate"); continue
    i = hits[0]
    print(r, "rank", i, {c.label: lexical_field(c, texts[i]) for c in CAP["c"]}, CAP["o"][i].matched, CAP["o"][i].complete)
