import json, sys
F = json.load(open(sys.argv[1]))
def evaluate(key, show=False):
    res = {}
    for n in (8, 20):
        on = listed = 0; rec = []
        for tid, v in F.items():
            rows = sorted(v["rows"], key=key)[:n]
            o = sum(r["label"] == "on" for r in rows)
            on += o; listed += len(rows)
            rec.append(o / min(n, v["n"]) if v["n"] else 0)
        res[n] = (on, listed, round(on / listed, 4), round(sum(rec) / len(rec), 4))
    return res
base = lambda r: -r["rel"]
print("base", evaluate(base))

def rt(r):
    return (r["rel"] - 0.5 * r["strength"] - 0.2 * r["together"]) / 0.3
def ment(r, cap=3):
    m = r["mentions"]; labs = list(r["matched"])
    return sum(min(m.get(l, 0), cap) / cap for l in labs) / len(labs)
def foc(r):
    labs = list(r["matched"]); return sum(bool(r["focus"].get(l)) for l in labs) / len(labs)
import itertools
cands = {
 "ment.1": lambda r: -(r["rel"] + 0.1 * ment(r)),
 "ment.2": lambda r: -(r["rel"] + 0.2 * ment(r)),
 "ment.3": lambda r: -(r["rel"] + 0.3 * ment(r)),
 "ment5.2": lambda r: -(r["rel"] + 0.2 * ment(r, 5)),
 "foc.1": lambda r: -(r["rel"] + 0.1 * foc(r)),
 "foc.2": lambda r: -(r["rel"] + 0.2 * foc(r)),
 "sim": lambda r: -(0.5 * r["strength"] + 0.2 * r["together"] + 0.3 * r["sim"] / 0.6),
 "claim.1": lambda r: -(r["rel"] + 0.1 * r["claimed"]),
 "stated.1": lambda r: -(r["rel"] + 0.1 * r["stated"]),
 "mf": lambda r: -(r["rel"] + 0.1 * ment(r) + 0.1 * foc(r)),
}
for name, key in cands.items():
    print(name, evaluate(key))
