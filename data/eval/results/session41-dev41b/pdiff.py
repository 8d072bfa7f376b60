import json,sys
a={(r['topic'],r['lang']):r for r in json.load(open(sys.argv[1]))}
b={(r['topic'],r['lang']):r for r in json.load(open(sys.argv[2]))}
for k in a:
    if k not in b: continue
    ra,rb=a[k],b[k]
    pa={p[0]:p[1] for p in ra.get('papers',[])}; pb={p[0]:p[1] for p in rb.get('papers',[])}
    ca=json.dumps(ra.get('concepts_full'),ensure_ascii=False); cb=json.dumps(rb.get('concepts_full'),ensure_ascii=False)
    if pa==pb and ca==cb and list(pa)==list(pb):
        print('SAME',k[0],len(pa)); continue
    print('DIFF',k[0],'matching',ra.get('matching'),'->',rb.get('matching'),'listed',len(pa),'->',len(pb))
    if ca!=cb: print('   concepts A',ca[:400]); print('   concepts B',cb[:400])
    for i in pa:
        if i not in pb: print('   -',i,pa[i][:90])
    for i in pb:
        if i not in pa: print('   +',i,pb[i][:90])
