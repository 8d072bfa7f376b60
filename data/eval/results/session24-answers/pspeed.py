import sys, time
import llama_cpp
from assistant.local_llm import model_path
from assistant.settings import Settings
llm = llama_cpp.Llama(str(model_path(Settings())), n_ctx=4096, n_threads=2, n_threads_batch=2, n_batch=256, verbose=False)
toks = llm.tokenize(open("README.md", encoding="utf-8").read().encode())[:1000]
def timed(prefix, n):
    best = None
    for _ in range(3):
        llm.reset(); llm._ctx.kv_cache_clear()
        if prefix: llm.eval(toks[:prefix])
        t = time.perf_counter(); llm.eval(toks[prefix:prefix + n]); dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    return n / best
print("cached-prefix 237 tok: %.1f tok/s; fresh 400 tok: %.1f tok/s" % (timed(161, 237), timed(0, 400)))
print(llama_cpp.llama_print_system_info().decode()[:200])
