"""Would a global relevance cut lift precision? Per listed paper of the 317 judged topics' digests of 20 (feat.py at
793b0f5), its features and label; each rule drops the papers it names: on-topic / off-topic dropped, P@20 and mean
recall@20 after. Usage: python ana.py [feat-793b0f5.json.gz]"""
import gzip, json, sys, collections
d=json.load(gzip.open(sys.argv[1] if len(sys.argv) > 1 else 'feat-793b0f5.json.gz', 'rt'))
rows=[]
for t in d:
    rel=set(t['relevant']); listed=t['listed']
    byid={r['id']:r for r in t.get('rows',[])}
    n=len(t.get('concepts') or [])
    for i,pid in enumerate(listed[:20]):
        r=byid.get(pid)
        if not r: continue
        cv=r['cov'] or {}
        m=cv.get('matched',{})
        rows.append(dict(t=t['id'],pid=pid,on=pid in rel, rank=r['rank'], rel=r['rel'], sim=r['sim'], nconc=n,
            together=cv.get('together'), stated=cv.get('stated'), claimed=cv.get('claimed'),
            title=any(v=='title' for v in m.values()), allt=all(v=='title' for v in m.values()) if m else False,
            abs_only=bool(m) and all(v in ('abstract',) for v in m.values()),
            focus=cv.get('focus') or {}, mentions=cv.get('mentions') or {}, matched=m))
def ev(name, drop):
    dr=[r for r in rows if drop(r)]
    on=sum(r['on'] for r in dr); off=len(dr)-on
    keep=[r for r in rows if not drop(r)]
    P=sum(r['on'] for r in keep)/len(keep)
    ont=collections.Counter(r['t'] for r in keep if r['on'])
    R=sum(min(1.0, ont[t['id']]/min(len(t['relevant']),20)) for t in d if t['relevant'])/sum(1 for t in d if t['relevant'])
    print(f"{name:45} drop {len(dr):4} on {on:3} off {off:3}  P20 {P:.3f} R20 {R:.3f}")
ev('none', lambda r: False)
for th in (0.6,0.65,0.7,0.75,0.8):
    ev(f'rel<{th}', lambda r,th=th: r['rel']<th)
ev('abs_only', lambda r: r['abs_only'])
ev('abs_only & mentions<=1', lambda r: r['abs_only'] and min(r['mentions'].values() or [0])<=1)
ev('abs_only & not together', lambda r: r['abs_only'] and not r['together'])
ev('abs_only & not claimed', lambda r: r['abs_only'] and not r['claimed'])
ev('abs_only & rel<0.8', lambda r: r['abs_only'] and r['rel']<0.8)
ev('no title & rel<0.8', lambda r: not r['title'] and r['rel']<0.8)
ev('min mentions<=1 & not title', lambda r: min(r['mentions'].values() or [0])<=1 and not r['title'])
ev('min mentions<=1 & rel<0.8', lambda r: min(r['mentions'].values() or [0])<=1 and r['rel']<0.8)
