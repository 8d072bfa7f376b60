"""`Coverage.named_in_passing` variants simulated on feat.py's selection order (digests of 20, 793b0f5): the digest of N =
the first N picked papers the rule keeps. Usage: python passing.py TOPICS.jsonl [feat.json.gz]"""
import gzip, json, sys
d = json.load(gzip.open(sys.argv[2] if len(sys.argv) > 2 else 'feat-793b0f5.json.gz', 'rt'))
line = {json.loads(t)['id']: n for n, t in enumerate(open(sys.argv[1]), 1) if n > 1}


def base(c):
    m = c.get('matched', {})
    return bool(m) and set(m.values()) == {'abstract'} and not c.get('together') and \
        min(c.get('mentions', {}).get(k, 0) for k in m) <= 1


RULES = {
    'none': lambda c: False,
    'abstract only, apart, one once': base,
    '... and no concept in focus': lambda c: base(c) and not any((c.get('focus') or {}).values()),
    '... and the once-named one not in focus': lambda c: base(c) and not any(
        (c.get('focus') or {}).get(k) for k in c['matched'] if c.get('mentions', {}).get(k, 0) <= 1),
}
for size in (8, 20):
    for name, lo, hi in (("studied", 2, 246), ("blind38-49", 247, 318), ("all", 2, 999)):
        for rule, drop in RULES.items():
            on = off = 0; rs = 0; n = 0
            for t in d:
                if not lo <= line[t['id']] <= hi:
                    continue
                kept = [r['id'] for r in t.get('rows', []) if r['id'] in t['listed'] and not drop(r['cov'] or {})][:size]
                o = sum(p in t['relevant'] for p in kept); on += o; off += len(kept) - o
                if t['relevant']:
                    rs += min(1, o / min(len(t['relevant']), size)); n += 1
            print(f"@{size} {name:10} {rule:42} P {on / max(1, on + off):.3f} ({on}/{on + off}) R {rs / n:.3f}")
