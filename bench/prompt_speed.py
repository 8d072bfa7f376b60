"""How fast the bundled model reads a prompt, per llama.cpp build: on 2 cores the prompt, not decoding, is the
wait before the first word (issue 11), so the build's instruction set is a latency lever.

    python -m bench.prompt_speed [--build avx2=/path/to/site-packages] ...

Each build runs in its own child process (its directory first on PYTHONPATH; `installed` is the venv's own
llama-cpp-python), loads the bundled GGUF with the app's settings (2 threads, n_batch 256, 4096 context) and
evaluates README text: a 237-token prompt after a 161-token cached prefix (the answer prompt's shape: the fixed
system prompt is reused, the evidence and question are new), a fresh 400-token prompt, and 32 decoded tokens.
Best of three; run it on an idle machine, builds one after the other."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

from bench.common import ROOT, machine, machine_line, save_json, write_section

CHILD = r"""
import json, sys, time
import llama_cpp
from assistant.local_llm import model_path
from assistant.settings import Settings
info = llama_cpp.llama_print_system_info().decode()
llm = llama_cpp.Llama(str(model_path(Settings())), n_ctx=4096, n_threads=2, n_threads_batch=2, n_batch=256,
                      verbose=False)
toks = llm.tokenize(open(sys.argv[1], encoding="utf-8").read().encode())[:1000]

def timed(prefix, n):
    best = None
    for _ in range(3):
        llm.reset()
        llm._ctx.kv_cache_clear()
        if prefix:
            llm.eval(toks[:prefix])
        t = time.perf_counter()
        llm.eval(toks[prefix:prefix + n])
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    return n / best

def decode(n):
    llm.reset()
    llm._ctx.kv_cache_clear()
    llm.eval(toks[:300])
    t = time.perf_counter()
    for tok in toks[300:300 + n]:
        llm.eval([tok])
    return n / (time.perf_counter() - t)

timed(0, 64)  # warm-up
print(json.dumps({"system_info": info, "prefix_237_tok_s": timed(161, 237), "fresh_400_tok_s": timed(0, 400),
                  "decode_tok_s": decode(32)}))
"""


def run_build(name: str, path: str) -> dict:
    env = dict(os.environ)
    if path:
        env["PYTHONPATH"] = path + os.pathsep + env.get("PYTHONPATH", "")
    out = subprocess.run([sys.executable, "-c", CHILD, str(ROOT / "README.md")], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    row = json.loads(out.strip().splitlines()[-1])
    flags = [f.split(" = ")[0].strip() for f in row["system_info"].split("|") if f.strip().endswith("= 1")]
    row["flags"] = [f for f in flags if f.startswith("AVX") or f in ("FMA", "F16C")]
    row["build"] = name
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="append", default=[],
                        help="NAME=DIR: a llama-cpp-python installed with `pip install --target DIR`")
    args = parser.parse_args()
    builds = [b.split("=", 1) for b in args.build] + [["installed", ""]]
    rows = [run_build(name, path) for name, path in builds]
    base = rows[0]
    m = machine()
    lines = [f"Machine: {machine_line(m)}. Builds run one after the other, nothing else running; best of three.",
             "",
             "| build | instruction sets | prompt after cached prefix (237 tok) | fresh prompt (400 tok) | decode |",
             "|---|---|---|---|---|"]
    for r in rows:
        ratio = r["prefix_237_tok_s"] / base["prefix_237_tok_s"]
        lines.append(f"| {r['build']} | {' '.join(r['flags'])} | {r['prefix_237_tok_s']:.1f} tok/s ({ratio:.2f}x) | "
                     f"{r['fresh_400_tok_s']:.1f} tok/s | {r['decode_tok_s']:.1f} tok/s |")
    save_json("prompt_speed", {"machine": m, "rows": rows})
    write_section("prompt-speed", "## Prompt speed per llama.cpp build (`python -m bench.prompt_speed`)\n\n"
                  + "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
