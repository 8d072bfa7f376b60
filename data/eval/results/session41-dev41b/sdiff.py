import json,sys,glob
P={}
for f in sorted(glob.glob('/work/shared/corpus/daily-arxiv/dw-dengwei/2026-06-*_AI_enhanced_Chinese.jsonl'))[:10]:
    for l in open(f):
        d=json.loads(l); P[d['id']]=d['title']
T={};line={}
for n,l in enumerate(open('/tmp/topics293.jsonl'),1):
    if n==1: continue
    d=json.loads(l); T[d['id']]=d; line[d['id']]=n
def part(n): return 'studied' if n<247 else ('blind38-43' if n<=282 else 'blind44-45')
a={(x['id'],x['max_papers']):x for x in json.load(open(sys.argv[1]))['items']}
b={(x['id'],x['max_papers']):x for x in json.load(open(sys.argv[2]))['items']}
def lab(t,p):
    return 'ON ' if p in T[t]['relevant'] else ('off' if p in T[t].get('rejected',[]) else 'unl')
ndiff=0
for k,x in a.items():
    y=b[k]
    if x['ids']==y['ids'] and x.get('concepts')==y.get('concepts'): continue
    ndiff+=1
    t=k[0]
    print(f"{part(line[t])} line {line[t]} {T[t]['topic']} @{k[1]}: on {x['on_topic']}/{x['papers']} -> {y['on_topic']}/{y['papers']}; concepts {x.get('concepts')} -> {y.get('concepts')}")
    for p in x['ids']:
        if p not in y['ids']: print('   -',lab(t,p),p,P.get(p,'')[:90])
    for p in y['ids']:
        if p not in x['ids']: print('   +',lab(t,p),p,P.get(p,'')[:90])
print('digests differing (ids or concepts):',ndiff,'of',len(a))
