"""dev36a: every off-topic paper listed @20 at the captured commit, with how each concept matched it (form: one of the
concept's own forms; learned; glossed; alt: an alternative; semantic / dense) and whether it meets the narrow pieces.
cd CODE && PYTHONPATH=. python offtopic.py CAP.pkl TOPICS.jsonl"""
import json
import os
import pickle
import sys
from dataclasses import replace

sys.path.insert(0, os.getcwd())
from assistant.chains.digest.lexical import PaperText, lexical_field  # noqa: E402
from assistant.chains.digest import narrow as nw  # noqa: E402


def how(c, t, cov):
    m = cov.matched.get(c.label) if cov else None
    if m in ("semantic", "dense"):
        return m
    bare = replace(c, learned=(), glossed=(), alternatives=(), context=())
    if lexical_field(bare, t) is not None:
        return "form"
    if c.learned and lexical_field(replace(bare, forms=(), learned=c.learned, loose=False), t) is not None:
        return "learned"
    if c.glossed:
        return "glossed"
    if c.alternatives:
        return "alt"
    return "other:" + str(m)


cap = pickle.load(open(sys.argv[1], "rb"))
labels = {r["id"]: r for n, ln in enumerate(open(sys.argv[2], encoding="utf-8")) if n and ln.strip()
          for r in [json.loads(ln)]}
kinds = {}
for tid, rec in cap.items():
    rel = set(labels[tid]["relevant"]) if tid in labels else set()
    rej = set(labels[tid].get("rejected", [])) if tid in labels else set()
    byid = {p.arxiv_id: (p, cv) for p, r, cv in rec["out"]}
    for pid in rec["listed"]:
        p, cv = byid[pid]
        t = PaperText.of(p)
        hows = [how(c, t, cv) for c in rec["concepts"]]
        nar = all(nw.meets_narrow_pieces(c, t) for c in rec["concepts"])
        on = pid in rel
        key = ("on" if on else "off", tuple(sorted(set(h for h in hows if h != "form"))) or ("form",))
        kinds[key] = kinds.get(key, 0) + 1
        if not on:
            print(tid, pid, "rej" if pid in rej else "unl", hows, "narrow-ok" if nar else "NARROW-FAIL", "|",
                  p.title[:80])
print()
for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
    print(k, v)
