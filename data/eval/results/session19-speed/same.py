import json, sys, openai
sys.path.insert(0, "/work/main")
from assistant.local_llm import LocalServer, MODEL_NAME
from assistant.settings import Settings
calls = [m for m in json.load(open('/tmp/lead19/calls.json')) if m[0]['content'].startswith('You answer questions')][::40][:6]
import assistant.local_llm as L
outs = {}
for flag in ("False", "True"):
    srv = LocalServer(Settings())
    orig = L.subprocess.Popen
    def popen(cmd, *a, **k):
        cmd = [c if c not in ("False",) or cmd[cmd.index(c)-1] != "--logits_all" else flag for c in cmd]
        return orig(cmd, *a, **k)
    L.subprocess.Popen = popen
    url = srv.start()
    L.subprocess.Popen = orig
    c = openai.OpenAI(base_url=url, api_key="x")
    outs[flag] = [c.chat.completions.create(model=MODEL_NAME, messages=m, max_tokens=120, temperature=0).choices[0].message.content for m in calls]
    srv.stop()
print(sum(a == b for a, b in zip(outs["False"], outs["True"])), "of", len(calls), "identical")
for a, b in zip(outs["False"], outs["True"]):
    if a != b: print(repr(a[:200]), "\n", repr(b[:200]))
