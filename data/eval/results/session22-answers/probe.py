"""cwd = checkout; QIDS=... : print the rescue inputs (best candidates) of each model NOT_FOUND, via the replay model."""
import json, os, sys, re
sys.path.insert(0, os.getcwd()); sys.path.insert(0, "/tmp/lead22")
import assistant.chains.answer as A
import assistant.chains.rescue as R
orig = A.rescue
def hooked(answer, plan, question, min_relevance, *, model_refused, **kw):
    if model_refused:
        print("## Q:", question[:120])
        for s in plan.evidence[:3]:
            und = R.undescribed(question, plan, answer.sources, s.paper_id)
            print(f"   sc={s.score:.2f} lex={s.lexical:.2f} alex={s.asked_lexical:.2f} dense={s.dense:.2f} n{s.n} {s.paper_id} und={sorted(und)} | {s.sentence[:100]}")
    r = orig(answer, plan, question, min_relevance, model_refused=model_refused, **kw)
    if model_refused: print("   -> quoted" if answer.quoted else "   -> refused")
    return r
A.rescue = hooked
import replay
ids = set(os.environ["QIDS"].split(","))
lines = open("/tmp/lead22/q-all.jsonl").read().splitlines()
keep = [l for l in lines if '"question"' not in l or json.loads(l)["id"] in ids]
open("/tmp/lead22/q-probe.jsonl", "w").write("\n".join(keep) + "\n")
sys.argv = ["replay.py", "/tmp/lead22/recorded-all.json", "/tmp/lead22/q-probe.jsonl", "/tmp/lead22/probe-out.json"]
replay.main()
