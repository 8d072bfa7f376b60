"""For every topic whose reading has the LLM entry: how many judged papers (on topic / rejected) name a VLM form but no
form of the LLM concept (title + abstract, TL;DR for the Chinese forms), i.e. what 'a VLM is an LLM' would add
(session 27, second study; lexical only, no store):
    cd CODE && TOPICS=COPY.jsonl PYTHONPATH=. python vlmcheck.py READINGS.json   (READINGS: session26-digest/readings.py)"""
import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, os.getcwd())
from assistant.chains.digest.lexical import form_occurs  # noqa: E402

R = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
T = {json.loads(line)["id"]: json.loads(line) for line in Path(os.environ["TOPICS"]).read_text(encoding="utf-8").splitlines()[1:]}
P: dict[str, dict] = {}
for d in range(1, 11):
    for line in Path(f"/work/shared/corpus/daily-arxiv/dw-dengwei/2026-06-{d:02d}_AI_enhanced_Chinese.jsonl").read_text(encoding="utf-8").splitlines():
        p = json.loads(line)
        P.setdefault(p["id"], p)
VLM = ["vision-language model", "VLM", "LVLM", "large vision-language model"]
zh = re.compile("[\u4e00-\u9fff]")
for tid, concepts in R.items():
    for c in concepts:
        if "large language model" in c["forms"] and "LLM" in c["forms"]:
            t = T[tid]
            res = {"+": 0, "-": 0}
            for sign, ids in (("+", t["relevant"]), ("-", t.get("rejected", []))):
                for i in ids:
                    p = P.get(i)
                    if not p:
                        continue
                    text = (p["title"] or "") + ". " + (p["summary"] or "")
                    tldr = (p.get("AI") or {}).get("tldr") or ""
                    has = any(form_occurs(f, text) for f in c["forms"] if not zh.search(f)) or \
                        any(f in tldr for f in c["forms"] if zh.search(f))
                    if not has and (any(form_occurs(f, text) for f in VLM) or "视觉语言模型" in tldr or "视觉-语言模型" in tldr):
                        res[sign] += 1
            if res["+"] or res["-"]:
                print(tid, c["label"], "setting" if c["setting"] else "", res)
