"""The embedder's cosine between a concept and a random term of the corpus (words and word pairs of 200 random
titles of dw-dengwei 2026-05-10..19, outside the judged slice), against the learned forms' cosines (learnedterms.py's
output): how near its concept does a random term come? cwd = code.   PYTHONPATH=. python randcos.py learned-base.json"""
import json, os, random, sys
sys.path.insert(0, os.getcwd())
import numpy as np
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.semantic import vector_cache
from assistant.chains.digest.learned import _en_terms
app = open_app(default_store())
rows = json.load(open(sys.argv[1]))
random.seed(29)
import glob
titles = [json.loads(l)["title"] for f in sorted(glob.glob("/work/shared/corpus/daily-arxiv/dw-dengwei/2026-05-1*_AI_enhanced_Chinese.jsonl")) for l in open(f)]
terms = sorted({f for t in random.sample(titles, 200) for f in _en_terms(t).values()})
terms = random.sample(terms, 400)
cache = vector_cache(app.embedder)
labels = sorted({r["label"] for r in rows})
sims = cache(labels) @ cache(terms).T
flat = np.sort(sims.ravel())
print("random pairs", flat.size, "p50 %.3f p90 %.3f p99 %.3f max %.3f" % tuple(np.percentile(flat, [50, 90, 99]).tolist() + [flat.max()]))
best = sims.max(axis=1)
print("best random term per concept: p50 %.3f p90 %.3f" % tuple(np.percentile(best, [50, 90])))
for r in sorted(rows, key=lambda r: r["cos"][0])[:8]:
    i = labels.index(r["label"])
    print(r["topic"], r["label"], r["learned"], r["cos"], "share of random terms nearer: %.2f" % float((sims[i] >= r["cos"][0]).mean()))
