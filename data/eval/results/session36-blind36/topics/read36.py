"""Print the proposed candidates of one topic of the thirty-sixth group for reading (title, Chinese TL;DR; --abs for abstracts).

    python data/eval/results/session36-blind36/topics/read36.py TOPIC_ID [--abs ID ...]
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

papers = mt.load_slice()
if sys.argv[1] == "--abs":
    for pid in sys.argv[2:]:
        r = papers[pid]
        print(pid, r["title"], "\n ", r.get("summary", ""), "\n ", (r.get("AI") or {}).get("tldr", ""), "\n")
    sys.exit()
cands = json.loads((HERE / "candidates36.json").read_text(encoding="utf-8"))[sys.argv[1]]
lex, hyb = cands["lexical"], cands["hybrid"]
for pid in dict.fromkeys(lex + hyb):
    r = papers[pid]
    tag = ("L" if pid in lex else "-") + (f"H{hyb.index(pid) + 1}" if pid in hyb else "")
    print(f"{pid} {tag:5s} {r['title'][:110]} | {(r.get('AI') or {}).get('tldr', '')[:60]}")
