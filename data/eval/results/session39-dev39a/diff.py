"""Per-digest diff of two selection runs, studied (lines 2-246) and blind-written (247-270) apart."""
import json, sys
from collections import defaultdict
A, B = sys.argv[1], sys.argv[2]
topics = [json.loads(l) for l in open('/tmp/topics269.jsonl')][1:]
line = {t['id']: n + 2 for n, t in enumerate(topics)}
rel = {t['id']: set(t['relevant']) for t in topics}
rej = {t['id']: set(t.get('rejected', [])) for t in topics}
a = {(i['id'], i['max_papers']): i for i in json.load(open(A))['items']}
b = {(i['id'], i['max_papers']): i for i in json.load(open(B))['items']}
def part(tid): return 'studied' if line[tid] <= 246 else 'blind'
tot = defaultdict(lambda: [0, 0, 0, 0, 0])  # on_a, n_a, on_b, n_b, relevant
changes = []
for key in sorted(a, key=lambda k: (line[k[0]], k[1])):
    x, y = a[key], b.get(key)
    if y is None: continue
    tid, size = key
    g = (part(tid), size)
    ra = rel[tid]
    t = tot[g]
    t[0] += len(set(x['ids']) & ra); t[1] += len(x['ids']); t[2] += len(set(y['ids']) & ra); t[3] += len(y['ids'])
    t[4] += min(len(ra), size)
    if x['ids'] != y['ids'] or x.get('notes') != y.get('notes'):
        lab = lambda p: 'on' if p in ra else ('off' if p in rej[tid] else 'unj')
        add = [f"{p}:{lab(p)}" for p in y['ids'] if p not in x['ids']]
        drop = [f"{p}:{lab(p)}" for p in x['ids'] if p not in y['ids']]
        notes = '' if x.get('notes') == y.get('notes') else ' NOTES'
        changes.append(f"{part(tid):7} L{line[tid]} {tid} @{size} {x['on_topic']}/{x['papers']} -> {y['on_topic']}/{y['papers']} +{add} -{drop}{notes}")
for g in sorted(tot):
    t = tot[g]
    print(f"{g[0]:7} @{g[1]:2}: on/listed {t[0]}/{t[1]} P {t[0]/max(t[1],1):.3f} -> {t[2]}/{t[3]} P {t[2]/max(t[3],1):.3f}; recall(on/min(rel,N)) {t[0]/t[4]:.3f} -> {t[2]/t[4]:.3f}")
print(len(changes), 'changed digests')
print('\n'.join(changes))
