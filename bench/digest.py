"""Digest and translation wall time on the bundled model (2 CPU cores), first run vs cached run.

- a 20-paper themed digest (zh and en) over a pool of corpus papers, built twice with the same request;
- the English abstracts of those 20 papers translated to Chinese, twice (the second run is served by the
  translation cache in the store: no LLM call).

    python -m bench.digest [--pool 1500] [--topic "LLM-based recommendation"] [--papers 20] [--translations 20]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import machine, machine_line, save_json, write_section


def run_digest(app, request) -> dict:
    from assistant.chains.answer import final_event
    from assistant.chains.digest import Digest

    t = time.perf_counter()
    digest = final_event(app.stream_digest(request), "digest", Digest)
    return {"seconds": round(time.perf_counter() - t, 2), "papers": len(digest.papers),
            "themes": len(digest.themes), "themes_named_by": sorted({th.named_by for th in digest.themes}),
            "overview": bool(digest.overview), "notes": digest.notes, "timings_ms": digest.timings,
            "cached_llm_replies": digest.cached_llm_replies,
            "ids": [p.id for p in digest.papers], "markdown": digest.markdown}


def run_translations(app, ids: list[str]) -> dict:
    from assistant.chains.answer import final_event
    from assistant.chains.translate import PaperTranslation

    rows = []
    t = time.perf_counter()
    for arxiv_id in ids:
        s = time.perf_counter()
        result = final_event(app.stream_paper_translation(arxiv_id, field="abstract"), "translation",
                             PaperTranslation)
        rows.append({"id": arxiv_id, "seconds": round(time.perf_counter() - s, 2), "cached": result.cached,
                     "complete": result.complete, "missing_numbers": result.missing_numbers,
                     "missing_terms": result.missing_terms, "source_chars": len(result.original)})
        print(rows[-1], flush=True)
    return {"seconds": round(time.perf_counter() - t, 2), "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pool", type=int, default=1500)
    parser.add_argument("--topic", default="LLM-based recommendation")
    parser.add_argument("--papers", type=int, default=20, help="papers in the digest")
    parser.add_argument("--translations", type=int, default=20, help="abstracts to translate (of the digest's)")
    args = parser.parse_args()

    from assistant.chains.digest import DigestRequest
    from assistant.settings import Settings
    from assistant.wiring import build_app
    from bench.retrieval import load_pool

    m = machine()
    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(Settings(store_dir=Path(tmp), llm_mode="local", _env_file=None))
        papers = load_pool(args.pool)
        t = time.perf_counter()
        app.store.ingest(papers)
        ingest_s = time.perf_counter() - t
        t = time.perf_counter()
        llm = app.llm.get()
        startup = time.perf_counter() - t
        digests = {}
        for lang in ("zh", "en"):
            request = DigestRequest(topic=args.topic, language=lang, max_papers=args.papers, style="themed")
            digests[lang] = {"first": run_digest(app, request), "second": run_digest(app, request)}
            print(lang, digests[lang], flush=True)
        ids = digests["zh"]["first"]["ids"][: args.translations]
        translations = {"first": run_translations(app, ids), "second": run_translations(app, ids)}
        app.close()

    data = {"machine": m, "model": llm.name, "pool": len(papers), "ingest_s": round(ingest_s, 1),
            "server_start_s": round(startup, 1), "topic": args.topic, "digests": digests,
            "translations": translations}
    save_json("digest", data)

    first, second = translations["first"], translations["second"]
    per_item = [r["seconds"] for r in first["rows"] if not r["cached"]]
    lossless = sum(1 for r in first["rows"] if r["complete"] and not r["missing_numbers"] and not r["missing_terms"])
    lines = ["## Digests and translations on the bundled model (`python -m bench.digest`)", "",
             f"Machine: {machine_line(m)}. Model: {llm.name} (llama.cpp server, 2 threads; server start "
             f"{startup:.1f} s). Pool: {len(papers)} corpus papers (ingested in {ingest_s:.0f} s). "
             f"Topic: \"{args.topic}\", {args.papers} papers, themed.", "",
             "| job | first run | second run (same request) | ratio | notes |", "|---|---|---|---|---|"]
    for lang, runs in digests.items():
        a, b = runs["first"], runs["second"]
        note = (f"{a['papers']} papers, {a['themes']} themes named by {'/'.join(a['themes_named_by']) or '—'}, "
                f"overview {'kept' if a['overview'] else 'none'}" + (f"; {'; '.join(a['notes'])}" if a["notes"] else "")
                + f"; second run: {b['cached_llm_replies']} LLM replies from the cache, same document: "
                  f"{'yes' if b['markdown'] == a['markdown'] else 'no'}")
        lines.append(f"| {args.papers}-paper digest ({lang}) | {a['seconds']:.1f} s | {b['seconds']:.1f} s | "
                     f"{a['seconds'] / max(b['seconds'], 1e-3):.1f}× | {note} |")
    lines.append(f"| translate {len(ids)} abstracts en→zh | {first['seconds']:.1f} s | {second['seconds']:.2f} s | "
                 f"{first['seconds'] / max(second['seconds'], 1e-3):.0f}× | second run: "
                 f"{sum(r['cached'] for r in second['rows'])}/{len(ids)} from the cache |")
    lines += ["",
              f"Per abstract (first run): median {statistics.median(per_item):.1f} s, max {max(per_item):.1f} s. "
              f"{lossless}/{len(ids)} translations kept every number and Latin-script term of the abstract.",
              "A digest's second run re-runs retrieval, clustering and the verifier; its LLM replies (theme names, "
              "overview) are served from the store, keyed by a hash of the exact request (model, prompt, paper "
              "lines), so a changed paper or topic asks the model again. "
              "Translations are cached in the store (paper id + field + direction + model + prompt version)."]
    if any(r["first"]["notes"] and r["second"]["cached_llm_replies"] < 2 for r in digests.values()):
        lines.append("A reply cut off by the time budget (see notes) is not cached, so the second run asks the model "
                     "again; llama.cpp's own prompt cache then already holds that prompt, so it starts generating "
                     "at once.")
    write_section("digest", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
