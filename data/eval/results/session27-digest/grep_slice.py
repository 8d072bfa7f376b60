"""Papers of the raw bench slice (dw-dengwei 2026-06-01..10, first record of each id) whose field matches a regex:
    python grep_slice.py REGEX [title|tldr|all]"""
import json, re, sys
from pathlib import Path
SLICE = [Path(f"/work/shared/corpus/daily-arxiv/dw-dengwei/2026-06-{d:02d}_AI_enhanced_Chinese.jsonl") for d in range(1, 11)]
pat = re.compile(sys.argv[1]); field = sys.argv[2] if len(sys.argv) > 2 else "all"
seen=set()
for path in SLICE:
    for line in path.read_text(encoding="utf-8").splitlines():
        p = json.loads(line)
        if p["id"] in seen: continue
        seen.add(p["id"])
        tl = (p.get("AI") or {}).get("tldr") or ""
        text = {"title": p.get("title") or "", "tldr": tl, "all": (p.get("title") or "") + " || " + (p.get("summary") or "") + " || " + tl}[field]
        m = pat.search(text)
        if m: print(p["id"], (p.get("title") or "")[:90], "…", text[max(0,m.start()-40):m.end()+40].replace("\n"," "))
print(len(seen), file=sys.stderr)
