"""Build a replay set: the latest recorded raw answer of each question, and the questions with their corpus read from
a checkout. Later reports overlay earlier ones (by question id).

    python mk.py CHECKOUT OUT_DIR BASE.json [REPORT.json ...]

Session 23 (run in /tmp/lead23): CHECKOUT = a worktree of d5d2825 (/tmp/lead23/qwt), BASE = session 22's replay set
(/tmp/lead22/recorded-all.json, ../session22-answers/mk.py), reports = ../session22-answers/live-after-602bca5,
../session22-compare/live-after-L1 and L2, ../session22-blind/answers/bf66d63/a and b (each eval-report.json):
360 questions, all recorded."""
import json
import sys
from pathlib import Path


def report_items(path: str) -> list[dict]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return data["answers"]["items"] if "answers" in data else data["items"]


def main(checkout: str, out_dir: str, *reports: str) -> None:
    latest = {}
    for path in reports:
        latest.update({item["id"]: item for item in report_items(path)})
    kept, ids = [], []
    root = Path(checkout)
    for line in (root / "data/eval/questions.jsonl").read_text(encoding="utf-8").splitlines():
        if '"question"' in line:
            ids.append(json.loads(line)["id"])
        elif line.startswith("{"):  # the header: the corpus as absolute paths into the checkout
            header = json.loads(line)
            header["corpus"] = [str(root / "data/eval/corpus"), str(root / "data/sample")]
            line = json.dumps(header, ensure_ascii=False)
        kept.append(line)
    out = Path(out_dir)
    (out / "q-all.jsonl").write_text("\n".join(kept) + "\n", encoding="utf-8")
    recorded = [latest[i] for i in ids if i in latest]
    (out / "recorded-all.json").write_text(json.dumps({"items": recorded}, ensure_ascii=False), encoding="utf-8")
    print(len(ids), "questions,", len(recorded), "recorded")


if __name__ == "__main__":
    main(*sys.argv[1:])
