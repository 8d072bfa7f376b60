import json, re, sys
rows = {}
for line in open("/tmp/d33a/slice.jsonl", encoding="utf-8"):
    try: r = json.loads(line)
    except Exception: continue
    rows[r["id"]] = r
def text(r):
    ai = r.get("AI") or {}
    return " ".join([r.get("title",""), r.get("summary",""), ai.get("tldr","") or "", ai.get("title_zh","") or ""])
for pat in sys.argv[1:]:
    rx = re.compile(pat, re.I)
    hits = [i for i, r in rows.items() if rx.search(text(r))]
    print(f"{pat}: {len(hits)}", " ".join(sorted(hits)[:25]))
