"""How many listed papers sit under 'Other / 其他' (and how many named themes there are) in the lead's theme-name
runs of the 161 topics x sizes 8/20 (session30-lead/theme-names): 191b4e7 vs 6da7f37."""
import json
from collections import Counter
D = "../session30-lead/theme-names/"
for f in ("names-191b4e7.json", "names-final.json"):
    runs = json.load(open(D + f))
    c = Counter()
    for r in runs:
        for t in r["themes"]:
            k = "other" if t["named_by"] == "other" else "named"
            c[k + "_papers"] += len(t["members"])
            c[k + "_themes"] += 1
        c["digests"] += 1
        c["unthemed_digests"] += not any(t["named_by"] != "other" for t in r["themes"])
    tot = c["other_papers"] + c["named_papers"]
    print(f, dict(c), f"other share {c['other_papers'] / tot:.3f}")
# per digest: same listed set, membership changes
a = {(r["id"], r["size"]): r for r in json.load(open(D + "names-191b4e7.json"))}
b = {(r["id"], r["size"]): r for r in json.load(open(D + "names-final.json"))}
more = fewer = same = 0
for k in a:
    oa = sum(len(t["members"]) for t in a[k]["themes"] if t["named_by"] == "other")
    ob = sum(len(t["members"]) for t in b[k]["themes"] if t["named_by"] == "other")
    more += ob > oa; fewer += ob < oa; same += ob == oa
print("digests with more papers under Other:", more, "fewer:", fewer, "same:", same)
