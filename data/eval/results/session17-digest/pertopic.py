"""per topic of the ninth group (or the ids given): on topic / listed and recall @8 | @20, for each run_all output."""
import json
import sys

NEW9 = ("llm-roleplay", "pinn", "traj-pred", "fed-learning", "text-embed", "llm-tom")
files = sys.argv[1:]
runs = [{(i["id"], i["max_papers"]): i for i in json.load(open(f))["items"]} for f in files]
topics = {k[0]: v["topic"] for k, v in runs[0].items()}
print("| topic | " + " | ".join(files) + " |")
print("|---|" + "---|" * len(files))
for tid in NEW9:
    cells = []
    for run in runs:
        parts = []
        for size in (8, 20):
            i = run[(tid, size)]
            parts.append(f"{i['on_topic']}/{i['papers']} R{i['recall']:.2f}")
        cells.append(" \\| ".join(parts))
    print(f"| {topics[tid]} | " + " | ".join(cells) + " |")
