"""Count candidate subjects in the slice (titles, abstracts, TL;DRs), for choosing the twenty-fourth group's subjects.

    python count24.py 'regex1' 'regex2' ...   (each arg: 'name=REGEX', case-insensitive unless prefixed with (?-i))
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

papers = mt.load_slice()
for arg in sys.argv[1:]:
    name, _, rx = arg.partition("=")
    pat = re.compile(rx, re.I)
    hits = [(pid, r) for pid, r in papers.items() if pat.search(mt.text_of(r))]
    tit = [pid for pid, r in hits if pat.search(r["title"])]
    print(f"{name:30s} {len(hits):4d} (title {len(tit)})")
    if "-v" in sys.argv[0:1] or name.endswith("!"):
        for pid, r in hits:
            print("   ", pid, r["title"][:110], r.get("categories"))
