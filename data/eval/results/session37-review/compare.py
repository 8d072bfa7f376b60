"""Compare two probe.py outputs topic by topic: concepts (labels + learned), matching, listed papers (+ new, - gone).
python compare.py A.json B.json [--all]"""
import json
import sys

a = {r["topic"]: r for r in json.load(open(sys.argv[1]))}
b = {r["topic"]: r for r in json.load(open(sys.argv[2]))}
show_all = "--all" in sys.argv


def cons(r):
    return " · ".join(c["label"] + ("{" + ",".join(c.get("learned", [])[:3]) + "}" if c.get("learned") else "")
                      for c in r.get("concepts_full", []))


for t, rb in b.items():
    ra = a.get(t, {})
    pa = {p[0]: p for p in ra.get("papers", [])}
    pb = {p[0]: p for p in rb.get("papers", [])}
    same = list(pa) == list(pb) and cons(ra) == cons(rb)
    if same and not show_all:
        continue
    print(f"== {t}: matching {ra.get('matching')} -> {rb.get('matching')}  sec {ra.get('seconds')} -> {rb.get('seconds')}"
          + ("  ERR" if rb.get("error") else ""))
    print("   A:", cons(ra))
    print("   B:", cons(rb))
    for i, p in pb.items():
        print("   ", "=" if i in pa else "+", i, p[1][:95], "|", json.dumps(p[3], ensure_ascii=False)[:80])
    for i, p in pa.items():
        if i not in pb:
            print("    -", i, p[1][:95])
