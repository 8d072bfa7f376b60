"""Gated digests on my invented topics (dev37a's simulate rule): @20 = the base @20 list's papers with P(yes) >= t,
@8 = the first 8 of them; on / borderline / off by my labels. python simulate_invented.py OUT.jsonl"""
import json
import sys

labels = json.load(open("labels-invented.json"))
sel = {i["id"]: i["ids"] for i in json.load(open("sel-invented.json"))["items"]}
p = {(r["topic_id"], r["paper"]): r["p_yes"] for r in (json.loads(x) for x in open(sys.argv[1]) if x.strip())}
for t in (None, 0.5, 0.55, 0.6):
    out = []
    for size in (8, 20):
        n = on = bord = 0
        for tid, ids in sel.items():
            kept = [a for a in ids if t is None or p[(tid, a)] >= t][:size]
            n += len(kept)
            on += sum(labels[tid][a] == "on" for a in kept)
            bord += sum(labels[tid][a] == "bord" for a in kept)
        out.append(f"@{size}: {n} listed, on {on} ({on / n:.2f}), on+bord {(on + bord) / n:.2f}")
    print(f"P(yes) >= {t}:" if t else "ungated:", " | ".join(out))
