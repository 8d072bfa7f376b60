"""Titles of the papers of the slice matching a regular expression (title, abstract, Chinese TL;DR), to pick subjects.

    python grep50.py 'REGEX' ...
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

papers = mt.load_slice()
for pat in sys.argv[1:]:
    rx = re.compile(pat, re.I)
    hits = [(pid, r) for pid, r in sorted(papers.items()) if rx.search(mt.text_of(r))]
    print(f"== {pat} ({len(hits)})")
    for pid, r in hits:
        print(f"  {pid} {','.join(r.get('categories', [])[:3]):22s} {r['title'][:110]}")
