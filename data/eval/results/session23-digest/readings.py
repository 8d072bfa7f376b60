"""Each topic's reading (concepts, head, forms, context) at the cwd's code, no store, no model: which topics a change of
the topic reader touches before any selection is run.

    cd CODE && PYTHONPATH=. python PATH/TO/readings.py TOPICS.jsonl OUT.json
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, os.getcwd())

from assistant.chains.digest.topic import split_concepts  # noqa: E402

out = {}
for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()[1:]:
    t = json.loads(line)
    out[t["id"]] = [(c.label, c.head, c.loose, list(c.forms), list(c.context))
                    for c in split_concepts(t["topic"], Path("prompts"))]
Path(sys.argv[2]).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
