"""dev36a: compare two captures (`capture.py`) at sizes 8 and 20 against the labels: totals and every changed digest
with its dropped / added papers (+ judged on topic, - rejected, ? unlabelled).
cd CODE && PYTHONPATH=. python cmpcap.py A.pkl B.pkl TOPICS.jsonl"""
import json
import os
import pickle
import re
import sys

sys.path.insert(0, os.getcwd())
from assistant.eval.digests import score_selection  # noqa: E402


def ids(rec, size):
    seen, out = set(), []
    for p, r, c in rec["out"]:
        k = re.sub(r"\W+", " ", p.title.lower()).strip()
        if k in seen or p.arxiv_id in seen:
            continue
        seen.update({k, p.arxiv_id})
        out.append(p.arxiv_id)
        if len(out) >= size:
            break
    return out


a, b = (pickle.load(open(x, "rb")) for x in sys.argv[1:3])
labels = {r["id"]: r for n, ln in enumerate(open(sys.argv[3], encoding="utf-8")) if n and ln.strip()
          for r in [json.loads(ln)]}
for size in (8, 20):
    for name, cap in (("A", a), ("B", b)):
        on = n = empty = 0
        recs = []
        for tid, rec in cap.items():
            lab = labels.get(tid, {"relevant": []})
            s = score_selection(ids(rec, size), lab["relevant"], size)
            on += s["on_topic"]
            n += s["papers"]
            empty += s["papers"] == 0
            if s["recall"] is not None:
                recs.append(s["recall"])
        print(f"@{size} {name} P={on}/{n}={on / max(n, 1):.4f} empty={empty} recall={sum(recs) / max(len(recs), 1):.4f}")
for tid in a:
    lab = labels.get(tid, {"relevant": [], "rejected": []})
    rel, rej = set(lab["relevant"]), set(lab.get("rejected", []))
    tag = lambda i: i + ("+" if i in rel else "-" if i in rej else "?")  # noqa: E731
    for size in (8, 20):
        x, y = ids(a[tid], size), ids(b[tid], size)
        if x != y:
            sx, sy = score_selection(x, list(rel), size), score_selection(y, list(rel), size)
            print(f"  {tid} @{size} {sx['on_topic']}/{sx['papers']} -> {sy['on_topic']}/{sy['papers']} dropped",
                  " ".join(tag(i) for i in x if i not in y), "added", " ".join(tag(i) for i in y if i not in x),
                  "|", a[tid]["topic"])
