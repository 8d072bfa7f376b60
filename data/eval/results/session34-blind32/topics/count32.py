"""Count candidate subjects of the thirty-second group in the slice (regular expressions over title, English abstract
and Chinese TL;DR; case-insensitive). Each argument is NAME=REGEX; prints papers matched (and matched in the title).

    python data/eval/results/session34-blind32/topics/count32.py 'gait=\\bgait|步态' 'chunk=\\bchunk|分块'
"""

import ast
import json
import re
import sys
from pathlib import Path

CORPUS = Path("/work/shared/corpus/daily-arxiv/dw-dengwei")


def load() -> dict[str, dict]:
    papers: dict[str, dict] = {}
    for day in range(1, 11):
        for line in (CORPUS / f"2026-06-{day:02d}_AI_enhanced_Chinese.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                papers.setdefault(record["id"], record)
    return papers


def cats(record: dict) -> list[str]:
    c = record["categories"]
    return ast.literal_eval(c) if isinstance(c, str) else c


def text(record: dict) -> str:
    ai = record.get("AI")
    ai = ast.literal_eval(ai) if isinstance(ai, str) else (ai or {})
    return record["title"] + "\n" + record["summary"] + "\n" + (ai.get("tldr") or "")


p = load()
T = {k: text(r) for k, r in p.items()}

if __name__ == "__main__":
    for arg in sys.argv[1:]:
        name, _, pattern = arg.partition("=")
        rx = re.compile(pattern, re.I)
        hits = [k for k in p if rx.search(T[k])]
        print(f"{name}: {len(hits)} (title {sum(bool(rx.search(p[k]['title'])) for k in hits)})")
