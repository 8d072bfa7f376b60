"""Diff two probe.py outputs: per topic, concepts and papers added / removed (titles + line)."""
import json, sys
a = {(r["topic"], r["lang"]): r for r in json.load(open(sys.argv[1]))}
b = {(r["topic"], r["lang"]): r for r in json.load(open(sys.argv[2]))}
only = sys.argv[3:] if len(sys.argv) > 3 else None
same = 0
for k in b:
    if k not in a:
        continue
    ra, rb = a[k], b[k]
    pa = {p[0]: p for p in ra.get("papers", [])}
    pb = {p[0]: p for p in rb.get("papers", [])}
    ca, cb = json.dumps(ra.get("concepts_full"), ensure_ascii=False), json.dumps(rb.get("concepts_full"), ensure_ascii=False)
    if pa.keys() == pb.keys() and ca == cb:
        same += 1
        continue
    print(f"== {k[0]} ({k[1]}): {len(pa)} -> {len(pb)} papers; matching {ra.get('matching')} -> {rb.get('matching')}")
    if ca != cb:
        print("   concepts A:", ca[:600])
        print("   concepts B:", cb[:600])
    for i in pb:
        if i not in pa:
            print("   +", i, pb[i][1][:90], "|", pb[i][2][:110], pb[i][3])
    for i in pa:
        if i not in pb:
            print("   -", i, pa[i][1][:90], "|", pa[i][2][:110], pa[i][3])
print(f"unchanged: {same} of {len(b)}")
