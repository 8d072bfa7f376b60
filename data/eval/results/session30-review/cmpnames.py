"""Theme names of two names.py runs: themes with the same members and another name, and member changes.
python cmpnames.py A.json B.json"""
import json, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
renamed = regroup = same = 0
for x, y in zip(a, b):
    assert (x["id"], x["size"]) == (y["id"], y["size"])
    ta = {tuple(t["members"]): t["name"] for t in x["themes"]}
    tb = {tuple(t["members"]): t["name"] for t in y["themes"]}
    if ta == tb:
        same += 1; continue
    if set(ta) == set(tb):
        renamed += 1
    else:
        regroup += 1
    print(x["id"], x["size"], [t["name"] + f"({len(t['members'])})" for t in x["themes"]], "->",
          [t["name"] + f"({len(t['members'])})" for t in y["themes"]])
print("digests same:", same, "renamed only:", renamed, "members changed:", regroup)
