"""Field draw for the fresh topic groups of issue 16 (data/eval/TOPICS.md): the arXiv categories with at least 15
papers in the slice (dw-dengwei 2026-06-01..10, every category of a paper counted), in Counter.most_common order,
shuffled by rng.sample(cats, len(cats)) with random.Random(seed).

    python draw.py 20261224 20261225 20261226 20261227 20261228
"""

import json
import random
import sys
from collections import Counter
from pathlib import Path

CORPUS = Path("/work/shared/corpus/daily-arxiv/dw-dengwei")


def main(seeds: list[int]) -> None:
    papers: dict[str, dict] = {}
    for day in range(1, 11):
        for line in (CORPUS / f"2026-06-{day:02d}_AI_enhanced_Chinese.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                papers.setdefault(record["id"], record)
    count = Counter(c for r in papers.values() for c in r.get("categories", []))
    cats = [c for c, n in count.most_common() if n >= 15]
    print(len(papers), "papers;", len(cats), "categories >= 15:", [(c, count[c]) for c in cats])
    for seed in seeds:
        print(seed, random.Random(seed).sample(cats, len(cats)))


if __name__ == "__main__":
    main([int(s) for s in sys.argv[1:]])
