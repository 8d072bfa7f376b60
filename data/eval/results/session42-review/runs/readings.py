import sys
sys.path.insert(0, '.')
from assistant.chains.digest.concepts import split_concepts
for ln in open(sys.argv[1], encoding='utf-8'):
    t, lang = ln.rstrip('\n').rsplit('|', 1)
    cs = split_concepts(t, lang)
    print(t, '::', ' · '.join(f"{c.label}{'[H]' if c.head else ''}{'[loose]' if c.loose else ''}{'[req:'+','.join(c.required)+']' if c.required else ''}" for c in cs))
