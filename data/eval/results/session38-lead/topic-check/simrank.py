import json, collections
sel = json.load(open('/tmp/l38/sel-257-6b1f6a4.json'))
S = json.load(open('/tmp/l38/e5-scores-257.json'))
lines = [json.loads(l) for l in open('/tmp/topics257.jsonl')][1:]
line_of = {t['id']: i + 2 for i, t in enumerate(lines)}
rel = {t['id']: set(t['relevant']) for t in lines}
items20 = {it['id']: it for it in sel['items'] if it['max_papers'] == 20}
items8 = {it['id']: it for it in sel['items'] if it['max_papers'] == 8}
for name, sub in (('studied', lambda l: l <= 246), ('blind38/39', lambda l: l >= 247)):
    r = collections.Counter()
    for tid, it in items20.items():
        if not sub(line_of[tid]) or len(it['ids']) <= 8: continue
        ids = it['ids']; sc = S[tid]; n = len(ids)
        r['topics'] += 1
        r['actual8'] += sum(p in rel[tid] for p in items8[tid]['ids']); r['nact'] += len(items8[tid]['ids'])
        r['first8'] += sum(p in rel[tid] for p in ids[:8])
        r['e5'] += sum(p in rel[tid] for p in sorted(ids, key=lambda p: -sc[p])[:8])
        for w in (0.5, 1.0, 2.0):
            # blend: rank position (0..1) and e5 z within topic
            import statistics
            mu = statistics.mean(sc.values()); sd = statistics.pstdev(sc.values()) or 1
            key = lambda p: (ids.index(p) / n) - w * 0.25 * (sc[p] - mu) / sd
            r[f'blend{w}'] += sum(p in rel[tid] for p in sorted(ids, key=key)[:8])
    print(name, dict(r))
