"""cwd = checkout; QIDS=id,id python probe.py [prompts]: via the replay model, print the rescue's inputs (the best
three evidence sentences with their scores and undescribed words) for each model NOT_FOUND, or with `prompts` the
prompt and raw answer of every model call."""
import json
import os
import sys

sys.path.insert(0, os.getcwd())
sys.path.insert(0, "/tmp/lead22")
import replay  # noqa: E402

import assistant.chains.answer as A  # noqa: E402
import assistant.chains.rescue as R  # noqa: E402

if sys.argv[1:] == ["prompts"]:
    stream = replay.ReplayModel.stream

    def printed(self, messages, **kw):
        print("-----PROMPT-----")
        print(messages[-1]["content"])
        out = list(stream(self, messages, **kw))
        print("-----RAW-----", "".join(out)[:500])
        yield from out
    replay.ReplayModel.stream = printed
else:
    rescue = A.rescue

    def hooked(answer, plan, question, min_relevance, *, model_refused, **kw):
        if model_refused:
            print("## Q:", question[:120])
            for s in plan.evidence[:3]:
                und = R.undescribed(question, plan, answer.sources, s.paper_id, chinese=True)
                print(f"   sc={s.score:.2f} lex={s.lexical:.2f} alex={s.asked_lexical:.2f} dense={s.dense:.2f} n{s.n} "
                      f"{s.paper_id} und={sorted(und)} | {s.sentence[:100]}")
        result = rescue(answer, plan, question, min_relevance, model_refused=model_refused, **kw)
        if model_refused:
            print("   -> quoted" if answer.quoted else "   -> refused")
        return result
    A.rescue = hooked
ids = set(os.environ["QIDS"].split(","))
lines = open("/tmp/lead22/q-all.jsonl").read().splitlines()
keep = [line for line in lines if '"question"' not in line or json.loads(line)["id"] in ids]
open("/tmp/lead22/q-probe.jsonl", "w").write("\n".join(keep) + "\n")
sys.argv = ["replay.py", "/tmp/lead22/recorded-all.json", "/tmp/lead22/q-probe.jsonl", "/tmp/lead22/probe-out.json"]
replay.main()
