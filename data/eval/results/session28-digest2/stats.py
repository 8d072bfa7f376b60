"""per-topic: judged, @20 on/listed, matching, recall, misses by class; and selection time"""
import json, sys, statistics
s = json.load(open(sys.argv[1]))['items']
m = json.load(open(sys.argv[2])) if len(sys.argv) > 2 else {}
from collections import Counter
sel = [i['timings']['select_ms'] for i in s if i.get('timings')]
print('select_ms median %.0f p90 %.0f max %.0f' % (statistics.median(sel), sorted(sel)[int(.9*len(sel))], max(sel)))
for i in s:
    if i['max_papers'] != 20: continue
    c = Counter(r['why'] for r in m.get(i['id'], {}).get('miss', []))
    print(f"{i['id']:22} judged {i['relevant']:3} on/listed {i['on_topic']:2}/{i['papers']:2} match {i['matching']} R {i['recall']:.2f} {dict(c)}")
