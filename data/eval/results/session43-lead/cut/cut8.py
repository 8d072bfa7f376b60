"""A relevance floor simulated on the selection order of feat.py (digests of 20): the digest of N = the first N picked
papers at or above the floor. Per part of topics.jsonl: P@N (on / listed), mean recall@N, empty digests.
Usage: python cut8.py TOPICS.jsonl [feat-793b0f5.json.gz]"""
import gzip, json, sys

topics = sys.argv[1]
d = json.load(gzip.open(sys.argv[2] if len(sys.argv) > 2 else 'feat-793b0f5.json.gz', 'rt'))
line = {json.loads(t)['id']: n for n, t in enumerate(open(topics), 1) if n > 1}
parts = (("studied", 2, 246), ("blind38-49", 247, 318), ("all", 2, 999))
for size in (8, 20):
    for name, lo, hi in parts:
        for floor in (0, 0.6, 0.65, 0.7, 0.75):
            on = off = empty = 0; rsum = 0.0; n = 0
            for t in d:
                if not lo <= line[t['id']] <= hi:
                    continue
                kept = [r['id'] for r in t.get('rows', []) if r['rel'] >= floor and r['id'] in t['listed']][:size]
                o = sum(p in t['relevant'] for p in kept); on += o; off += len(kept) - o; empty += not kept
                if t['relevant']:
                    rsum += min(1, o / min(len(t['relevant']), size)); n += 1
            print(f"@{size} {name:10} floor {floor:4} P {on / max(1, on + off):.3f} ({on}/{on + off}) R {rsum / n:.3f} empty {empty}")
