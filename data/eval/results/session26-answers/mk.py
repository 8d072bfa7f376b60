"""The session-26 replay set (run in W=/tmp/lead26/r3): session 25's 408-question set (/tmp/lead25/r2: its 392
recorded raw answers + the blind h21- after run 62cf6f9) overlaid with session 25's live runs (live-s4, live-s5, live-s7
in session25-answers, and the 4b0bb2a check of three h21- questions, /tmp/lead25/r2/live-s8), so every question's
latest recorded raw answer is replayed; q-all.jsonl: the questions of 3b5d284 with the corpus of /tmp/lead25/livecheck
(474 papers, the store copied from /tmp/lead25/r2/store-base.keep)."""
import json

R = "/work/main/data/eval/results/session25-answers"


def items(p):
    d = json.load(open(p))
    return d["answers"]["items"] if "answers" in d else d["items"]


base = json.load(open("/tmp/lead25/r2/recorded-all.json"))
out = {i["id"]: i for i in base["items"]}
for p in (f"{R}/live-s4/eval-report.json", f"{R}/live-s5/eval-report.json", f"{R}/live-s7/eval-report.json",
          "/tmp/lead25/r2/live-s8/eval-report.json"):
    out.update({i["id"]: i for i in items(p)})
ids = [json.loads(line)["id"] for line in open("q-all.jsonl") if '"question"' in line]
base["items"] = [out[i] for i in ids]
json.dump(base, open("recorded-all.json", "w"), ensure_ascii=False)
