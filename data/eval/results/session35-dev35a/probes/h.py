"""h.py TOPIC [TOPIC ...] -e CODE: run each digest (bench store, read-only, size 8, no LLM), capture the candidates
(texts) and embedder that translate_concepts saw, then exec CODE with topic, texts, emb, d (the digest) in scope."""
import os
import sys

sys.path.insert(0, os.getcwd())
from assistant.chains.digest import DigestRequest, select  # noqa: E402
from bench.digest_relevance import default_store, open_app  # noqa: E402

cap = {}
_orig = select.translate_concepts


def spy(concepts, texts, embedder=None):
    cap.setdefault("texts", texts)
    cap.setdefault("emb", embedder)
    cap.setdefault("in", concepts)
    out = _orig(concepts, texts, embedder)
    cap.setdefault("out", out)
    return out


select.translate_concepts = spy
def cov(ids, concepts=None):
    """Coverage of the given papers (by id) under the learned concepts of the last digest run."""
    from assistant.chains.digest.lexical import PaperText
    from assistant.chains.digest.relevance import coverage
    papers = app.store.get_papers(ids)
    ts = [PaperText.of(papers[i]) for i in ids if i in papers]
    for t, c in zip(ts, coverage(concepts or cap["out"], ts, cap.get("emb"), 0.5, topic="")):
        print("   COV", t.paper.arxiv_id, t.paper.title[:60], c.matched, c.complete, c.focused(), c.named_as_focus())


args = sys.argv[1:]
code = ""
if "-e" in args:
    i = args.index("-e")
    code = args[i + 1]
    args = args[:i] + args[i + 2:]
app = open_app(default_store())
for topic in args:
    cap.clear()
    d = app.digest(DigestRequest(topic=topic, language="zh", since="2026-06-01", until="2026-06-10", max_papers=8,
                                 style="themed"), use_llm=False)
    texts, emb = cap.get("texts", []), cap.get("emb")
    print("==", topic, "pool", len(texts), "matching", d.matching, d.concepts)
    for c in cap.get("out", []):
        print("  OUT", c.label, c.forms[:5], c.learned, c.context[:4], [a.label for a in c.alternatives])
    for p in d.papers:
        print("    ", p.id, p.title[:90])
    if code:
        exec(code, globals() | {"topic": topic, "texts": texts, "emb": emb, "d": d})
