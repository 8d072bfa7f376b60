"""diff two probe outputs: python pdiff.py BASE.json HEAD.json"""
import json, sys
a = {(r['topic'], r['lang']): r for r in json.load(open(sys.argv[1]))}
b = {(r['topic'], r['lang']): r for r in json.load(open(sys.argv[2]))}
same = 0
for k in b:
    x, y = a.get(k), b[k]
    if x is None: continue
    px = {p[0]: p for p in x.get('papers', [])}; py = {p[0]: p for p in y.get('papers', [])}
    if list(px) == list(py) and x.get('concepts') == y.get('concepts') and x.get('notes') == y.get('notes'):
        same += 1; continue
    print(f"== {k[0]}: {len(px)} -> {len(py)}; concepts {x.get('concepts')} -> {y.get('concepts')}")
    cy = [ (c['label'], c.get('learned'), c.get('glossed')) for c in y.get('concepts_full', [])]
    cx = [ (c['label'], c.get('learned'), c.get('glossed')) for c in x.get('concepts_full', [])]
    if cx != cy: print('   ', cx, '->', cy)
    for i, p in py.items():
        if i not in px: print('    +', i, p[1][:90], p[3])
    for i, p in px.items():
        if i not in py: print('    -', i, p[1][:90], p[3])
print('same', same, 'of', len(b))
