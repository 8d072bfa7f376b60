import sys, os
sys.path.insert(0, os.getcwd())
from assistant.chains.digest.topic import split_concepts
from pathlib import Path
for t in sys.argv[1:]:
    cs = split_concepts(t, Path("prompts"))
    print("==", t)
    for c in cs:
        print("  ", repr(c.label), "head" if c.head else "", "loose" if c.loose else "", "setting" if c.setting else "", "coord" if c.coordinated else "", "forms", c.forms[:12], "ctx", c.context[:4], "req", c.required, "drop", c.droppable, "merged", c.merged, "alts", [a.label for a in c.alternatives])
