import json, collections, sys
sel = json.load(open('/tmp/l38/sel-257-6b1f6a4.json'))
S = json.load(open('/tmp/l38/e5-scores-257.json'))
lines = [json.loads(l) for l in open('/tmp/topics257.jsonl')][1:]
line_of = {t['id']: i + 2 for i, t in enumerate(lines)}
rel = {t['id']: set(t['relevant']) for t in lines}
items20 = {it['id']: it for it in sel['items'] if it['max_papers'] == 20}
items8 = {it['id']: it for it in sel['items'] if it['max_papers'] == 8}
def run(th, subset, rule='abs'):
    r = collections.Counter()
    for tid, it in items20.items():
        if not subset(line_of[tid]): continue
        sc = S.get(tid, {})
        ids = it['ids']
        def ok(p):
            if rule == 'abs': return sc[p] >= th
            if rule == 'top': return sc[p] >= max(sc.values()) - th
        kept = [p for p in ids if ok(p)]
        for size, k in ((8, kept[:8]), (20, kept)):
            base = items8[tid]['ids'] if size == 8 else ids
            r[f'n{size}'] += len(k); r[f'on{size}'] += sum(p in rel[tid] for p in k)
            r[f'b{size}'] += len(base); r[f'bon{size}'] += sum(p in rel[tid] for p in base)
            r[f'empty{size}'] += (len(k) == 0); r[f'bempty{size}'] += (len(base) == 0)
        r['drop_on'] += sum(p in rel[tid] for p in ids if not ok(p)); r['drop_off'] += sum(p not in rel[tid] for p in ids if not ok(p))
    return r
sets = {'studied 2-246': lambda l: l <= 246, 'blind38/39 247-258': lambda l: l >= 247}
for name, sub in sets.items():
    b = run(-1, sub)
    print(f"== {name}: base P@8 {b['bon8']}/{b['b8']}={b['bon8']/b['b8']:.3f} P@20 {b['bon20']}/{b['b20']}={b['bon20']/b['b20']:.3f} empty {b['bempty8']}")
    for rule, ths in (('abs', [0.78, 0.79, 0.80, 0.81, 0.82, 0.83, 0.84, 0.85]), ('top', [0.03, 0.05, 0.07, 0.1])):
        for th in ths:
            r = run(th, sub, rule)
            print(f"{rule} {th:.2f}: P@8 {r['on8']}/{r['n8']}={r['on8']/max(1,r['n8']):.3f} P@20 {r['on20']}/{r['n20']}={r['on20']/max(1,r['n20']):.3f} empty8 {r['empty8']} dropped on {r['drop_on']} off {r['drop_off']}")
