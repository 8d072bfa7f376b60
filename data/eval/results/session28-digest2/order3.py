import json, sys
F = json.load(open(sys.argv[1]))
def mmin(r, cap):
    return min(min(r["mentions"].get(l, 0), cap) for l in r["matched"]) / cap
def per_topic(key, n):
    return {t: sum(r["label"] == "on" for r in sorted(v["rows"], key=key)[:n]) for t, v in F.items()}
for cap, w in ((2, 0.1), (4, 0.15), (3, 0.1)):
    for n in (8, 20):
        a = per_topic(lambda r: -r["rel"], n); b = per_topic(lambda r: -(r["rel"] + w * mmin(r, cap)), n)
        print(cap, w, n, {t: (a[t], b[t]) for t in a if a[t] != b[t]})
