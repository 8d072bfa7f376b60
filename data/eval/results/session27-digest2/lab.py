"""Papers of the raw bench slice (dw-dengwei 2026-06-01..10, first record of each id) whose field matches a regex, each
with the labels it has in the topic file (+id: judged on topic, -id: rejected), to check a glossary form against the
judged papers before a run (session 27, second study):
    TOPICS=COPY.jsonl python lab.py REGEX [title|tldr|all] [TOPIC_ID: only papers labelled for it]"""
import json
import os
import re
import sys
from pathlib import Path

T = [json.loads(line) for line in Path(os.environ["TOPICS"]).read_text(encoding="utf-8").splitlines()[1:]]
lab: dict[str, list[str]] = {}
for t in T:
    for i in t["relevant"]:
        lab.setdefault(i, []).append("+" + t["id"])
    for i in t.get("rejected", []):
        lab.setdefault(i, []).append("-" + t["id"])
SLICE = [Path(f"/work/shared/corpus/daily-arxiv/dw-dengwei/2026-06-{d:02d}_AI_enhanced_Chinese.jsonl") for d in range(1, 11)]
pat = re.compile(sys.argv[1], re.I)
field = sys.argv[2] if len(sys.argv) > 2 else "all"
only = sys.argv[3] if len(sys.argv) > 3 else None
seen: set[str] = set()
for path in SLICE:
    for line in path.read_text(encoding="utf-8").splitlines():
        p = json.loads(line)
        if p["id"] in seen:
            continue
        seen.add(p["id"])
        tl = (p.get("AI") or {}).get("tldr") or ""
        text = {"title": p.get("title") or "", "tldr": tl,
                "all": (p.get("title") or "") + " || " + (p.get("summary") or "") + " || " + tl}[field]
        m = pat.search(text)
        if m:
            labels = lab.get(p["id"], [])
            if only and not any(only in x for x in labels):
                continue
            print(p["id"], " ".join(labels)[:80], "|", (p.get("title") or "")[:70], "…",
                  text[max(0, m.start() - 30):m.end() + 30].replace("\n", " "))
