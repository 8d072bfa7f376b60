"""Summaries of a digest_selection.py run of the fiftieth group (as the tables of session28-blind/topics/README.md).

    python sum50.py RUN.json [RUN2.json]
"""
import json
import statistics
import sys


def summary(path):
    items = json.load(open(path, encoding="utf-8"))["items"]
    out = {}
    for size in (8, 20):
        its = [i for i in items if i["max_papers"] == size]
        on = sum(i["on_topic"] for i in its)
        listed = sum(i["papers"] for i in its)
        nonempty = [i for i in its if i["papers"]]
        pur = [i["purity"] for i in its]
        out[size] = {
            "precision_all": (on, listed, round(on / listed, 2) if listed else None),
            "precision_mean_nonempty": (len(nonempty), round(statistics.mean(i["precision"] for i in nonempty), 2) if nonempty else None),
            "recall_mean": round(statistics.mean(i["recall"] for i in its), 2),
            "empty": sum(1 for i in its if not i["papers"]),
            "only_notes": sum(1 for i in its if i["only_note"]),
            "purity": (sum(p["pure"] for p in pur), sum(p["members"] for p in pur), sum(p["other"] for p in pur)),
            "seconds_median_max": (round(statistics.median(i["seconds"] for i in its), 2), max(i["seconds"] for i in its)),
        }
    per = {(i["id"], i["max_papers"]): (i["on_topic"], i["papers"], round(i["recall"], 2), i["matching"],
                                       i["concepts"], i["notes"]) for i in items}
    return out, per


for path in sys.argv[1:]:
    out, per = summary(path)
    print(path)
    for size, s in out.items():
        print(" ", size, s)
    for k, v in per.items():
        print("   ", k, v[:4], json.dumps(v[4], ensure_ascii=False))
