import json, glob, sys, re
ids = set(sys.argv[2:]); word = sys.argv[1]
for f in sorted(glob.glob('/work/shared/corpus/daily-arxiv/dw-dengwei/2026-0[56]-*_AI_enhanced_Chinese.jsonl')):
    for l in open(f):
        d = json.loads(l)
        if d.get('id') in ids:
            ids.discard(d['id'])
            s = d.get('summary', '')
            print('##', d['id'], d['title'])
            print('   ', s[:400].replace('\n', ' '))
            print('    HITS:', [x.strip()[:200] for x in re.split(r'(?<=[.!?])\s', d['title'] + '. ' + s) if re.search(word, x, re.I)][:4])
