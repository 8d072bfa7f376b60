"""A paper's title, abstract and Chinese TL;DR from the raw bench slice (dw-dengwei 2026-06-01..10), no store:

    python paper_text.py ID,ID [REGEX]    # whole fields, or only the stretches around each REGEX match
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

SLICE = [Path(f"/work/shared/corpus/daily-arxiv/dw-dengwei/2026-06-{d:02d}_AI_enhanced_Chinese.jsonl")
         for d in range(1, 11)]


def main() -> None:
    want = set(sys.argv[1].split(","))
    pattern = re.compile(sys.argv[2], re.IGNORECASE) if len(sys.argv) > 2 else None
    for path in SLICE:
        for line in path.read_text(encoding="utf-8").splitlines():
            paper = json.loads(line)
            if paper.get("id") not in want:
                continue
            fields = {"title": paper.get("title") or "", "abstract": paper.get("summary") or "",
                      "tldr": (paper.get("AI") or {}).get("tldr") or ""}
            print("==", paper["id"], fields["title"])
            for name, text in fields.items():
                if pattern is None:
                    print("  ", name, text[:1500])
                    continue
                for m in pattern.finditer(text):
                    print("  ", name, "…" + text[max(0, m.start() - 80):m.end() + 80].replace("\n", " ") + "…")


if __name__ == "__main__":
    main()
