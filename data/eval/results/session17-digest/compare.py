"""compare two run_all outputs per group (first 20 and fresh groups 1..9)."""
import json
import sys

sys.path.insert(0, ".")
from assistant.eval.digests import summarize_digests
from bench.digest_topics import FIRST, NEW, NEW2, NEW3, NEW4, NEW5, NEW6, NEW7, NEW8

NEW9 = ("llm-roleplay", "pinn", "traj-pred", "fed-learning", "text-embed", "llm-tom")
GROUPS = [("first20", FIRST), ("g1", NEW), ("g2", NEW2), ("g3", NEW3), ("g4", NEW4), ("g5", NEW5), ("g6", NEW6),
          ("g7", NEW7), ("g8", NEW8), ("g9", NEW9)]
a = json.load(open(sys.argv[1]))["items"]; b = json.load(open(sys.argv[2]))["items"]
def row(items, ids):
    return summarize_digests([i for i in items if i["id"] in ids])
def f(x): return "  -  " if x is None else f"{x:.2f}"
print(f"{'group':8} | P@8 a->b (n) | P@20 a->b | R@8 a->b | R@20 a->b")
for name, ids in GROUPS + [("all", sum((g for _, g in GROUPS), ()))]:
    sa, sb = row(a, ids), row(b, ids)
    print(f"{name:8} | {f(sa['8']['precision'])}->{f(sb['8']['precision'])} ({sa['8']['on_topic']}/{sa['8']['papers']}->{sb['8']['on_topic']}/{sb['8']['papers']}) | "
          f"{f(sa['20']['precision'])}->{f(sb['20']['precision'])} ({sa['20']['on_topic']}/{sa['20']['papers']}->{sb['20']['on_topic']}/{sb['20']['papers']}) | "
          f"{f(sa['8']['recall'])}->{f(sb['8']['recall'])} | {f(sa['20']['recall'])}->{f(sb['20']['recall'])}")
A = {(i["id"], i["max_papers"]): i for i in a}; B = {(i["id"], i["max_papers"]): i for i in b}
for k in A:
    if k in B and (A[k]["ids"] != B[k]["ids"] or A[k].get("concepts") != B[k].get("concepts")):
        x, y = A[k], B[k]
        print(f"CHANGED {k}: on {x['on_topic']}/{x['papers']} -> {y['on_topic']}/{y['papers']}; concepts {x.get('concepts')} -> {y.get('concepts')}")
        print("   +", [p for p in y["ids"] if p not in x["ids"]], " off:", [p for p in y["off_topic_ids"] if p not in x["ids"]])
        print("   -", [p for p in x["ids"] if p not in y["ids"]])
