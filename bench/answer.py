"""Answer latency on the bundled model (2 CPU cores): time to first token and total, for 10 questions (en+zh).

    python -m bench.answer
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, machine, machine_line, save_json, write_section

QUESTIONS = [
    "What does GCRank propose for takeout advertising ranking?",
    "What does HarmonRank align in live-streaming e-commerce recommendation?",
    "How does COFFEE enrich user-ad representations?",
    "How are small language models used as relevance labelers in enterprise search?",
    "What BLEU score does GCRank report on WMT14?",
    "GCRank 的生成式上下文编码器包含哪些模块？",
    "HarmonRank 解决了什么问题？",
    "哪篇论文研究了搜索查询建议中的偏见？",
    "企业搜索中如何用小模型做相关性标注？",
    "FUSE 如何利用子代理的证据？",
]


def main() -> None:
    from assistant.ingest import ingest_paths
    from assistant.settings import Settings
    from assistant.wiring import build_app

    m = machine()
    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(Settings(store_dir=Path(tmp), llm_mode="local", _env_file=None))
        ingest_paths(app.store, [ROOT / "data" / "sample"])
        t = time.perf_counter()
        llm = app.llm.get()
        startup = time.perf_counter() - t
        rows = []
        for q in QUESTIONS:
            answer = app.ask(q)
            rows.append({"question": q, "language": answer.language, "refused": answer.refused,
                         "prompt_tokens": answer.prompt_tokens, "cited": [c.id for c in answer.citations],
                         "first_token_ms": answer.timings.get("first_token_ms"), "total_ms": answer.timings["total_ms"],
                         "retrieve_ms": answer.timings["retrieve_ms"], "prompt_version": answer.prompt_version,
                         "dropped": len(answer.dropped)})
            print(rows[-1])
        app.close()
    ttft = [r["first_token_ms"] for r in rows if r["first_token_ms"]]
    data = {"machine": m, "model": llm.name, "source_budget": llm.source_budget, "server_start_s": round(startup, 1),
            "rows": rows}
    save_json("answer", data)
    lines = ["## Answers on the bundled model (`python -m bench.answer`)", "",
             f"Machine: {machine_line(m)}. Model: {llm.name} (llama.cpp server, 2 threads), source budget "
             f"{llm.source_budget} tokens, server start {startup:.1f} s. Store: the bundled sample digest.", "",
             "| question | lang | prompt tokens | first token | total | refused | cited | dropped claims |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        ft = f"{r['first_token_ms'] / 1000:.1f} s" if r["first_token_ms"] else "— (no LLM call)"
        lines.append(f"| {r['question']} | {r['language']} | {r['prompt_tokens']} | {ft} | {r['total_ms'] / 1000:.1f} s "
                     f"| {r['refused']} | {', '.join(r['cited']) or '—'} | {r['dropped']} |")
    lines += ["", f"Median time to first token: {statistics.median(ttft) / 1000:.1f} s over {len(ttft)} model calls; "
              f"median total: {statistics.median(r['total_ms'] for r in rows) / 1000:.1f} s. Prompt tokens are "
              "counted with tiktoken cl100k_base (the model's own tokenizer differs slightly)."]
    write_section("answer", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
