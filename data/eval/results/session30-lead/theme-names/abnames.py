"""Blind A/B file of theme names that differ between two names.py runs: python abnames.py BASE.json NEW.json OUT.md KEY.json"""
import json, random, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
rng = random.Random(30)
pairs = []
seen = set()
for x, y in zip(a, b):
    assert x["id"] == y["id"] and x["size"] == y["size"]
    bm = {tuple(t["members"]): t["name"] for t in y["themes"]}
    for t in x["themes"]:
        key = tuple(t["members"])
        if t["name"] in ("Other", "其他") or key not in bm or bm[key] == t["name"] or (x["id"], key) in seen:
            continue
        seen.add((x["id"], key))
        pairs.append({"id": x["id"], "topic": x["topic"], "lang": x["lang"], "members": list(key), "base": t["name"], "new": bm[key]})
rng.shuffle(pairs)
lines, keys = [], []
for i, p in enumerate(pairs, 1):
    flip = rng.random() < 0.5
    A, B = (p["new"], p["base"]) if flip else (p["base"], p["new"])
    keys.append({"n": i, "A": "new" if flip else "base", **p})
    lines.append(f"## {i}. topic: {p['topic']} ({p['lang']})\nmembers:\n" + "\n".join(f"- {m}" for m in p["members"]) + f"\n\nA: {A}\nB: {B}\n")
open(sys.argv[3], "w").write("\n".join(lines)); json.dump(keys, open(sys.argv[4], "w"), ensure_ascii=False, indent=1)
print(len(pairs), "pairs with the same members and different names")
