"""The session-22 replay set: the latest recorded raw answer of each of the 344 questions before h18- (session 21's
recorded-all2.json, built by ../session21-answers' README, overlaid with session 21's live runs: the 25 changed
questions after c3bbebb, the comparison chunks qc0/qc1 after 8659991 and the blind h17- after run), and q-all.jsonl:
the questions of 09bda91 with the corpus read from a worktree of it (/tmp/lead22/qwt). Run in /tmp/lead22."""
import glob
import json

R = "/work/main/data/eval/results"


def items(p):
    d = json.load(open(p))
    return d["answers"]["items"] if "answers" in d else d["items"]


out = {i["id"]: i for i in items("/tmp/lead21/recorded-all2.json")}
for p in ([f"{R}/session21-answers/live-changed-after-c3bbebb.json"]
          + sorted(glob.glob(f"{R}/session21-compare/live-after-qc*/eval-report.json"))
          + sorted(glob.glob(f"{R}/session21-blind/answers/8659991/*/eval-report.json"))):
    out.update({i["id"]: i for i in items(p)})
header, questions = [], []
for line in open("/tmp/lead22/qwt/data/eval/questions.jsonl", encoding="utf-8").read().splitlines():
    if '"question"' not in line:
        if line.startswith("{"):
            d = json.loads(line)
            d["corpus"] = ["/tmp/lead22/qwt/data/eval/corpus", "/tmp/lead22/qwt/data/sample"]
            line = json.dumps(d, ensure_ascii=False)
        header.append(line)
    else:
        questions.append(line)
open("q-all.jsonl", "w").write("\n".join(header + questions) + "\n")
ids = [json.loads(line)["id"] for line in questions]
json.dump({"items": [out[i] for i in ids if i in out]}, open("recorded-all.json", "w"), ensure_ascii=False)
print(len(ids), sum(i in out for i in ids))
