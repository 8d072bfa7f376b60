import json, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
ia = {(x['id'], x['max_papers']): x for x in a['items']}; ib = {(x['id'], x['max_papers']): x for x in b['items']}
papers = notes = other = 0
out = []
for k, x in ia.items():
    y = ib[k]
    if x['ids'] != y['ids'] or x.get('concepts') != y.get('concepts'):
        papers += 1
    if x['notes'] != y['notes']:
        notes += 1
        out.append((k, x['topic'], x['notes'][0] if x['notes'] else '', y['notes'][0] if y['notes'] else ''))
    strip = lambda d: {kk: vv for kk, vv in d.items() if kk not in ('seconds', 'timings', 'notes', 'when', 'load', 'head')}
    if strip(x) != strip(y):
        other += 1
print(f"{len(ia)} digests: papers/concepts changed {papers}, other fields changed {other}, notes changed {notes}")
topics = sorted({k[0] for k, *_ in out})
print("topics whose note changed:", len(topics))
for k, t, n0, n1 in out:
    add = n1[len(n0):] if n1.startswith(n0) else "(REWRITTEN) " + n1
    print(f"{k[0]} @{k[1]} | {t} |{add}")
