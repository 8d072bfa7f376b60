"""cwd = checkout; args: OUT.json — the prompt (user message) of each question of q-all, via the replay model."""
import json, os, sys
sys.path.insert(0, os.getcwd()); sys.path.insert(0, os.path.join(os.getcwd(), "data/eval/results"))
import replay
prompts = {}
orig = replay.ReplayModel.stream
def stream(self, messages, **kw):
    user = messages[-1]["content"]
    key = next((k for k, _ in self.keys if k in user), "?")
    prompts.setdefault(key, []).append(user)
    yield from orig(self, messages, **kw)
replay.ReplayModel.stream = stream
out = sys.argv.pop()
sys.argv += [out + ".replay.json"]
try:
    replay.main()
finally:
    json.dump(prompts, open(out, "w"), ensure_ascii=False)
