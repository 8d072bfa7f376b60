"""studied (lines 2-246) vs blind-written (247-270): on/listed @8 and @20, recall mean; A B"""
import json, sys
lines = [json.loads(l) for l in list(open('/tmp/topics269.jsonl'))[1:]]
ids = [d['id'] for d in lines]
studied, blind = set(ids[:245]), set(ids[245:])
def tot(path, S):
    it = json.load(open(path))['items']; out = {}
    for n in (8, 20):
        xs = [x for x in it if x['id'] in S and x['max_papers'] == n]
        on = sum(x['on_topic'] for x in xs); p = sum(x['papers'] for x in xs)
        r = sum(x['recall'] or 0 for x in xs) / len(xs)
        out[n] = f"{on}/{p} = {on/p:.3f}, R {r:.3f}"
    return out
for name, S in (('studied 2-246', studied), ('blind 247-270', blind), ('all 269', studied | blind)):
    print(name, '|', ' || '.join(f"@{n}: " + ' -> '.join(tot(f, S)[n] for f in sys.argv[1:]) for n in (8, 20)))
