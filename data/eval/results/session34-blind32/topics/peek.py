"""Peek at the papers matching a regular expression (id, categories with --cats, title, the matched context).

    python data/eval/results/session34-blind32/topics/peek.py [--cats] REGEX
"""

import re
import sys

from count32 import T, cats, p

show_cats = sys.argv[1] == "--cats"
rx = re.compile(sys.argv[-1], re.I)
for k in p:
    m = rx.search(T[k])
    if m:
        where = cats(p[k]) if show_cats else T[k][max(0, m.start() - 60):m.end() + 60].replace("\n", " ")
        print(k, "|", p[k]["title"][:100], "|", where)
