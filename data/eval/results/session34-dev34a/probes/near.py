"""near.py TOPIC LABEL: the terms _nearest_term weighs for the concept LABEL of TOPIC (bench store)."""
import sys, os
sys.path.insert(0, os.getcwd())
sys.argv = [sys.argv[0]] + sys.argv[1:]
import importlib.util
spec = importlib.util.spec_from_file_location("dbg", "/tmp/d34a/dbg.py")
topic, label = sys.argv[1], sys.argv[2]
saved = sys.argv; sys.argv = ["dbg"]
dbg = importlib.util.module_from_spec(spec); spec.loader.exec_module(dbg)
sys.argv = saved
from assistant.chains.digest import learned as L
from assistant.chains.digest.concept import Concept
from assistant.chains.digest.semantic import vector_cache
from assistant.chains.digest.lexical import stem_near
import numpy as np
d, texts, emb = dbg.run(topic)
texts = texts[:L.TRANSLATE_POOL]
print("concepts", d.concepts, "matching", d.matching)
for c in dbg.cap.get("out", []): print("  OUT", c.label, c.forms[:4], c.learned, c.context[:4])
c = Concept(label=label, forms=(label,))
words = L._label_words(label); wg = [L._word_glosses(w) for w in words]
print("words", words, [sorted(g)[:6] for g in wg])
stems = set().union(*wg); head = wg[-1] if len(words) >= 2 else set()
papers, surface = {}, {}
for t in texts:
    for key, form in L._paper_terms(t, True).items():
        if any(stem_near(g, set(key)) for g in stems) and (not head or any(stem_near(g, set(key)) for g in head)):
            papers[key] = papers.get(key, 0) + 1; surface.setdefault(key, form)
keys = [k for k, n in papers.items() if n >= 2]
cache = vector_cache(emb)
sims = cache([surface[k] for k in keys]) @ cache([label])[0] if keys else []
wp = L._word_papers(label, texts)
for k, s in sorted(zip(keys, sims), key=lambda x: -x[1])[:15]:
    print(f"   {s:.3f} {papers[k]:3d} {surface[k]!r} words={L._words(surface[k])} oneword={L._one_word_term(k, wp)}")
print("learn", L._learn(c, texts, True), "nearest", L._nearest_term(c, texts, emb))
