"""repr of split_concepts for every topic of the given files (topics.jsonl lines or one topic per line)."""
import json, sys
from pathlib import Path
from assistant.chains.digest.topic import split_concepts
out = {}
for f in sys.argv[2:]:
    for line in open(f, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            d = json.loads(line); t = d.get("topic")
        except ValueError:
            t = line.split("|")[0].strip()
        if not t:
            continue
        out[t] = repr(split_concepts(t, Path("prompts")))
json.dump(out, open(sys.argv[1], "w"), ensure_ascii=False)
print(len(out))
