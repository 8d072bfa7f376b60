"""TTFT of recorded answer prompts on a fresh llama_cpp.server started with the app's flags plus extra ones.
usage: ttft.py OUT.json N [extra server args...]"""
import json, socket, subprocess, sys, time, urllib.request, statistics
import openai
sys.path.insert(0, "/work/main")
from assistant.local_llm import model_path, MODEL_NAME
from assistant.settings import Settings
out, n, extra = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
calls = [m for m in json.load(open('/tmp/lead19/calls.json')) if m[0]['content'].startswith('You answer questions')]
step = max(1, len(calls) // n)
calls = calls[::step][:n]
s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path(Settings())), "--model_alias", MODEL_NAME,
       "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096", "--n_threads", "2", "--n_threads_batch", "2",
       "--n_batch", "256", "--verbose", "True"] + extra
log = open(out + ".log", "w")
p = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
try:
    for _ in range(240):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2); break
        except OSError:
            time.sleep(0.5)
    c = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="x")
    def ttft(messages):
        t = time.perf_counter(); first = None
        for ch in c.chat.completions.create(model=MODEL_NAME, messages=messages, max_tokens=1, temperature=0, stream=True):
            if first is None and ch.choices and ch.choices[0].delta.content:
                first = time.perf_counter() - t
        return first or (time.perf_counter() - t)
    system = calls[0][0]['content']
    w = ttft([{"role": "system", "content": system}, {"role": "user", "content": "Sources:"}])
    passes = [[ttft(m) for m in calls] for _ in range(3)]
    rows = [min(t) for t in zip(*passes)]
    res = {"extra": extra, "warm": w, "ttft": rows, "p50": statistics.median(rows), "mean": statistics.mean(rows), "passes": passes}
    print(json.dumps({k: v for k, v in res.items() if k not in ("ttft", "passes")}), [round(statistics.median(p), 2) for p in passes])
    json.dump(res, open(out, "w"))
finally:
    p.terminate(); p.wait()
