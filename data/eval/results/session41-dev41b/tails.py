import json,glob,re,collections
P={}
for f in sorted(glob.glob('/work/shared/corpus/daily-arxiv/dw-dengwei/'+__import__('sys').argv[1]+'_AI_enhanced_Chinese.jsonl')):
    for l in open(f):
        d=json.loads(l); P[d['id']]=d
heads=collections.defaultdict(set); papers=collections.defaultdict(set); free=collections.defaultdict(set)
rx=re.compile(r"(?<![A-Za-z0-9\-])([A-Za-z]{2,})-([A-Za-z]{3,})(?![A-Za-z0-9\-])")
for k,d in P.items():
    txt=d['title']+' '+d.get('summary','')
    for a,b in rx.findall(txt):
        heads[b.lower()].add(a.lower()); papers[b.lower()].add(k)
    for w in re.findall(r"(?<![\-A-Za-z])[A-Za-z]+(?![\-A-Za-z])", txt):
        free[w.lower()].add(k)
rows=sorted(heads, key=lambda b:-len(heads[b]))
for b in rows[:80]:
    print(b, len(heads[b]), 'papers', len(papers[b]), 'free', len(free[b]), sorted(heads[b])[:8])
