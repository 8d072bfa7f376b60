import json, sys, time, statistics
import llama_cpp
sys.path.insert(0, "/work/main")
from assistant.local_llm import model_path
from assistant.settings import Settings
n = int(sys.argv[1]); extra = json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
calls = [m for m in json.load(open('/tmp/lead19/calls.json')) if m[0]['content'].startswith('You answer questions')]
calls = calls[::max(1, len(calls)//n)][:n]
kw = dict(n_ctx=4096, n_threads=2, n_threads_batch=2, n_batch=256, verbose=False); kw.update(extra)
llm = llama_cpp.Llama(str(model_path(Settings())), **kw)
def ttft(m):
    t = time.perf_counter()
    for ch in llm.create_chat_completion(messages=m, max_tokens=1, temperature=0, stream=True):
        pass
    return time.perf_counter() - t
ttft([{"role": "system", "content": calls[0][0]['content']}, {"role": "user", "content": "Sources:"}])
passes = [[ttft(m) for m in calls] for _ in range(2)]
rows = [min(t) for t in zip(*passes)]
print(extra, "p50", round(statistics.median(rows), 2), [round(statistics.median(p), 2) for p in passes])
