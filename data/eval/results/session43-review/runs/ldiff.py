"""Diff probe outputs given as .json or .log (the log's == / paper lines)."""
import json, re, sys
def load(p):
    if p.endswith(".json"):
        return {r["topic"]: ([json.dumps(c, ensure_ascii=False)[:390] for c in r.get("concepts_full") or []], [(x[0], x[1]) for x in r.get("papers", [])], r.get("matching")) for r in json.load(open(p))}
    out = {}; cur = None
    for ln in open(p, encoding="utf-8"):
        m = re.match(r"== (.*) \((en|zh)\) [\d.]+s concepts=(.*) matching=(\d+)", ln)
        if m:
            cur = m.group(1); out[cur] = ([], [], int(m.group(4))); continue
        m = re.match(r"   C (.*)", ln)
        if m and cur: out[cur][0].append(m.group(1)[:390]); continue
        m = re.match(r"     (\d{4}\.\d{5}) (.*)", ln)
        if m and cur: out[cur][1].append((m.group(1), m.group(2)))
    return out
a, b = load(sys.argv[1]), load(sys.argv[2])
same = 0
for t in b:
    if t not in a: continue
    pa, pb = dict(a[t][1]), dict(b[t][1])
    if list(pa) == list(pb) and str(a[t][0]) == str(b[t][0]): same += 1; continue
    print(f"== {t}: {len(pa)} -> {len(pb)} listed; matching {a[t][2]} -> {b[t][2]}")
    if str(a[t][0]) != str(b[t][0]):
        print("   A:", str(a[t][0])[:300]); print("   B:", str(b[t][0])[:300])
    for i in pb:
        if i not in pa: print("   +", i, pb[i][:100])
    for i in pa:
        if i not in pb: print("   -", i, pa[i][:100])
print(f"unchanged {same} of {len([t for t in b if t in a])}")
