"""Print the candidates of one topic for reading: id, L (lexical) / H<rank> (hybrid), title, TL;DR, abstract opening.

    python show24.py TOPIC_ID [ABSTRACT_CHARS]
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

key = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 0
papers = mt.load_slice()
cands = json.loads((HERE / "candidates24.json").read_text(encoding="utf-8"))[key]
lex, hyb = cands["lexical"], cands["hybrid"]
for pid in dict.fromkeys(lex + hyb):
    r = papers[pid]
    tag = ("L" if pid in lex else "-") + (f"H{hyb.index(pid) + 1}" if pid in hyb else "")
    print(f"{pid} [{tag}] {r['title']}\n    {(r.get('AI') or {}).get('tldr', '')}")
    if n:
        print("    ABS:", r["summary"][:n].replace("\n", " "))
