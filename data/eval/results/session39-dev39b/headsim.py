import sys, json
from dataclasses import replace
sys.path.insert(0, '/tmp/d39b')
from papers import P
from tests.chains.digest_cases import cover, on_topic, paper
T = {json.loads(l)['id']: json.loads(l) for l in list(open('/tmp/topics269.jsonl'))[1:]}
ids = list(P)
papers = [paper(i, *P[i][:2], P[i][2]) for i in ids]
for tid in sys.argv[2:]:
    t = T[tid]; rel = set(t['relevant'])
    concepts, covs = cover(t['topic'], *papers)
    for n in (2, 3):
        add = []
        for i, cv in zip(ids, covs):
            if cv.complete and cv.head and not cv.focus.get(cv.head) and cv.mentions.get(cv.head, 0) >= n:
                cv2 = replace(cv, focus={**cv.focus, cv.head: True})
                if on_topic(concepts, cv2): add.append(i)
        print(tid, f'mentions>={n}', 'on', [i for i in add if i in rel], 'off', len([i for i in add if i not in rel]), [(i, P[i][0][:50]) for i in add if i not in rel][:6])
