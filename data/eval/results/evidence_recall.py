"""Evidence recall (no model): did the bundled model's prompt hold the answer?

    ASSISTANT_EVAL_STORE_DIR=<store> python data/eval/results/evidence_recall.py QUESTIONS.jsonl OUT.json [ID-PREFIX ...]

Runs the questions (those whose ids start with a given prefix, default all) through the eval pipeline with the
bundled model's settings (evidence budget, top k) and a stand-in model that records every prompt and answers
NOT_FOUND, then reports for each answerable question whether its expected facts (`facts_mode`) and one accepted form
of each asked number (any spelling of the same value: 7x = 7×) reached the prompts. A question whose facts never
reach the model can only be answered by the rescue's quote; one whose facts do and is still wrong fails in the model
or the verifier. Run from the checkout to measure (cwd first on sys.path); EVTOK overrides the evidence budget in
tokens, EVTOPK the top k (budget studies). Prompts are matched to questions by the question's text (a follow-up's
rewritten query counts for the question asked before it, so follow-ups can show as misses)."""
import json
import os
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, os.getcwd())
from assistant.citations import number_supported, parse_numbers  # noqa: E402
from assistant.eval.answers import run_answers_eval  # noqa: E402
from assistant.llm import LLMProvider  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.wiring import App  # noqa: E402


class CaptureModel:
    name = "capture"
    source_budget = 700

    def __init__(self, questions):
        self.keys = sorted(questions, key=len, reverse=True)
        self.calls = []  # (question or None, user content)

    def stream(self, messages, *, max_tokens=None, temperature=None, timeout=None):
        user = "\n".join(m["content"] for m in messages if m["role"] != "system")
        key = next((k for k in self.keys if k in user), None)
        self.calls.append((key, user))
        yield "NOT_FOUND"


def main():
    qfile, out = Path(sys.argv[1]), sys.argv[2]
    prefixes = tuple(sys.argv[3:])
    lines = qfile.read_text(encoding="utf-8").splitlines()
    qs = [json.loads(x) for x in lines if '"question"' in x]
    wanted = {q["id"] for q in qs if not prefixes or q["id"].startswith(prefixes)}
    for q in qs:  # keep the conversations they continue
        if q["id"] in wanted:
            prev = q.get("after")
            while prev:
                wanted.add(prev)
                prev = next(p for p in qs if p["id"] == prev).get("after")
    keep = [x for x in lines if '"question"' not in x or json.loads(x)["id"] in wanted]
    tmp = qfile.parent / f".evrecall-{os.getpid()}.jsonl"
    tmp.write_text("\n".join(keep) + "\n", encoding="utf-8")
    kw = {}
    if os.environ.get("EVTOK"):
        kw["local_evidence_tokens"] = int(os.environ["EVTOK"])
    if os.environ.get("EVTOPK"):
        kw["local_top_k"] = int(os.environ["EVTOPK"])
    settings = Settings(llm_mode="local", store_dir=tempfile.mkdtemp(prefix="evidence-recall-"), _env_file=None, **kw)
    app = App(settings=settings)
    provider = LLMProvider(settings)
    model = CaptureModel([q["question"] for q in qs if q["id"] in wanted])
    provider._model = model
    app.__dict__["llm"] = provider
    try:
        run_answers_eval(app, tmp)
    finally:
        tmp.unlink()
    # assign calls: a call without a known question belongs to the question of the call before
    per, cur = {}, None
    for key, user in model.calls:
        cur = key or cur
        per.setdefault(cur, []).append(user)
    res, n_ok, n = {}, 0, 0
    for q in qs:
        if q["id"] not in wanted or q.get("unanswerable") or not (q.get("expected_facts") or q.get("numbers")):
            continue
        if prefixes and not q["id"].startswith(prefixes):
            continue
        joined = "\n".join(per.get(q["question"], []))
        facts = [bool(re.search(f, joined, re.I)) for f in q.get("expected_facts", [])]
        stated = parse_numbers(joined)
        nums = [any(a in joined or any(number_supported(n, stated) for n in parse_numbers(a)) for a in s["accepted"])
                for s in q.get("numbers", []) if s.get("accepted")]
        fok = (all(facts) if q.get("facts_mode") == "all" else any(facts)) if facts else True
        ok = fok and all(nums)
        n += 1
        n_ok += ok
        res[q["id"]] = {"ok": ok, "facts": facts, "numbers": nums, "kind": q.get("kind"),
                        "prompt_chars": len(joined), "calls": len(per.get(q["question"], []))}
    json.dump({"n": n, "ok": n_ok, "items": res,
               "prompts": {q["id"]: per.get(q["question"], []) for q in qs if q["id"] in res}},
              open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"evidence recall {n_ok}/{n}")
    for qid, r in res.items():
        if not r["ok"]:
            print("MISS", qid, r["kind"], r["facts"], r["numbers"])


if __name__ == "__main__":
    main()
