import json
import sys

ids = ("tts", "llm-uncertainty", "industrial-anomaly", "ecc-codes", "llm-rerank", "llm-games")
runs = [(f.split('/')[-1], {(i["id"], i["max_papers"]): i for i in json.load(open(f))["items"]}) for f in sys.argv[1:]]
for t in ids:
    cells = []
    for name, r in runs:
        a, b = r[(t, 8)], r[(t, 20)]
        cells.append(f"{a['on_topic']}/{a['papers']} R{a['recall']:.2f} | {b['on_topic']}/{b['papers']} R{b['recall']:.2f}")
    print(t, " -> ".join(cells))
