"""The label table of score.py (my judgments), importable."""
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
