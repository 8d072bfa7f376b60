import json, sys
a = {(i['id'], i['max_papers']): i for i in json.load(open(sys.argv[1]))['items']}
b = {(i['id'], i['max_papers']): i for i in json.load(open(sys.argv[2]))['items']}
T = {json.loads(t)['id']: (n, json.loads(t)) for n, t in enumerate(open('/tmp/topics293.jsonl'), 1) if n > 1}
lo = int(sys.argv[3]) if len(sys.argv) > 3 else 0
for k in a:
    x, y = a[k], b[k]
    n, t = T[k[0]]
    if n < lo: continue
    if x['ids'] != y['ids']:
        rel = set(t['relevant'])
        out = [(i, 'on' if i in rel else 'off') for i in x['ids'] if i not in y['ids']]
        inn = [(i, 'on' if i in rel else 'off') for i in y['ids'] if i not in x['ids']]
        print(n, k, x['on_topic'], '/', len(x['ids']), '->', y['on_topic'], '/', len(y['ids']), 'out', out, 'in', inn)
