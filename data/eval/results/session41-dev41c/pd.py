import json, sys
def load(p):
    return {(r['topic'], r['lang']): r for r in json.load(open(p))}
a, b = load(sys.argv[1]), load(sys.argv[2])
for k in b:
    if k not in a: continue
    pa = {p[0]: p[1] for p in a[k].get('papers', [])}
    pb = {p[0]: p[1] for p in b[k].get('papers', [])}
    if list(pa) == list(pb) and not ('-v' in sys.argv): continue
    print(f"== {k[0]} ({k[1]}) {len(pa)} -> {len(pb)}  matching {a[k].get('matching')} -> {b[k].get('matching')}")
    for i in pa:
        if i not in pb: print('   -', i, pa[i][:95])
    for i in pb:
        if i not in pa: print('   +', i, pb[i][:95])
