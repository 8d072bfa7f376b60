"""dbg.py TOPIC [lang]: the candidate pool of a digest and what the learning sees (bench store, read-only)."""
import sys, os, re
sys.path.insert(0, os.getcwd())
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest import learned as L, select
from assistant.chains.digest import DigestRequest
from assistant.chains.digest.lexical import lexical_field
app = open_app(default_store())
cap = {}
orig = select.translate_concepts if hasattr(select, "translate_concepts") else None
def spy(concepts, texts, embedder=None):
    cap.setdefault("texts", texts); cap.setdefault("emb", embedder); cap.setdefault("in", concepts)
    out = L.translate_concepts.__wrapped__(concepts, texts, embedder) if hasattr(L.translate_concepts, "__wrapped__") else ORIG(concepts, texts, embedder)
    cap.setdefault("out", out)
    return out
ORIG = L.translate_concepts
for mod in (select,):
    if hasattr(mod, "translate_concepts"):
        mod.translate_concepts = spy
import assistant.chains.digest.relevance as R
if hasattr(R, "translate_concepts"): R.translate_concepts = spy
def run(topic, lang="zh"):
    cap.clear()
    d = app.digest(DigestRequest(topic=topic, language=lang, since="2026-06-01", until="2026-06-10", max_papers=8, style="themed"), use_llm=False)
    return d, cap.get("texts", []), cap.get("emb")
if __name__ == "__main__":
    d, texts, emb = run(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "zh")
    print("pool", len(texts), "matching", d.matching, d.concepts)
    for c in cap.get("out", []): print("  OUT", c.label, c.forms, c.learned, [a.label for a in c.alternatives])
    pats = sys.argv[3:]
    for p in pats:
        rx = re.compile(p, re.I)
        hits = [t for t in texts[:120] if any(rx.search(s) for _, s in t.sentences)]
        print(p, len(hits), [t.paper.arxiv_id for t in hits][:15])
    from assistant.chains.digest.relevance import coverage
    out = cap.get("out", [])
    covs = coverage(out, texts, emb, 0.5, topic=sys.argv[1]) if out else []
    for t, cv in zip(texts, covs):
        if any(v for v in cv.matched.values()) and any(re.search(p, t.joined(), re.I) for p in pats[:2]):
            print("   COV", t.paper.arxiv_id, t.paper.title[:60], cv.matched, cv.complete, cv.named_as_focus() if hasattr(cv, "named_as_focus") else "")
