import json, sys
exec(open("order.py").read().split("base = lambda")[0])
def rt(r): return (r["rel"] - 0.5 * r["strength"] - 0.2 * r["together"]) / 0.3
def mmin(r, cap):
    return min(min(r["mentions"].get(l, 0), cap) for l in r["matched"]) / cap
def mavg(r, cap):
    return sum(min(r["mentions"].get(l, 0), cap) for l in r["matched"]) / cap / len(r["matched"])
print("base", evaluate(lambda r: -r["rel"]))
for cap in (2, 3, 4):
    for w in (0.05, 0.1, 0.15, 0.2, 0.3):
        print("min", cap, w, evaluate(lambda r: -(r["rel"] + w * mmin(r, cap))), " avg", evaluate(lambda r: -(r["rel"] + w * mavg(r, cap))))
