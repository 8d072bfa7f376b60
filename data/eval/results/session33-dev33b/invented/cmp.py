import json, sys
a = {r['topic']: r for r in json.load(open(sys.argv[1]))}
b = {r['topic']: r for r in json.load(open(sys.argv[2]))}
for t in b:
    pa = [p[0] for p in a[t].get('papers', [])]; pb = [p[0] for p in b[t].get('papers', [])]
    mark = 'SAME' if pa == pb else 'DIFF'
    print('==', mark, t, a[t].get('concepts'), a[t].get('matching'), '->', b[t].get('concepts'), b[t].get('matching'), len(pa), '->', len(pb))
    if pa != pb:
        for p in b[t]['papers']:
            print('   ', '+' if p[0] not in pa else ' ', p[0], p[1][:90])
        for p in a[t]['papers']:
            if p[0] not in pb: print('    -', p[0], p[1][:90])
