"""Capture the candidate pool (texts given to translate_concepts) for topics; print stats by regex."""
import sys, os, re, json
sys.path.insert(0, os.getcwd())
from assistant.chains.digest import select, learned
CAP = {}
_tc = select.translate_concepts
def tc(concepts, texts, embedder=None):
    CAP['texts'] = texts[:learned.TRANSLATE_POOL]
    return _tc(concepts, texts, embedder)
select.translate_concepts = tc
from assistant.chains.digest import DigestRequest
from bench.digest_relevance import default_store, open_app
app = open_app(default_store())
topics = [l.rstrip('\n') for l in open(sys.argv[1]) if l.strip()]
pats = sys.argv[2:]
for spec in topics:
    topic, lang = spec.rsplit('|', 1)
    CAP.clear()
    app.digest(DigestRequest(topic=topic, language=lang, since="2026-06-01", until="2026-06-10", max_papers=8, style="themed"), use_llm=False)
    texts = CAP.get('texts', [])
    out = [f"{topic}: pool {len(texts)}"]
    for p in pats:
        rx = re.compile(p, re.I)
        n = sum(1 for t in texts if any(rx.search(s) for _, s in t.sentences))
        out.append(f"{p}={n}")
    print(" | ".join(out)); sys.stdout.flush()
