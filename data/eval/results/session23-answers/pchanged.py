"""pchanged.py A B: ids of questions whose prompts differ between replays A and B (prompt logs in $W, default
/tmp/lead23)."""
import json
import os
import sys

W = os.environ.get("W", "/tmp/lead23")
qs = [json.loads(line) for line in open(f"{W}/q-all.jsonl") if '"question"' in line]


def load(tag):
    return [json.loads(line)[-1]["content"] for line in open(f"{W}/prompts-{tag}.jsonl")]


a, b = load(sys.argv[1]), load(sys.argv[2])
diff = (set(a) - set(b)) | (set(b) - set(a))
ids = []
for q in qs:
    texts = [q["question"]] + [t["question"] if isinstance(t, dict) else t for t in q.get("turns", [])]
    if any(any(t in p for t in texts if t) for p in diff):
        ids.append(q["id"])
print(len(ids), " ".join(ids))
