"""The evaluation harness on a large store and the bundled model; writes the `eval` section of RESULTS.md.

    python -m bench.eval [--pool 5000] [--store DIR] [--sample 200] [--translation 3] [--no-answers]

A part that is switched off (`--no-retrieval`, `--no-answers`, `--translation 0`) is taken from the latest
earlier `bench/results/*-eval.json` that has it, so the parts can be run separately (all three off just
rewrites the section).

Retrieval: `assistant.eval` on a store of `--pool` shared-corpus papers (built in a temp dir, or reused from
`--store` when it already holds them). Answers and translation: the bundled sample digest with the bundled
local model (`llm_mode=local`), questions from data/eval/sample-questions.jsonl.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, machine, machine_line, save_json, write_section

QUESTIONS = ROOT / "data" / "eval" / "sample-questions.jsonl"


def retrieval_part(pool: int, store: Path | None, sample: int) -> dict:
    from assistant.eval.retrieval import run_retrieval_eval
    from assistant.settings import Settings
    from assistant.wiring import build_app
    from bench.retrieval import load_pool

    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(Settings(store_dir=store or Path(tmp), _env_file=None))
        build_s = None
        if app.store.paper_count() < pool:
            papers = load_pool(pool)
            started = time.perf_counter()
            app.store.ingest(papers)
            build_s = round(time.perf_counter() - started, 1)
        started = time.perf_counter()
        result = run_retrieval_eval(app, sample=sample)
        result["eval_seconds"] = round(time.perf_counter() - started, 1)
        result["build_seconds"] = build_s
        return result


def llm_part(answers: bool, translation: int) -> tuple[dict | None, dict | None, str]:
    from assistant.eval.answers import run_answers_eval
    from assistant.eval.translation import run_translation_eval
    from assistant.ingest import ingest_paths
    from assistant.settings import Settings
    from assistant.wiring import build_app

    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(Settings(store_dir=Path(tmp), llm_mode="local", _env_file=None))
        try:
            ingest_paths(app.store, [ROOT / "data" / "sample"])
            describe = app.llm.describe()
            ans = run_answers_eval(app, QUESTIONS) if answers else None
            tra = run_translation_eval(app, translation) if translation else None
        finally:
            app.close()
    return ans, tra, describe


def previous_parts() -> dict:
    """Each part (and the LLM description) from the latest earlier run that has it."""
    import json

    out: dict = {}
    for run in sorted((ROOT / "bench" / "results").glob("*-eval.json"), key=lambda p: p.stat().st_mtime):
        data = json.loads(run.read_text(encoding="utf-8"))
        out.update({k: v for k, v in data.items() if k in ("retrieval", "answers", "translation", "llm") and v})
    return out


def main() -> None:
    from assistant.eval.report import answers_markdown, retrieval_markdown, translation_markdown

    parser = argparse.ArgumentParser()
    parser.add_argument("--pool", type=int, default=5000)
    parser.add_argument("--store", type=Path, default=None, help="reuse (or build) the pool store here")
    parser.add_argument("--sample", type=int, default=200, help="papers sampled for the retrieval query sets")
    parser.add_argument("--translation", type=int, default=3, help="papers translated there and back")
    parser.add_argument("--no-answers", action="store_true")
    parser.add_argument("--no-retrieval", action="store_true")
    args = parser.parse_args()

    m = machine()
    load_start = os.getloadavg()[0]
    retrieval = None if args.no_retrieval else retrieval_part(args.pool, args.store, args.sample)
    answers = translation = llm = None
    if not args.no_answers or args.translation:
        answers, translation, llm = llm_part(not args.no_answers, args.translation)
    before = previous_parts()  # read last: another part may have finished meanwhile
    llm = llm or before.get("llm", "")
    retrieval = retrieval or before.get("retrieval")
    answers = answers or before.get("answers")
    translation = translation or before.get("translation")
    data = {"machine": m, "llm": llm, "retrieval": retrieval, "answers": answers, "translation": translation}
    path = save_json("eval", data)
    lines = ["## eval (`python -m bench.eval`, the `python -m assistant eval` harness)", "",
             f"Machine: {machine_line(m)}. Embedder: bundled USE v3. LLM: {llm}. JSON: `bench/results/{path.name}`.",
             f"1-min load average {load_start:.2f} at the start, {os.getloadavg()[0]:.2f} at the end, on "
             f"{m['cores']} cores (above ~2, other work shared the CPU and latencies are pessimistic).",
             ""]
    if retrieval:
        built = f", built in {retrieval['build_seconds']} s" if retrieval["build_seconds"] else ""
        lines += ["### Retrieval", "", f"Store of {retrieval['papers']} shared-corpus papers (2026 files, usable summaries"
                  f"{built}); query sets from {retrieval['sampled']} sampled papers. `zh->en` and `en->zh` only "
                  "count hits through the other language's sections (a Chroma/BM25 filter on the section), so "
                  "they measure cross-language retrieval on the full bilingual store.", "",
                  *retrieval_markdown(retrieval)]
    if answers:
        lines += ["### Answers (bundled sample, bundled model)", "", *answers_markdown(answers)]
    if translation:
        lines += ["### Translation (bundled sample, bundled model)", "", *translation_markdown(translation)]
    write_section("eval", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
