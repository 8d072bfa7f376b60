"""Time theme_terms on real digests: python tt_time.py  (cwd = code to measure)"""
import os, sys, time, json
sys.path.insert(0, os.getcwd())
from unittest import mock
import assistant.chains.digest.themes as th
from assistant.chains.digest import DigestRequest
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app
header, topics = load_topic_file(sys.argv[1])
app = open_app(default_store())
spent = []
orig = th.theme_terms
def timed(*a, **k):
    t = time.perf_counter(); r = orig(*a, **k); spent.append((time.perf_counter() - t, len(a[1]), len(k.get("background") or [])))
    return r
th.theme_terms = timed
for topic in topics[:40]:
    for size in (8, 20):
        app.digest(DigestRequest(topic=topic.topic, language=topic.language, since=header.since, until=header.until, max_papers=size, style="themed"), use_llm=False)
s = sorted(x[0] for x in spent)
print(len(s), "calls; median %.3f s, p90 %.3f, max %.3f, total %.1f" % (s[len(s)//2], s[int(len(s)*.9)], s[-1], sum(s)), "bg max", max(x[2] for x in spent))
