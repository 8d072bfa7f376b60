import json, sys
F = json.load(open(sys.argv[1]))
ids = list(F)
halves = {"odd": ids[0::2], "even": ids[1::2]}
def mmin(r, cap): return min(min(r["mentions"].get(l, 0), cap) for l in r["matched"]) / cap
def on_at(key, n, keep):
    return sum(sum(r["label"] == "on" for r in sorted(F[t]["rows"], key=key)[:n]) for t in keep)
for name, keep in halves.items():
    base = (on_at(lambda r: -r["rel"], 8, keep), on_at(lambda r: -r["rel"], 20, keep))
    out = []
    for cap in (2, 3, 4):
        for w in (0.05, 0.1, 0.15, 0.2, 0.3):
            k = lambda r: -(r["rel"] + w * mmin(r, cap))
            out.append(f"{cap}/{w}:{on_at(k, 8, keep) - base[0]:+d}/{on_at(k, 20, keep) - base[1]:+d}")
    print(name, len(keep), base, " ".join(out))
