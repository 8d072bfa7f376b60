import json, sys
a = {r["topic"]: r for r in json.load(open(sys.argv[1]))}
b = {r["topic"]: r for r in json.load(open(sys.argv[2]))}
for t in a:
    ra, rb = a[t], b[t]
    pa = [p[0] for p in ra.get("papers", [])]; pb = [p[0] for p in rb.get("papers", [])]
    ca = [c["label"] for c in ra.get("concepts_full", [])]; cb = [c["label"] for c in rb.get("concepts_full", [])]
    same = pa == pb and ra.get("notes") == rb.get("notes")
    print(f"== {t}: {len(pa)} -> {len(pb)} {'same' if same else 'CHANGED'}; concepts {ca} -> {cb}")
    if not same or "-v" in sys.argv:
        titles = {p[0]: p[1] for p in ra.get("papers", []) + rb.get("papers", [])}
        for i in dict.fromkeys(pb + pa):
            mark = " " if i in pa and i in pb else ("+" if i in pb else "-")
            print(f"    {mark} {i} {titles[i][:95]}")
