"""Replay a run's recorded raw answers through a scripted server and keep the prompts the model got (no model).

    python data/eval/results/capture_prompts.py REPORT.json STORE_DIR OUT.json [ID ...]

REPORT.json: an eval report (its `answers.items` give each question's raw answer); STORE_DIR: an eval store of the
corpus (a copy: opening it may write to it); settings as for the bundled model (evidence budget, top k); IDs: the questions to replay (default: the answerable ones marked wrong;
a question's `after` chain and `turns` are replayed first, comparisons get NOT_FOUND for their model calls).
Prints, per question, whether each expected fact / accepted number is in the prompt."""
import json
import os
import re
import sys

sys.path.insert(0, os.getcwd())  # the checkout to measure (cwd), not the editable install

from assistant.chains.answer import ChatSession  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.wiring import App  # noqa: E402
from tests.fake_openai import ScriptedOpenAI  # noqa: E402


def main():
    report, store, out_path, ids = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    items = {i["id"]: i for i in json.load(open(report, encoding="utf-8"))["answers"]["items"]}
    qs = {q["id"]: q for q in (json.loads(line) for line in open("data/eval/questions.jsonl", encoding="utf-8")
                               if '"question"' in line)}
    ids = ids or [k for k, i in items.items() if not i["unanswerable"] and not i["correct"]]
    chain = []
    for qid in ids:  # a follow-up needs the turns it follows
        prev, path = qs[qid].get("after"), [qid]
        while prev:
            path.insert(0, prev)
            prev = qs[prev].get("after")
        chain += [p for p in path if p not in chain]
    out = {}
    with ScriptedOpenAI(default={"tokens": ["NOT_FOUND"]}) as server:
        # the bundled model's evidence budget and top k (a scripted server is an API model, whose budget is 700
        # tokens, not 200: session 15's study of h11 used that by mistake and saw facts the model never got)
        local = Settings(_env_file=None)
        app = App(settings=Settings(store_dir=store, llm_base_url=server.base_url, llm_api_key="x",
                                    llm_model="scripted", api_evidence_tokens=local.local_evidence_tokens,
                                    top_k=min(local.top_k, local.local_top_k), _env_file=None))
        session = None
        for qid in chain:
            q = qs[qid]
            if not q.get("after"):
                session = ChatSession()
            for turn in q.get("turns", []):
                app.turn(turn, session=session, language=q["language"])
            raw = (items.get(qid) or {}).get("raw_answer")
            server.queue.clear()
            if raw:
                server.queue.append({"tokens": [raw]})
            n0 = len(server.requests)
            ans = app.turn(q["question"], session=session, language=q["language"])
            prompts = [m["content"] for r in server.requests[n0:] for m in r["messages"] if m["role"] != "system"]
            joined = "\n".join(prompts)
            facts = [(f, bool(re.search(f, joined, re.I))) for f in q.get("expected_facts", [])]
            nums = [(s["accepted"], any(a in joined for a in s["accepted"])) for s in q.get("numbers", [])]
            answer = getattr(ans, "answer", None)
            out[qid] = {"kind": type(ans).__name__, "facts_in_prompt": facts, "numbers_in_prompt": nums,
                        "answer": answer, "same_answer": answer == (items.get(qid) or {}).get("answer"),
                        "prompts": prompts}
            print(qid, type(ans).__name__, "facts", facts, "numbers", nums, "same answer", out[qid]["same_answer"],
                  flush=True)
        app.close()
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
