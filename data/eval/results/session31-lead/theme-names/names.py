"""Theme names of every topic's digests (no LLM, sizes 8 and 20, bench store), with their members' titles.

    cd CODE && PYTHONPATH=. python names.py TOPICS.jsonl OUT.json    # TOPICS: the 161 topics of session 29
"""
import json, os, sys, time
sys.path.insert(0, os.getcwd())
from assistant.chains.digest import DigestRequest
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app

header, topics = load_topic_file(sys.argv[1])
app = open_app(default_store())
out = []
t0 = time.perf_counter()
for topic in topics:
    for size in (8, 20):
        req = DigestRequest(topic=topic.topic, language=topic.language, since=header.since, until=header.until,
                            max_papers=size, style="themed")
        d = app.digest(req, use_llm=False)
        by_n = {p.n: p for p in d.papers}
        out.append({"id": topic.id, "topic": topic.topic, "lang": topic.language, "size": size,
                    "themes": [{"name": t.name, "named_by": t.named_by, "terms": list(getattr(t, "terms", []) or []),
                                "members": [by_n[i].title for i in t.items]} for t in d.themes]})
json.dump(out, open(sys.argv[2], "w"), ensure_ascii=False, indent=1)
print("done", round(time.perf_counter() - t0, 1))
