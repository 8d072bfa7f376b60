import json, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
same = diff = 0; oth_a = oth_b = tot = 0
for x, y in zip(a, b):
    for t in x["themes"]:
        tot += len(t["members"])
        if t["name"] == "Other": oth_a += len(t["members"])
    for t in y["themes"]:
        if t["name"] == "Other": oth_b += len(t["members"])
    na = [t["name"] for t in x["themes"]]; nb = [t["name"] for t in y["themes"]]
    if na != nb:
        diff += 1
        print(x["size"], x["topic"][:40], na, "->", nb)
    else: same += 1
print("digests same", same, "diff", diff, "| Other papers", oth_a, "->", oth_b, "of", tot)
