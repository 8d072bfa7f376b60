import json, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
key = lambda t: (t["id"], t["max_papers"])
A = {key(t): t for t in a["items"]}
for t in b["items"]:
    s = A[key(t)]
    if s["ids"] != t["ids"] or s["concepts"] != t["concepts"] or s["matching"] != t["matching"]:
        print(f"{t['id']} {t['topic']} @{t['max_papers']}: {s['concepts']} m={s['matching']} n={len(s['ids'])} -> {t['concepts']} m={t['matching']} n={len(t['ids'])}")
        add = [i for i in t["ids"] if i not in s["ids"]]; drop = [i for i in s["ids"] if i not in t["ids"]]
        if add or drop: print("   +", add, " -", drop)
    elif len(sys.argv) > 3:
        print(f"same {t['id']} {t['topic']} @{t['max_papers']}: {t['concepts']} m={t['matching']} n={len(t['ids'])}")
