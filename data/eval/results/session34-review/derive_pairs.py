"""Pairs of stems of the bench store (read-only copy /tmp/r34-chroma.sqlite3) that lexical._derived_in joins: a rare
stem s (rare_in_papers, >= 5 letters) and a stem t of another word one or two letters longer starting with s; with the
paper counts of each and example words. cd /work/r34-head && PYTHONPATH=. python derive_pairs.py"""
import collections
import re
import sqlite3

from assistant.chains.digest.lexical import _derives, _rare_stem
from assistant.chains.digest.vocabulary import _latin_stems

c = sqlite3.connect("file:/tmp/r34-chroma.sqlite3?mode=ro", uri=True)
ids = dict(c.execute("select id, string_value from embedding_metadata where key='arxiv_id'").fetchall())
papers = collections.defaultdict(list)
for i, t in c.execute("select id, string_value from embedding_metadata where key='_text'"):
    papers[ids.get(i)].append(t or "")
df = collections.Counter()
words = collections.defaultdict(collections.Counter)
for aid, ts in papers.items():
    text = " ".join(ts)
    stems = {s for s in _latin_stems(text) if not s.startswith("!")}
    df.update(stems)
    for w in set(re.findall(r"[A-Za-z]+", text)):
        for s in _latin_stems(w):
            if not s.startswith("!"):
                words[s][w.lower()] += 1
stems = list(df)
rows = []
for s in stems:
    if len(s) < 5 or df[s] < 2:
        continue
    longer = [t for t in stems if t != s and _derives(s, t) and df[t] >= 2]
    if longer and _rare_stem(s):
        for t in longer:
            rows.append((df[t], s, t, df[s], words[s].most_common(2), words[t].most_common(3)))
for r in sorted(rows, reverse=True)[:80]:
    print(r)
