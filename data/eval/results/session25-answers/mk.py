"""The session-25 replay set: session 24's 376 recorded raw answers (/tmp/lead24/r/recorded-all.json) overlaid with
session 24's live run (live-1f61154) and the blind h20- after run (8e4c695), and q-all.jsonl: the questions of b923d92
with the corpus read from a worktree of it (/tmp/lead25/qwt). Run in /tmp/lead25/r."""
import glob
import json

R = "/work/main/data/eval/results"


def items(p):
    d = json.load(open(p))
    return d["answers"]["items"] if "answers" in d else d["items"]


out = {i["id"]: i for i in items("/tmp/lead24/r/recorded-all.json")}
for p in ([f"{R}/session24-answers/live-1f61154/eval-report.json"]
          + sorted(glob.glob(f"{R}/session24-blind/answers/8e4c695/*/eval-report.json"))):
    out.update({i["id"]: i for i in items(p)})
header, questions = [], []
for line in open("/tmp/lead25/qwt/data/eval/questions.jsonl", encoding="utf-8").read().splitlines():
    if '"question"' not in line:
        if line.startswith("{"):
            d = json.loads(line)
            d["corpus"] = ["/tmp/lead25/qwt/data/eval/corpus", "/tmp/lead25/qwt/data/sample"]
            line = json.dumps(d, ensure_ascii=False)
        header.append(line)
    else:
        questions.append(line)
open("q-all.jsonl", "w").write("\n".join(header + questions) + "\n")
ids = [json.loads(line)["id"] for line in questions]
json.dump({"items": [out[i] for i in ids if i in out]}, open("recorded-all.json", "w"), ensure_ascii=False)
print(len(ids), sum(i in out for i in ids))
