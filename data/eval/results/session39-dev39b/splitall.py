import json, sys
from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS
out = {}
for l in list(open('/tmp/topics269.jsonl'))[1:]:
    d = json.loads(l)
    out[d['id']] = repr(split_concepts(d['topic'], PROMPTS))
json.dump(out, open(sys.argv[1], 'w'), ensure_ascii=False, indent=0)
