"""Markdown rows of the README's per-topic table from one or two digest_selection.py runs (before, after):
topic, language, judged, concepts (matching), @8 and @20 on topic / listed with the 'only N' flag and recall.

    python tab50.py BEFORE.json [AFTER.json]
"""
import json
import sys


def rows(path):
    items = json.load(open(path, encoding="utf-8"))["items"]
    return {(i["id"], i["max_papers"]): i for i in items}


runs = [rows(p) for p in sys.argv[1:]]
ids = list(dict.fromkeys(k[0] for k in runs[0]))
for tid in ids:
    cells = []
    first = runs[0][(tid, 8)]
    for size in (8, 20):
        per = []
        for r in runs:
            i = r[(tid, size)]
            per.append(f"{i['on_topic']}/{i['papers']}{' (only)' if i['only_note'] else ''}, R {i['recall']:.2f}")
        cells.append(" → ".join(dict.fromkeys(per)) if len(runs) > 1 else per[0])
    concepts = " · ".join(f"'{c}'" if isinstance(c, str) else json.dumps(c, ensure_ascii=False)
                          for c in first["concepts"])
    match = " → ".join(dict.fromkeys(str(r[(tid, 8)]["matching"]) for r in runs))
    print(f"| {first['topic']} | {first['language']} | {first['relevant']} | {concepts} ({match}) | "
          f"{cells[0]} | {cells[1]} |")
