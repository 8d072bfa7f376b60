"""Record the bundled-model answer prompts (messages) of recorded questions, via the replay model."""
import json, os, sys
sys.path.insert(0, os.getcwd())
sys.path.insert(0, os.path.join(os.getcwd(), "data/eval/results"))
from replay import ReplayModel
from assistant.eval.answers import run_answers_eval
from assistant.llm import LLMProvider
from assistant.settings import Settings
from assistant.wiring import App

class Recorder(ReplayModel):
    def __init__(self, items):
        super().__init__(items); self.calls = []
    def stream(self, messages, **kw):
        self.calls.append(messages)
        yield from super().stream(messages, **kw)

report, qfile, out = sys.argv[1:4]
data = json.load(open(report, encoding="utf-8"))
items = data["answers"]["items"] if "answers" in data else data["items"]
settings = Settings(llm_mode="local", store_dir="/tmp/h11/replay-dummy-store", _env_file=None)
app = App(settings=settings)
provider = LLMProvider(settings); rec = Recorder(items); provider._model = rec
app.__dict__["llm"] = provider
result = run_answers_eval(app, qfile)
json.dump(rec.calls, open(out, "w", encoding="utf-8"), ensure_ascii=False)
print(len(rec.calls), "calls")
print({k: v for k, v in result.items() if not isinstance(v, (list, dict))})
print(result.get("store"))
for i in result["items"][:3]: print(i.get("error"), i.get("answer")[:100] if i.get("answer") else None)
