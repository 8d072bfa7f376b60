"""False positives and misses of a digest_selection.py run of the twenty-fourth group, one line each, for the README.

    python lists24.py RUN.json
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

papers = mt.load_slice()
labels = {d["id"]: d for d in (json.loads(x) for x in (HERE / "topics24.jsonl").read_text(encoding="utf-8").splitlines()
                                 if '"id"' in x)}
items = {(i["id"], i["max_papers"]): i for i in json.load(open(sys.argv[1], encoding="utf-8"))["items"]}
print("false positives:")
for key, lab in labels.items():
    for n in (8, 20):
        off = items[(key, n)]["off_topic_ids"]
        if off:
            tags = ", ".join(f"{papers[i]['title'][:60]} ({i}, {'rejected' if i in lab['rejected'] else 'unlabelled'})"
                             for i in off)
            print(f"- {lab['topic']} @{n}: {tags}")
print("misses:")
for key, lab in labels.items():
    for n in (8, 20):
        it = items[(key, n)]
        miss = [r for r in lab["relevant"] if r not in it["ids"]]
        print(f"- {lab['topic']} @{n}, {len(miss)} of {len(lab['relevant'])}: " + ", ".join(miss))
