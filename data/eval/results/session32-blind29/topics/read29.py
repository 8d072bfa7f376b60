"""Print the candidates of one topic of the twenty-ninth group for reading: id, L (lexical) / H<rank> (hybrid),
title and Chinese TL;DR (abstract with -a).

    python data/eval/results/session32-blind29/topics/read29.py TOPIC_ID [-a]
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

key = sys.argv[1]
full = "-a" in sys.argv
only = [a for a in sys.argv[2:] if a != "-a"]
cand = json.loads((HERE / "candidates29.json").read_text(encoding="utf-8"))[key]
papers = mt.load_slice()
lex, hyb = set(cand["lexical"]), cand["hybrid"]
for pid in dict.fromkeys(cand["lexical"] + hyb):
    if only and pid not in only:
        continue
    r = papers[pid]
    tag = ("L" if pid in lex else "-") + (f"H{hyb.index(pid) + 1}" if pid in hyb else "")
    print(f"{pid} {tag} | {r['title']} | {(r.get('AI') or {}).get('tldr', '')}")
    if full:
        print("    ", r.get("summary", ""))
