import json, sys
new={(r['topic']):r for r in json.load(open(sys.argv[2]))}; base={(r['topic']):r for r in json.load(open(sys.argv[1]))}
lab={}
for line in open('/tmp/topics305.jsonl').readlines()[1:]:
    d=json.loads(line); lab[d['topic']]=d
for t in [t for t in new if t in base]:
    a=[p[0] for p in base[t].get('papers') or []]; b=[p[0] for p in new[t].get('papers') or []]
    if a!=b or '-v' in sys.argv:
        print('==',t, len(a),'->',len(b), new[t]['concepts'])
        for p in new[t]['papers']:
            pid=p[0]; mark=''
            if t in lab: mark = 'ON' if pid in lab[t]['relevant'] else ('rej' if pid in lab[t].get('rejected',[]) else '-')
            print('  ', mark, '+' if pid not in a else ' ', pid, p[1][:90])
        for pid in a:
            if pid not in b: print('   dropped', pid)
