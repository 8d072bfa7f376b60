import json, sys
a = {(r['topic']): r for r in json.load(open(sys.argv[1]))}
b = {(r['topic']): r for r in json.load(open(sys.argv[2]))}
for t in b:
    x, y = a.get(t, {}), b[t]
    ia = [p[0] for p in x.get('papers', [])]; ib = [p[0] for p in y.get('papers', [])]
    mark = 'CHANGED' if ia != ib or x.get('concepts') != y.get('concepts') else 'same'
    print(f"== {t}: {len(ia)} -> {len(ib)} {mark}; concepts {x.get('concepts')} -> {y.get('concepts')}")
    if mark == 'CHANGED':
        for p in y.get('papers', []):
            print('   ', '+' if p[0] not in ia else ' ', p[0], p[1][:95])
        for p in x.get('papers', []):
            if p[0] not in ib: print('    -', p[0], p[1][:95])
