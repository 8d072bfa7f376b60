import sys, os
sys.path.insert(0, os.getcwd())
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest import learned as L
from assistant.chains.digest.topic import split_concepts
from assistant.chains.digest.lexical import PaperText
from pathlib import Path
app = open_app(default_store())
topic = sys.argv[1]
from assistant.chains.digest import select
orig = L.translate_concepts
cap = {}
def spy(concepts, texts, embedder=None):
    cap.setdefault("texts", texts); cap.setdefault("emb", embedder)
    return orig(concepts, texts, embedder)
L.translate_concepts = spy
select.translate_concepts = spy if hasattr(select, "translate_concepts") else None
from assistant.chains.digest import DigestRequest
req = DigestRequest(topic=topic, language="zh", since="2026-06-01", until="2026-06-10", max_papers=8, style="themed")
try:
    app.digest(req, use_llm=False)
except Exception as e:
    print("ERR", e)
texts = cap.get("texts", [])[:L.TRANSLATE_POOL]
emb = cap.get("emb")
c = split_concepts(topic, Path("prompts"))[0]
from dataclasses import replace
c0 = replace(c, apart=())
print("learn", L._learn(c0, texts, True))
print("nearest", L._nearest_term(c0, texts, emb) if emb else None)
print("aligned", L._aligned_term(c0, texts, emb, True) if emb else None)
