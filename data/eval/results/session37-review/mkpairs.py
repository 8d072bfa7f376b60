"""My judged invented-topic @20 listings as judge_dev37a.py input (a copy of dev37a's judge.py at 05:30):
sel-invented.json (items: id, max_papers 20, ids) and topics-invented.jsonl (header + id, topic, language,
relevant = my 'on' papers; borderline papers are judged too and told apart afterwards by label)."""
import json
import subprocess
import sys

TOPICS = sys.argv[1:]
out = subprocess.run([sys.executable, "score.py", "r1s20-base.json", "r2s20-base.json", "r3s20-base.json"],
                     capture_output=True, text=True).stdout  # (only to be sure every listing is judged)
assert "UNJUDGED" not in out, out
import score_labels  # noqa: E402
items, rows = [], ["{}"]
labels = {}
for f in ("r1s20-base.json", "r2s20-base.json", "r3s20-base.json"):
    for r in json.load(open(f)):
        if r["topic"] not in TOPICS:
            continue
        tid = f"inv-{len(items)}"
        ids = [p[0] for p in r["papers"]]
        items.append({"id": tid, "max_papers": 20, "ids": ids})
        lab = {a: score_labels.label[(r["topic"], a)] for a in ids}
        labels[tid] = lab
        rows.append(json.dumps({"id": tid, "topic": r["topic"], "language": r["lang"],
                                "relevant": [a for a in ids if lab[a] == "on"]}, ensure_ascii=False))
json.dump({"items": items}, open("sel-invented.json", "w"), ensure_ascii=False)
open("topics-invented.jsonl", "w").write("\n".join(rows) + "\n")
json.dump(labels, open("labels-invented.json", "w"), ensure_ascii=False, indent=0)
print(len(items), "topics", sum(len(i["ids"]) for i in items), "pairs")
