"""Markdown tables of the README (before -> after) from two digest_selection.py runs of the twenty-fourth group.

    python table30.py BEFORE.json AFTER.json
"""
import json
import statistics
import sys

ORDER = ["sim-to-real", "quantum-it", "agent-orchestration", "med-triage", "neurosymbolic", "protein-ml"]


def load(path):
    return {(i["id"], i["max_papers"]): i for i in json.load(open(path, encoding="utf-8"))["items"]}


def agg(items, size):
    its = [i for (k, n), i in items.items() if n == size]
    on, listed = sum(i["on_topic"] for i in its), sum(i["papers"] for i in its)
    ne = [i for i in its if i["papers"]]
    pur = [i["purity"] for i in its]
    secs = [i["seconds"] for i in its]
    return {
        "prec": f"{on / listed:.2f} ({on}/{listed})" if listed else "- (0/0)",
        "mean": (f"{statistics.mean(i['precision'] for i in ne):.2f}" if ne else "-") + f" ({len(ne)} non-empty)",
        "recall": f"{statistics.mean(i['recall'] for i in its):.2f}",
        "empty": str(sum(1 for i in its if not i["papers"])),
        "only": str(sum(1 for i in its if i["only_note"])),
        "purity": f"{sum(p['pure'] for p in pur)}/{sum(p['members'] for p in pur)} ({sum(p['other'] for p in pur)} in Other)",
        "secs": f"{statistics.median(secs):.2f} / {max(secs):.2f}",
    }


def c(i):
    return " · ".join(i["concepts"]) + f" ({i['matching']})"


def cell(i):
    return f"{i['on_topic']}/{i['papers']}" + (" (only)" if i["only_note"] else "") + f", {i['recall']:.2f}"


def main(a, b):
    A, B = load(a), load(b)
    rows = [("precision (all listed)", "prec"), ("precision (mean over non-empty digests)", "mean"),
            ("recall (mean over the 6 topics)", "recall"), ("empty digests", "empty"), ("'only N' notes", "only"),
            ("theme purity (keyword names, no LLM)", "purity"),
            ("seconds per digest, median / max (no LLM, under the lock)", "secs")]
    print("| | @8 before → after | @20 before → after |\n|---|---|---|")
    a8, a20, b8, b20 = agg(A, 8), agg(A, 20), agg(B, 8), agg(B, 20)
    for name, k in rows:
        print(f"| {name} | {a8[k]} → {b8[k]} | {a20[k]} → {b20[k]} |")
    print()
    print("| topic | lang | judged | concepts the digest used: before → after (matching) | @8 on / listed, recall: before → after | @20 on / listed, recall: before → after |")
    print("|---|---|---|---|---|---|")
    for t in ORDER:
        x8, x20, y8, y20 = A[(t, 8)], A[(t, 20)], B[(t, 8)], B[(t, 20)]
        print(f"| {x8['topic']} | {x8['language']} | {x8['relevant']} | {c(x8)} → {c(y8)} | {cell(x8)} → {cell(y8)} | {cell(x20)} → {cell(y20)} |")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
