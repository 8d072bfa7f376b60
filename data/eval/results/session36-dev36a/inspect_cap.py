"""dev36a: print a captured topic's concepts and, for given papers, how each concept matched.
cd CODE && PYTHONPATH=. python inspect_cap.py CAP.pkl TOPIC_ID [PAPER_ID ...]"""
import os
import pickle
import sys

sys.path.insert(0, os.getcwd())
from assistant.chains.digest.lexical import PaperText, naming_rows  # noqa: E402

cap = pickle.load(open(sys.argv[1], "rb"))
rec = cap[sys.argv[2]]
print(rec["topic"], rec["lang"], "listed@20:", rec["listed"])
for c in rec["concepts"]:
    print(" C", repr(c.label), "forms", c.forms[:6], "learned", c.learned, "glossed", [sorted(g)[:5] for g in c.glossed],
          "loose" if c.loose else "", "head" if c.head else "", "ctx", c.context[:4], "drop", c.droppable,
          "alts", [(a.label, a.forms[:3], a.learned, a.loose) for a in c.alternatives])
for pid in sys.argv[3:]:
    hit = [(p, r, cv) for p, r, cv in rec["out"] if p.arxiv_id == pid]
    if not hit:
        print(pid, "not in out")
        continue
    p, r, cv = hit[0]
    t = PaperText.of(p)
    print("==", pid, p.title[:100], "rel", r, "matched", cv.matched if cv else None, "mentions", cv.mentions if cv else None)
    for c in rec["concepts"]:
        rows = sorted(naming_rows(c, t))
        for i in rows[:3]:
            print("   ", c.label, "|", t.sentences[i][0], "|", t.sentences[i][1][:220])
