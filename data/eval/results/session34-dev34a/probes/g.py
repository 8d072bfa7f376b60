import json, re, sys
rows = {}
for line in open("/tmp/d33a/slice.jsonl", encoding="utf-8"):
    r = json.loads(line)
    if "2026-06-01" <= r.get("date", "2026-06-05")[:10] <= "2026-06-10" or True:
        rows[r["id"]] = r
def text(r, zh_only=False):
    ai = r.get("AI") or {}
    zh = ai.get("tldr","") or ""
    return zh if zh_only else " ".join([r.get("title",""), r.get("summary",""), zh])
v = "-v" in sys.argv
for pat in [a for a in sys.argv[1:] if a != "-v"]:
    zh = pat.startswith("zh:")
    rx = re.compile(pat[3:] if zh else pat, re.I)
    hits = [i for i, r in rows.items() if rx.search(text(r, zh))]
    print(f"{pat}: {len(hits)}")
    if v:
        for i in sorted(hits)[:30]:
            print("   ", i, rows[i]["title"][:100])
