"""cmp.py A.json B.json [--show]: verdicts, delivered wrong numbers, fabricated citations and false refusals of two
replays/runs over their common questions; lists every question whose verdict or answer differs."""
import json, sys
def load(p):
    d = json.load(open(p)); return {i["id"]: i for i in (d["answers"]["items"] if "answers" in d else d["items"])}
a, b = load(sys.argv[1]), load(sys.argv[2])
ids = [q for q in a if q in b]
def stats(x):
    return (sum(1 for q in ids if x[q]["correct"]), sum(1 for q in ids if x[q].get("wrong_numbers")),
            sum(len(x[q].get("fabricated_citations") or []) for q in ids),
            sum(1 for q in ids if x[q].get("refused") and not x[q].get("unanswerable")))
print(f"{len(ids)} questions: right / wrong numbers / fabricated / false refusals: {stats(a)} -> {stats(b)}")
for q in ids:
    if a[q]["correct"] != b[q]["correct"]:
        print(("LOST   " if a[q]["correct"] else "GAINED ") + q)
    elif a[q]["answer"] != b[q]["answer"]:
        print("text   " + q + (" (right)" if b[q]["correct"] else " (wrong)"))
    if "--show" in sys.argv and a[q]["answer"] != b[q]["answer"]:
        strip = lambda s: "\n".join(l for l in s.splitlines() if not l.startswith("|")).strip()
        print("  A:", strip(a[q]["answer"])[:900]); print("  B:", strip(b[q]["answer"])[:900])
