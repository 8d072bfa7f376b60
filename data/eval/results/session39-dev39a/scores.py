"""E5 scores of (topic id, arxiv id) pairs: python scores.py id:aid ..."""
import json, sys
sys.path.insert(0, '.')
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.topic_check import TopicCheck
topics = {json.loads(l)['id']: json.loads(l) for l in open('/tmp/topics269.jsonl') if '"id"' in l}
for extra in sys.argv[2:]:
    for l in open(extra):
        if '"id"' in l: t = json.loads(l); topics[t['id']] = t
app = open_app(default_store())
check = TopicCheck.load()
for pair in open(sys.argv[1]).read().split():
    tid, aid = pair.split(':')[:2]
    p = app.store.get_papers([aid])[aid]
    print(tid, aid, pair.split(":")[2] if pair.count(":")>1 else "", check.scores(topics[tid]['topic'], [p])[0], topics[tid]['topic'], '|', p.title[:90])
