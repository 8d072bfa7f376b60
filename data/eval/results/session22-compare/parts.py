"""parts.py OUT: names, papers and parts_by_paper of every comparison of /tmp/cmp22/run/q-all.jsonl at the checkout
(cwd), no model. STORE: a copy of the eval store."""
import json
import os
import sys

sys.path.insert(0, os.getcwd())
from assistant.chains.compare import parts_by_paper, resolve_papers, split_names  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.wiring import App  # noqa: E402

qs = [json.loads(line) for line in open("/tmp/cmp22/run/q-all.jsonl") if '"question"' in line]
qs = [q for q in qs if q.get("kind") == "compare"]
app = App(settings=Settings(store_dir=os.environ["STORE"], _env_file=None))
out = {}
for q in qs:
    names = split_names(q["question"])
    found = {}
    ids, _ = resolve_papers(names, app.store, app.retriever(), found)
    papers = app.store.get_papers(ids)
    aliases = {n: [k for k, v in found.items() if v == i] for n, i in enumerate(ids, 1)}
    parts = parts_by_paper(q["question"], [papers[i] for i in ids if i in papers], aliases) if len(ids) >= 2 else {}
    out[q["id"]] = {"names": names, "ids": ids, "parts": parts}
json.dump(out, open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
