"""Print the candidates of one topic for reading: id, L (lexical) / H (hybrid only), title, Chinese TL;DR.

    python read50.py candidates50.json TOPIC_ID [--abs ID ...]
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

cands = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
papers = mt.load_slice()
if sys.argv[2] == "--abs":
    for pid in sys.argv[3:]:
        r = papers[pid]
        print(pid, r["title"], "\n ", r["summary"], "\n ", (r.get("AI") or {}).get("tldr", ""), "\n")
    sys.exit()
c = cands[sys.argv[2]]
lex = set(c["lexical"])
width = int(sys.argv[3]) if len(sys.argv) > 3 else 170
for pid in list(dict.fromkeys(c["lexical"] + c["hybrid"])):
    r = papers[pid]
    print(f"{pid} {'L' if pid in lex else 'H'} | {r['title'][:120]} | {(r.get('AI') or {}).get('tldr', '')[:width]}")
