"""Lexical coverage (no embedder, no store) of papers from the raw bench slice for a topic, at the cwd's code:

    cd CODE && PYTHONPATH=. python PATH/TO/cov1.py TOPIC ID,ID
"""
import json
import os
import sys

sys.path.insert(0, os.getcwd())
from pathlib import Path

from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.relevance import coverage, listed_only
from assistant.chains.digest.topic import split_concepts
from assistant.sources.jsonl import record_to_paper

want = sys.argv[2].split(",")
papers = {}
for d in range(1, 11):
    f = Path(f"/work/shared/corpus/daily-arxiv/dw-dengwei/2026-06-{d:02d}_AI_enhanced_Chinese.jsonl")
    for line in f.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r.get("id") in want and r["id"] not in papers:
            p, _, _ = record_to_paper(r, f"2026-06-{d:02d}")
            if p:
                papers[r["id"]] = p
cs = split_concepts(sys.argv[1], Path("prompts"))
texts = [PaperText.of(papers[i]) for i in want if i in papers]
for i, t, cv in zip([i for i in want if i in papers], texts, coverage(cs, texts, None, topic=sys.argv[1])):
    on = cv.complete and (cv.focused() if len(cs) > 1 else cv.named_as_focus())
    print(i, "ON" if on else "--", cv.matched, "focus", cv.focus, "mentions", cv.mentions, "listed", [listed_only(c, t) for c in cs], papers[i].title[:70])
