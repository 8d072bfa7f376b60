"""trace.py FUNC_MODULE FUNC ID...: run dbg-like replay of IDs and trace locals of one function line by line
(prints changes of interesting locals). cwd = checkout."""
import json, os, sys
sys.path.insert(0, os.getcwd()); sys.path.insert(0, "/work/main/data/eval/results")
W = os.environ.get("W", "/tmp/lead25/r")
import importlib
modname, fname = sys.argv[1], sys.argv[2]
mod = importlib.import_module(modname)
target = getattr(mod, fname).__code__
def short(v):
    if isinstance(v, list):
        return f"list[{len(v)}]" + (": " + " | ".join(getattr(x, "sentence", str(x))[:70] for x in v[:3]) if v else "")
    s = getattr(v, "sentence", None)
    return (s[:90] if s else repr(v)[:120])
def tracer(frame, event, arg):
    if frame.f_code is not target:
        return None
    last = {}
    def local(frame, event, arg):
        if event in ("line", "return"):
            for k, v in frame.f_locals.items():
                if k in ("answer", "plan", "question", "sources", "self"):
                    continue
                r = short(v)
                if last.get(k) != r:
                    print(f"  L{frame.f_lineno} {k} = {r}")
                    last[k] = r
            if event == "return":
                print(f"  RETURN at L{frame.f_lineno}")
        return local
    print("ENTER", fname)
    return local
sys.settrace(tracer)
from replay import ReplayModel
from assistant.eval.answers import run_answers_eval
from assistant.llm import LLMProvider
from assistant.settings import Settings
from assistant.wiring import App
ids = set(sys.argv[3:])
lines = open(f'{W}/q-all.jsonl').read().splitlines()
keep = [l for l in lines if '"question"' not in l or json.loads(l)["id"] in ids]
open(f"{W}/q-trace.jsonl", "w").write("\n".join(keep) + "\n")
items = json.load(open(f"{W}/recorded-all.json"))["items"]
settings = Settings(llm_mode="local", store_dir=f"{W}/dummy-store", _env_file=None)
app = App(settings=settings)
p = LLMProvider(settings); p._model = ReplayModel(items); app.__dict__["llm"] = p
r = run_answers_eval(app, f"{W}/q-trace.jsonl")
for i in r["items"]:
    print("==", i["id"], i["correct"], "|", i["question"][:200]); print("  ANSWER:", i["answer"][:600])
