"""dbg.py ID [ID...]: print scored evidence (top 14) for questions, via the replay model. cwd = checkout."""
import json, os, sys
sys.path.insert(0, os.getcwd()); sys.path.insert(0, os.path.join(os.getcwd(), "data/eval/results"))
import assistant.chains.answer as A
orig = A.select_evidence
def sel(scored, budget, **kw):
    ch = orig(scored, budget, **kw)
    for s in scored[:14]:
        print(("*" if s in ch else " "), f"{s.score:.3f} n{s.n} {s.section:10s} pf={[round(x,2) for x in s.part_focus]} cl={s.clause_lexical:.2f}", s.sentence[:150])
    return ch
A.select_evidence = sel
from replay import ReplayModel
from assistant.eval.answers import run_answers_eval
from assistant.llm import LLMProvider
from assistant.settings import Settings
from assistant.wiring import App
ids = set(sys.argv[1:])
lines = open("/tmp/lead20/q-all.jsonl").read().splitlines()
keep = [l for l in lines if '"question"' not in l or json.loads(l)["id"] in ids]
open("/tmp/lead20/q-dbg.jsonl", "w").write("\n".join(keep) + "\n")
items = json.load(open("/tmp/lead20/recorded-all.json"))["items"]
settings = Settings(llm_mode="local", store_dir="/tmp/h11/replay-dummy-store", _env_file=None)
app = App(settings=settings)
p = LLMProvider(settings); p._model = ReplayModel(items); app.__dict__["llm"] = p
r = run_answers_eval(app, "/tmp/lead20/q-dbg.jsonl")
for i in r["items"]:
    print("==", i["id"], i["correct"], "|", i["question"][:200]); print("  ANSWER:", i["answer"][:600])
