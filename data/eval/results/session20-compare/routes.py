"""Route (and compare names) of every question of a questions file, printed as JSON lines: run from a checkout."""
import json, sys, os
sys.path.insert(0, os.getcwd())
from assistant.chains.router import route
from assistant.chains.compare import split_names
for line in open(sys.argv[1], encoding="utf-8"):
    if '"question"' not in line:
        continue
    d = json.loads(line)
    r = route(d["question"])
    print(json.dumps({"id": d["id"], "kind": d.get("kind"), "route": r,
                      "names": split_names(d["question"]) if r == "compare" else None}, ensure_ascii=False))
