import json, sys
T = json.load(open('/tmp/dev40c_titles.json'))
lab = {}
for n, line in enumerate(open('/tmp/topics281.jsonl'), 1):
    if n == 1: continue
    r = json.loads(line); lab[r['topic']] = (set(r['relevant']), set(r['rejected']), n)
base = {x['topic']: x for x in json.load(open(sys.argv[1]))}
head = {x['topic']: x for x in json.load(open(sys.argv[2]))}
full = '--full' in sys.argv
for t, b in base.items():
    h = head.get(t)
    if h is None: continue
    bi = [p[0] for p in b['papers']]; hi = [p[0] for p in h['papers']]
    rel, rej, n = lab.get(t, (set(), set(), ''))
    def m(i): return '+' if i in rel else '-' if i in rej else '?'
    tag = 'SAME' if bi == hi else 'CHANGED'
    ob = sum(i in rel for i in bi); oh = sum(i in rel for i in hi)
    print(f"== {tag} {t} [{n}] base {len(bi)} (on {ob}) -> head {len(hi)} (on {oh}) concepts {b['concepts']} -> {h['concepts']}")
    if bi != hi or full:
        for i in hi:
            if i not in bi: print('   ADD', m(i), i, T.get(i, '')[:100])
        for i in bi:
            if i not in hi: print('   DROP', m(i), i, T.get(i, '')[:100])
        if full:
            for i in hi: print('     ', m(i), i, T.get(i, '')[:100])
