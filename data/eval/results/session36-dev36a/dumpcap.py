"""dev36a: the invented topics' digests before and after as text: per topic the concepts (after learning, at the after
commit), how many candidates match, and the papers listed at size 20 (id, title), '-' for a paper only before, '+' only
after. cd CODE && PYTHONPATH=. python dumpcap.py BEFORE.pkl AFTER.pkl"""
import os
import pickle
import re
import sys

sys.path.insert(0, os.getcwd())


def ids(rec, size):
    seen, out = set(), []
    for p, r, c in rec["out"]:
        k = re.sub(r"\W+", " ", p.title.lower()).strip()
        if k in seen or p.arxiv_id in seen:
            continue
        seen.update({k, p.arxiv_id})
        out.append((p.arxiv_id, p.title))
        if len(out) >= size:
            break
    return out


a, b = (pickle.load(open(x, "rb")) for x in sys.argv[1:3])
changed = 0
for tid in a:
    x, y = ids(a[tid], 20), ids(b[tid], 20)
    mark = "" if x == y else "  [CHANGED]"
    changed += x != y
    print(f"## {a[tid]['topic']} ({a[tid]['lang']}): matching {len(a[tid]['out'])} -> {len(b[tid]['out'])}{mark}")
    print("   concepts:", " | ".join(f"{c.label} (learned {', '.join(c.learned[:3]) or '-'})" for c in b[tid]["concepts"]))
    yi = {i for i, _ in y}
    xi = {i for i, _ in x}
    for i, t in x:
        print(f"   {' ' if i in yi else '-'} {i} {t[:110]}")
    for i, t in y:
        if i not in xi:
            print(f"   + {i} {t[:110]}")
print(f"\n{changed} of {len(a)} digests (size 20) changed")
