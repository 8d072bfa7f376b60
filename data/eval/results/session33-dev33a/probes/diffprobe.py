import json, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
B = {x["topic"]: x for x in b}
same = 0
for x in a:
    y = B.get(x["topic"])
    if y is None: continue
    pa = [p[0] for p in x.get("papers", [])]; pb = [p[0] for p in y.get("papers", [])]
    if pa == pb and x.get("concepts") == y.get("concepts"):
        same += 1
        continue
    print("==", x["topic"], x.get("concepts"), x.get("matching"), "->", y.get("concepts"), y.get("matching"),
          "| learned:", [c.get("learned") for c in y.get("concepts_full", []) if c.get("learned")])
    for p in y.get("papers", []):
        print("    ", "+" if p[0] not in pa else " ", p[0], p[1][:85])
    for p in x.get("papers", []):
        if p[0] not in pb: print("     -", p[0], p[1][:85])
print("unchanged:", same, "of", len(a))
