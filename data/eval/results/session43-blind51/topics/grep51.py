"""List the papers of the slice whose title, abstract or TL;DR match a regular expression (case-insensitive):
id, categories, title. Used to look at candidate subjects before choosing them.

    python grep51.py 'REGEX'
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

papers = mt.load_slice()
rx = re.compile(sys.argv[1], re.I)
for pid, r in sorted(papers.items()):
    t = r["title"] + " " + r["summary"] + " " + str(r.get("AI", ""))
    m = rx.search(t)
    if m:
        print(pid, ",".join(r.get("categories", [])[:3]), "|", r["title"][:110], "|", t[max(0, m.start()-40):m.end()+40].replace("\n", " "))
