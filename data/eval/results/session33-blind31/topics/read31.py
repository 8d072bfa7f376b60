"""Print the candidates of one topic (title, TL;DR; --abs for the abstract) to read and judge them by hand.

    python read31.py TOPIC_ID [--abs ID,ID,...]
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

key = sys.argv[1]
cand = json.loads((Path(__file__).parent / "candidates31.json").read_text(encoding="utf-8"))[key]
papers = mt.load_slice()
if len(sys.argv) > 3 and sys.argv[2] == "--abs":
    for pid in sys.argv[3].split(","):
        r = papers[pid]
        print(f"## {pid} {r['title']}\n{r.get('summary','')}\nTLDR: {(r.get('AI') or {}).get('tldr','')}\n")
    sys.exit()
lex = cand["lexical"]
for pid in dict.fromkeys(lex + cand["hybrid"]):
    r = papers[pid]
    src = ("L" if pid in lex else "-") + ("H" if pid in cand["hybrid"] else "-")
    print(f"{pid} [{src}] {r['title'][:150]} || {(r.get('AI') or {}).get('tldr','')[:230]}")
