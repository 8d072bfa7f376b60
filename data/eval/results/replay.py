"""Replay a run's recorded raw answers through the current answer chain and score them (no model).

    ASSISTANT_EVAL_STORE_DIR=<a copy of an eval store> python data/eval/results/replay.py REPORT.json QUESTIONS.jsonl OUT.json [ID ...]

Each model call is answered with the recorded `raw_answer` of the question whose text (or standalone query) the
prompt holds (NOT_FOUND when none: a comparison's synthesis is not recorded, so comparisons are not replayed
faithfully). A follow-up's earlier turns are answered with their recorded delivered answer (NOT_FOUND when they were
refused): their raw answers are not recorded, and what a follow-up resolves to depends on what the turn before
cited. Settings as for the bundled model (evidence budget, top k). Run from the checkout to measure (cwd first on
sys.path). With REPLAY_PROMPTS=FILE every prompt is appended to FILE (a JSON line each), to find the questions whose
prompts a change touched. Prints each question whose verdict differs from the recorded one."""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, os.getcwd())

from assistant.eval.answers import run_answers_eval  # noqa: E402
from assistant.llm import LLMProvider  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.wiring import App  # noqa: E402


class ReplayModel:
    name = "replay"
    source_budget = 700

    def __init__(self, items):
        self.keys = sorted([(k, i["raw_answer"] or "NOT_FOUND") for i in items
                            for k in {i["question"], i.get("standalone_query") or i["question"]} if k]
                           + [(t["question"], "NOT_FOUND" if t.get("refused") else t["answer"]) for i in items
                              for t in i.get("turns") or [] if t.get("question")],
                           key=lambda kv: -len(kv[0]))

    def stream(self, messages, *, max_tokens=None, temperature=None, timeout=None):
        user = messages[-1]["content"]
        if os.environ.get("REPLAY_PROMPTS"):  # every prompt, one JSON line each: which prompts a change touched
            with open(os.environ["REPLAY_PROMPTS"], "a", encoding="utf-8") as log:
                log.write(json.dumps(messages, ensure_ascii=False) + "\n")
        yield next((raw for key, raw in self.keys if key in user), "NOT_FOUND")


def main():
    report, qfile, out = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    ids = set(sys.argv[4:])
    data = json.load(open(report, encoding="utf-8"))
    items = data["answers"]["items"] if "answers" in data else data["items"]  # a report, or a replay's output
    recorded = {i["id"]: i for i in items}
    if ids:
        lines = qfile.read_text(encoding="utf-8").splitlines()
        keep = [line for line in lines if '"question"' not in line or json.loads(line)["id"] in ids]
        tmp = qfile.parent / f".replay-{os.getpid()}.jsonl"
        tmp.write_text("\n".join(keep) + "\n", encoding="utf-8")
        qfile = tmp
    settings = Settings(llm_mode="local", store_dir="/tmp/h11/replay-dummy-store", _env_file=None)
    app = App(settings=settings)
    provider = LLMProvider(settings)
    provider._model = ReplayModel(items)
    app.__dict__["llm"] = provider
    try:
        result = run_answers_eval(app, qfile)
    finally:
        if ids:
            qfile.unlink()
    now = {i["id"]: i for i in result["items"]}
    changed = []
    for qid, item in now.items():
        before = recorded.get(qid)
        if before is None:
            continue
        if bool(before["correct"]) != bool(item["correct"]) or before["answer"] != item["answer"]:
            changed.append(qid)
            print(f"{qid}: {'right' if before['correct'] else 'WRONG'} -> {'right' if item['correct'] else 'WRONG'}"
                  f"{'' if before['answer'] == item['answer'] else ' (answer text differs)'}", flush=True)
    right = sum(1 for i in now.values() if i["correct"])
    print(f"{right}/{len(now)} right in the replay; recorded {sum(1 for q in now if recorded.get(q, {}).get('correct'))}")
    json.dump({"items": result["items"], "changed": changed}, open(out, "w", encoding="utf-8"), ensure_ascii=False,
              indent=1)


if __name__ == "__main__":
    main()
