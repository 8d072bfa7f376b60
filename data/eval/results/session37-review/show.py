"""Reading aid: for a probe.py output (or topic names), print each listed paper's title, abstract start and Chinese TL;DR
start from a read-only copy of the store (/tmp/r37-chroma.sqlite3). python show.py OUT.json [TOPIC ...] [--ids id,id]"""
import json
import sqlite3
import sys
from collections import defaultdict

c = sqlite3.connect("file:/tmp/r37-chroma.sqlite3?mode=ro", uri=True)
rows = defaultdict(dict)
for i, k, v in c.execute("select id, key, string_value from embedding_metadata where key in ('arxiv_id','_text','section','title')"):
    rows[i][k] = v
paper = defaultdict(dict)
for r in rows.values():
    paper[r.get("arxiv_id")][r.get("section")] = r.get("_text") or ""
    paper[r.get("arxiv_id")]["title"] = r.get("title")


def brief(aid, n=260):
    p = paper.get(aid, {})
    secs = {k: v for k, v in p.items() if k != "title"}
    out = [f"  {aid} {p.get('title')}"]
    for k, v in secs.items():
        out.append(f"      [{k}] {v[:n].replace(chr(10), ' ')}")
    return "\n".join(out)


if "--ids" in sys.argv:
    for a in sys.argv[sys.argv.index("--ids") + 1].split(","):
        print(brief(a, 400))
    sys.exit()
recs = json.load(open(sys.argv[1]))
want = set(sys.argv[2:])
for r in recs:
    if want and r["topic"] not in want:
        continue
    print(f"== {r['topic']} ({r['lang']}) matching={r.get('matching')}")
    for p in r.get("papers", []):
        print(brief(p[0]))
