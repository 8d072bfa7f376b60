"""Each topic's full reading (every Concept field) at the cwd's code, no store, no model:

    cd CODE && PYTHONPATH=. python PATH/TO/readings.py TOPICS.jsonl OUT.json
"""
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, os.getcwd())
from assistant.chains.digest.topic import split_concepts

out = {}
for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()[1:]:
    t = json.loads(line)
    out[t["id"]] = [json.loads(json.dumps(asdict(c), ensure_ascii=False, default=list)) for c in split_concepts(t["topic"], Path("prompts"))]
Path(sys.argv[2]).write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
