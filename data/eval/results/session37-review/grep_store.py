"""Grep the bench store's paper texts (a read-only copy of its chroma.sqlite3 at /tmp/r37-chroma.sqlite3): papers whose
text (title, abstract, TL;DR chunks joined) matches every regex given. python grep_store.py REGEX [REGEX ...]"""
import re
import sqlite3
import sys
from collections import defaultdict

c = sqlite3.connect("file:/tmp/r37-chroma.sqlite3?mode=ro", uri=True)
ids = dict(c.execute("select id, string_value from embedding_metadata where key='arxiv_id'").fetchall())
texts = defaultdict(list)
for i, t in c.execute("select id, string_value from embedding_metadata where key='_text'"):
    texts[ids.get(i)].append(t or "")
pats = [re.compile(p, re.IGNORECASE) for p in sys.argv[1:]]
n = 0
for aid, ts in texts.items():
    whole = " ".join(dict.fromkeys(ts))
    if all(p.search(whole) for p in pats):
        n += 1
        first = pats[0].search(whole)
        print(aid, "|", whole[:110].replace("\n", " "), "|", whole[max(0, first.start() - 60):first.end() + 60].replace("\n", " "))
print(n, "papers")
