import json,sys
a={r['topic']:r for r in json.load(open(sys.argv[1]))}
b={r['topic']:r for r in json.load(open(sys.argv[2]))}
def cs(r): return ' · '.join(c['label']+('[ctx:'+','.join(c.get('context',[]))+']' if c.get('context') else '')+('*' if c.get('setting') else '') for c in r.get('concepts_full',[]))
for t in b:
    ra, rb = a.get(t,{}), b[t]
    pa=[p[0] for p in ra.get('papers',[])]; pb=[p[0] for p in rb.get('papers',[])]
    same = pa==pb and cs(ra)==cs(rb)
    print(('  same ' if same else '* DIFF ')+t, '|', ra.get('matching'),'->',rb.get('matching'))
    if not same or '-v' in sys.argv:
        print('     base:', cs(ra)); print('     new :', cs(rb))
        for p in rb.get('papers',[]): print('       +' if p[0] not in pa else '        ', p[0], p[1][:90])
        for p in ra.get('papers',[]):
            if p[0] not in pb: print('       -', p[0], p[1][:90])
