"""Blind digest-level A/B of theme sections that differ between two names.py runs."""
import json, random, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
rng = random.Random(31)
items = []
for x, y in zip(a, b):
    if [t["name"] for t in x["themes"]] == [t["name"] for t in y["themes"]] and \
       [t["members"] for t in x["themes"]] == [t["members"] for t in y["themes"]]:
        continue
    items.append((x, y))
rng.shuffle(items)
def section(d):
    return "\n".join(f"  * {t['name']} ({len(t['members'])})\n" + "\n".join(f"    - {m}" for m in t["members"]) for t in d["themes"])
lines, keys = [], []
for i, (x, y) in enumerate(items, 1):
    flip = rng.random() < 0.5
    A, B = (y, x) if flip else (x, y)
    keys.append({"n": i, "A": "new" if flip else "base", "id": x["id"], "size": x["size"]})
    lines.append(f"## {i}. topic: {x['topic']} ({x['lang']}), {sum(len(t['members']) for t in x['themes'])} papers\n\nA:\n{section(A)}\n\nB:\n{section(B)}\n")
open(sys.argv[3], "w").write("\n".join(lines)); json.dump(keys, open(sys.argv[4], "w"), indent=1)
print(len(items), "digests")
