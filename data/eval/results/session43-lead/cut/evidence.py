"""The floor on the evidence part of the relevance only (no retrieval rank): 0.5 strength + 0.2 together + 0.15
recurrence, recomputed from the coverage feat.py recorded. Usage: python evidence.py TOPICS.jsonl [feat.json.gz]"""
import gzip, json, sys
W = {"title": 1.0, "tldr": 0.9, "keywords": 0.85, "abstract": 0.8}
RM = 4  # relevance.RECURRENCE_MENTIONS
d = json.load(gzip.open(sys.argv[2] if len(sys.argv) > 2 else 'feat-793b0f5.json.gz', 'rt'))
line = {json.loads(t)['id']: n for n, t in enumerate(open(sys.argv[1]), 1) if n > 1}


def evidence(r):
    c = r['cov'] or {}
    m = c.get('matched', {})
    if not m or not set(m.values()) <= set(W):
        return 9.0
    s = sum(W[v] for v in m.values()) / len(m)
    rec = min(min(c.get('mentions', {}).get(k, 0), RM) for k in m) / RM
    return 0.5 * s + 0.2 * bool(c.get('together')) + 0.15 * rec


for size in (8, 20):
    for name, lo, hi in (("studied", 2, 246), ("blind38-49", 247, 318), ("all", 2, 999)):
        for floor in (0, 0.45, 0.47, 0.5, 0.52, 0.55):
            on = off = 0; rs = 0; n = 0
            for t in d:
                if not lo <= line[t['id']] <= hi:
                    continue
                kept = [r['id'] for r in t.get('rows', []) if r['id'] in t['listed'] and evidence(r) >= floor][:size]
                o = sum(p in t['relevant'] for p in kept); on += o; off += len(kept) - o
                if t['relevant']:
                    rs += min(1, o / min(len(t['relevant']), size)); n += 1
            print(f"@{size} {name:10} floor {floor:4} P {on / max(1, on + off):.3f} ({on}/{on + off}) R {rs / n:.3f}")
