"""Score probe outputs against my judgments: judgments-*.txt ('topic | on ranks | borderline ranks', ranks in the
base @20 listing named by the file's '# base:' line) plus judged-ids.tsv (topic<TAB>id<TAB>on|bord|off, for papers base did not list).
python score.py OUT.json [OUT2.json ...]  -> per topic: listed, on, borderline, off, unjudged (ids to read)"""
import glob
import json
import sys

label = {}
for jf in sorted(glob.glob("judgments-*.txt")):
    base = {}
    for ln in open(jf, encoding="utf-8"):
        if ln.startswith("# base:"):
            base = {r["topic"]: [p[0] for p in r.get("papers", [])] for r in json.load(open(ln.split(":")[1].strip()))}
        if ln.startswith("#") or "|" not in ln:
            continue
        t, on, bord = (x.strip() for x in ln.split("|"))
        for k, aid in enumerate(base[t], 1):
            label[(t, aid)] = "on" if str(k) in on.split() else "bord" if str(k) in bord.split() else "off"
try:
    for ln in open("judged-ids.tsv", encoding="utf-8"):
        if ln.strip() and not ln.startswith("#"):
            t, aid, lab = ln.rstrip("\n").split("\t")[:3]
            label[(t, aid)] = lab
except FileNotFoundError:
    pass
for path in sys.argv[1:]:
    tot = {"n": 0, "on": 0, "bord": 0, "off": 0, "?": 0}
    print("#", path)
    for r in json.load(open(path)):
        t = r["topic"]
        ids = [p[0] for p in r.get("papers", [])]
        c = {"on": 0, "bord": 0, "off": 0, "?": 0}
        unk = []
        for aid in ids:
            lab = label.get((t, aid), "?")
            c[lab] += 1
            if lab == "?":
                unk.append(aid)
        for k in c:
            tot[k] += c[k]
        tot["n"] += len(ids)
        print(f"  {t}: {len(ids)} listed, on {c['on']}, bord {c['bord']}, off {c['off']}"
              + (f", UNJUDGED {unk}" if unk else ""))
    print(f"  TOTAL {tot}; precision (on / listed) {tot['on'] / max(1, tot['n']):.2f}, "
          f"(on+bord) {(tot['on'] + tot['bord']) / max(1, tot['n']):.2f}")
