"""Run the answers eval of one question file in chunks (a killed run loses one chunk, not all), then merge.
Same library calls as `python -m assistant eval --no-retrieval --answers FILE` (run_answers_eval per chunk);
questions joined by `after` stay in one chunk; the corpus store is kept in ASSISTANT_EVAL_STORE_DIR."""
import json, os, sys, time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, os.getcwd())  # the checkout to measure (cwd), not the editable install


def main():
    qfile, outdir, size = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 8
    chunks_dir = outdir / "chunks"
    chunks_dir.mkdir(parents=True, exist_ok=True)

    from assistant.eval.answers import load_question_file, run_answers_eval, summarize, summarize_extended
    from assistant.eval.report import write_report
    from assistant.wiring import build_app
    import assistant
    print("measuring", assistant.__file__, flush=True)

    lines = qfile.read_text(encoding="utf-8").splitlines()
    header = next(l for l in lines if l.strip().startswith("{") and '"corpus"' in l and '"question"' not in l)
    header_obj = json.loads(header)
    header_obj["corpus"] = [str((qfile.parent / c).resolve()) for c in header_obj["corpus"]]
    qlines = [l for l in lines if l.strip().startswith("{") and '"question"' in l]
    groups, index = [], {}
    for l in qlines:
        q = json.loads(l)
        if q.get("after") in index:
            groups[index[q["after"]]].append(l)
            index[q["id"]] = index[q["after"]]
        else:
            groups.append([l]); index[q["id"]] = len(groups) - 1
    chunks, cur = [], []
    for g in groups:
        if cur and len(cur) + len(g) > size:
            chunks.append(cur); cur = []
        cur += g
    if cur: chunks.append(cur)
    print(f"{len(qlines)} questions in {len(chunks)} chunks", flush=True)

    app = build_app()
    try:
        for n, chunk in enumerate(chunks):
            done = chunks_dir / f"{n:02d}.json"
            if done.exists():
                continue
            cfile = chunks_dir / f"{n:02d}.jsonl"
            cfile.write_text("\n".join([json.dumps(header_obj, ensure_ascii=False)] + chunk) + "\n", encoding="utf-8")
            started = time.time()
            result = run_answers_eval(app, cfile)
            result["load_average"] = list(__import__("os").getloadavg())
            done.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
            print(f"chunk {n}: {len(chunk)} questions, {time.time() - started:.0f} s, load {result['load_average']}", flush=True)
        parts = [json.loads((chunks_dir / f"{n:02d}.json").read_text(encoding="utf-8")) for n in range(len(chunks))]
        items = [i for p in parts for i in p["items"]]
        answers = {"file": str(qfile), "model": parts[0]["model"], "store": parts[0]["store"],
                   "routing": parts[0]["routing"], **summarize(items),
                   "missing_expected_ids": sorted({i for p in parts for i in p["missing_expected_ids"]}), "items": items,
                   **summarize_extended(items)}
        answers["store"]["note"] = f"{len(parts)} chunks run one after the other on this store (data/eval/results/README.md)"
        s = app.settings
        report = {"version": 1, "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                  "setup": {"store": answers["store"]["store"], "papers": answers["store"]["papers"],
                            "embedder": s.embedder_id(), "collection": s.collection_name(), "llm": app.llm.describe(),
                            "rrf_k": s.rrf_k, "bm25_weight": s.bm25_weight, "candidates": s.candidates,
                            "load_average_per_chunk": [p["load_average"] for p in parts]},
                  "retrieval": None, "answers": answers, "translation": None}
        print(write_report(report, outdir))
    finally:
        app.close()


if __name__ == "__main__":
    main()
