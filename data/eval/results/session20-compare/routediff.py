import json, sys
a = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1])}
b = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[2])}
for k in a:
    if a[k]["route"] != b[k]["route"] or a[k]["names"] != b[k]["names"]:
        print(f"{k} ({a[k]['kind']}): {a[k]['route']} {a[k]['names']} -> {b[k]['route']} {b[k]['names']}")
print(sum(1 for k in a if a[k]["route"] == "compare"), "->", sum(1 for k in b if b[k]["route"] == "compare"), "compare routes")
