"""dev36a: for captured topics (no labels), the papers listed @8/@20 with and without the narrow-piece rule, marking
the dropped ones, with how each concept matched. cd CODE && PYTHONPATH=. python replay_show.py CAP.pkl [--all]"""
import os
import pickle
import sys

sys.path.insert(0, os.getcwd())
from assistant.chains.digest.lexical import PaperText  # noqa: E402
from assistant.chains.digest import narrow as nw  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
cap = pickle.load(open(sys.argv[1], "rb"))
show_all = "--all" in sys.argv
for tid, rec in cap.items():
    cs = rec["concepts"]
    print(f"== {tid} {rec['topic']} | " + " ; ".join(
        f"{c.label} narrow={nw.narrow_pieces(c)} learned={c.learned[:3]}" for c in cs), "| out", len(rec["out"]))
    for n, (p, r, cv) in enumerate(rec["out"][:20]):
        t = PaperText.of(p)
        ok = all(nw.meets_narrow_pieces(c, t, cv.matched.get(c.label) if cv else None) for c in cs)
        if show_all or not ok:
            print(f"   {'  ' if ok else 'X '}{n:2d} {p.arxiv_id} {cv.matched if cv else ''} | {p.title[:90]}")
