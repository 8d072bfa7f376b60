"""dbg.py ID [ID...]: print the scored evidence (top 14 and every chosen sentence, with per-part focus) of questions
through the replay model (recorded raw answers $W/recorded-all.json, questions $W/q-all.jsonl, store
$ASSISTANT_EVAL_STORE_DIR). cwd = checkout."""
import json, os, sys
sys.path.insert(0, os.getcwd()); sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = os.environ.get("W", "/tmp/lead24/r")
import assistant.chains.answer as A
orig = A.select_evidence
def sel(scored, budget, **kw):
    ch = orig(scored, budget, **kw)
    print("CALL budget", budget, "q", kw.get("question", "")[:80], "chosen", len(ch))
    for s in [x for i, x in enumerate(scored) if i < 14 or x in ch]:
        print(("*" if s in ch else " "), f"{s.score:.3f} n{s.n} {s.section:10s} pf={[round(x,2) for x in s.part_focus]} cl={s.clause_lexical:.2f}", s.sentence[:150])
    return ch
A.select_evidence = sel
from replay import ReplayModel
from assistant.eval.answers import run_answers_eval
from assistant.llm import LLMProvider
from assistant.settings import Settings
from assistant.wiring import App
ids = set(sys.argv[1:])
lines = open(f'{W}/q-all.jsonl').read().splitlines()
keep = [l for l in lines if '"question"' not in l or json.loads(l)["id"] in ids]
open(f"{W}/q-dbg.jsonl", "w").write("\n".join(keep) + "\n")
items = json.load(open(f"{W}/recorded-all.json"))["items"]
settings = Settings(llm_mode="local", store_dir=f"{W}/dummy-store", _env_file=None)
app = App(settings=settings)
p = LLMProvider(settings); p._model = ReplayModel(items); app.__dict__["llm"] = p
r = run_answers_eval(app, f"{W}/q-dbg.jsonl")
for i in r["items"]:
    print("==", i["id"], i["correct"], "|", i["question"][:200]); print("  ANSWER:", i["answer"][:600])
