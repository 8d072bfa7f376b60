"""Compact reading aid: title + first 170 chars of the Chinese TL;DR (or abstract) per listed paper of a probe output.
python brief.py OUT.json [TOPIC ...]"""
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


def line(aid):
    p = paper.get(aid, {})
    s = p.get("summary_zh") or p.get("abstract") or ""
    return f"{aid} {p.get('title', '')[:110]} || {s.replace('TL;DR: ', '')[:170]}"


if __name__ == "__main__":
    recs = json.load(open(sys.argv[1]))
    want = set(sys.argv[2:])
    for r in recs:
        if want and r["topic"] not in want:
            continue
        print(f"== {r['topic']} ({r['lang']}) matching={r.get('matching')}")
        for k, p in enumerate(r.get("papers", []), 1):
            print(f" {k:2d} {line(p[0])}")
