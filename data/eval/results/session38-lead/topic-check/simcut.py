"""Score every paper the 257 studied topics' 20-paper lists hold with TopicCheck (the code's own passage), then
simulate thresholds: @8 = the first 8 of the filtered @20 list, @20 = the filtered @20 list (no backfill)."""
import json, sys, time
import numpy as np
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.topic_check import TopicCheck
sel = json.load(open('/tmp/l38/sel-257-6b1f6a4.json'))
topics = {json.loads(l)['id']: json.loads(l) for l in open('/tmp/topics257.jsonl') if l.strip() and '"id"' in l}
app = open_app(default_store())
check = TopicCheck.load()
out = {}
t0 = time.time(); n = 0
for it in sel['items']:
    if it['max_papers'] != 20 or not it['ids']:
        continue
    papers = app.store.get_papers(it['ids'])
    ps = [papers[i] for i in it['ids']]
    out[it['id']] = dict(zip(it['ids'], check.scores(it['topic'], ps))); n += len(ps)
print('scored', n, 'in', round(time.time() - t0, 1), 's', file=sys.stderr)
json.dump(out, open('/tmp/l38/e5-scores-257.json', 'w'))
