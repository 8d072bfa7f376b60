"""The latest recorded raw answer of each of the 232 questions (session 14 live runs, session 12 for h8-, h10 blind), the
input of the session-15 replays: run from the checkout, writes recorded.json (then data/eval/results/replay.py)."""
import glob, json
R = "data/eval/results"
def items(path):
    d = json.load(open(path)); return d["answers"]["items"] if "answers" in d else d["items"]
out, how = {}, {}
def take(paths, label):
    for p in paths:
        for i in items(p):
            if i["id"] not in out:
                out[i["id"]], how[i["id"]] = i, label
take([f"{R}/session14/c29527f-affected/00.json"], "s14 c29527f affected")
take(sorted(glob.glob(f"{R}/session14/c29527f/[0-9]*.json")), "s14 c29527f")
take(sorted(glob.glob(f"{R}/session14/c29527f-rest/[0-9]*.json")), "s14 c29527f rest")
take(sorted(glob.glob(f"{R}/session14/ced3ffa/[0-9]*.json")), "s14 ced3ffa")
take([f"{R}/session14-blind/eval-report.json"], "s14 blind h10")
take([f"{R}/session12/eval-report.json"], "s12")
# the questions with a recorded answer, in the file's order (sets added later, h11- on, have none: they are skipped)
Q = [q for q in (json.loads(l)["id"] for l in open("data/eval/questions.jsonl") if '"question"' in l) if q in out]
print(len(Q), "recorded")
from collections import Counter; print(Counter(how[q] for q in Q))
json.dump({"items": [out[q] for q in Q]}, open("recorded.json", "w"), ensure_ascii=False)
