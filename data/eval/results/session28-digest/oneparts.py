import sys, os, json
sys.path.insert(0, os.getcwd())
from pathlib import Path
from assistant.chains.digest.topic import split_concepts, _atoms_en
from assistant.chains.digest.vocabulary import _builtin
from assistant.lang import has_chinese
for l in open('/tmp/dev28a/topics143.jsonl').readlines()[1:]:
    d = json.loads(l); t = d['topic']
    if has_chinese(t): continue
    cs = split_concepts(t, Path('prompts'))
    if len(cs) == 1 and cs[0].loose:
        atoms = _atoms_en(t, _builtin(), True, {}, {}, {}, [])
        print(d['id'], '|', t, '|', [(a, e.en[0] if e else None) for a, e in (atoms or [])])
