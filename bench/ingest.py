"""Ingest benchmark: the whole shared corpus through our pipeline vs. a naive llama-index baseline.

Each variant runs in its own subprocess (so peak RSS is its own), with the same embedder (bundled USE v3).
Baseline: `SimpleDirectoryReader` + `VectorStoreIndex.from_documents` into a fresh Chroma collection.

    python -m bench.ingest [--corpus DIR] [--skip-baseline]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import CORPUS, Timer, machine, machine_line, peak_rss_mib, save_json, write_section


def run_ours(corpus: str) -> dict:
    from assistant.ingest import ingest_paths
    from assistant.settings import Settings
    from assistant.wiring import build_app

    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(Settings(store_dir=Path(tmp), _env_file=None))
        with Timer() as t:
            report = ingest_paths(app.store, [corpus])
        with Timer() as again:
            second = ingest_paths(app.store, [corpus])
        return {
            "seconds": round(t.seconds, 1),
            "files": report.files,
            "papers": report.papers_added,
            "chunks_embedded": report.chunks_embedded,
            "skipped_records": sum(not s.degraded for s in report.skipped),
            "degraded_records": sum(s.degraded for s in report.skipped),
            "reingest_seconds": round(again.seconds, 1),
            "reingest_chunks_embedded": second.chunks_embedded,
            "reingest_unchanged": second.papers_unchanged,
            "peak_rss_mib": round(peak_rss_mib()),
        }


def run_baseline(corpus: str) -> dict:
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
    from llama_index.vector_stores.chroma import ChromaVectorStore

    from assistant.embeddings import build_embedder
    from assistant.settings import Settings

    embedder = build_embedder(Settings(_env_file=None))
    files = sorted(str(p) for p in Path(corpus).rglob("*") if p.suffix in (".md", ".jsonl") and p.stat().st_size)
    with tempfile.TemporaryDirectory() as tmp, Timer() as t:
        docs = SimpleDirectoryReader(input_files=files).load_data()
        client = chromadb.PersistentClient(path=tmp, settings=ChromaSettings(anonymized_telemetry=False))
        collection = client.get_or_create_collection("baseline", embedding_function=None)
        storage = StorageContext.from_defaults(vector_store=ChromaVectorStore(chroma_collection=collection))
        VectorStoreIndex.from_documents(docs, storage_context=storage, embed_model=embedder, show_progress=False)
        chunks = collection.count()
    return {"seconds": round(t.seconds, 1), "files": len(files), "documents": len(docs), "chunks_embedded": chunks,
            "peak_rss_mib": round(peak_rss_mib())}


def _child(which: str, corpus: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "bench.ingest", "--child", which, "--corpus", corpus],
                         capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    save_json(f"ingest-{which}", result)  # kept even if a later variant fails or is stopped
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--child", choices=["ours", "baseline"])
    parser.add_argument("--skip-baseline", action="store_true")
    args = parser.parse_args()
    if args.child:
        result = run_ours(args.corpus) if args.child == "ours" else run_baseline(args.corpus)
        print(json.dumps(result))
        return
    m = machine()
    ours = _child("ours", args.corpus)
    base = None if args.skip_baseline else _child("baseline", args.corpus)
    data = {"machine": m, "corpus": args.corpus, "ours": ours, "baseline": base}
    save_json("ingest", data)
    rate = ours["papers"] / ours["seconds"]
    lines = [
        "## Ingest (`python -m bench.ingest`)",
        "",
        f"Machine: {machine_line(m)}. Corpus: `{Path(args.corpus).name}/` ({ours['files']} files). "
        "Embedder: bundled multilingual USE v3 for both.",
        "",
        "| pipeline | wall time | papers | chunks embedded | papers/s | peak RSS |",
        "|---|---|---|---|---|---|",
        f"| ours (parse, merge, 4 section chunks, Chroma + BM25) | {ours['seconds']} s | {ours['papers']} | "
        f"{ours['chunks_embedded']} | {rate:.1f} | {ours['peak_rss_mib']} MiB |",
    ]
    if base:
        lines.append(f"| naive `VectorStoreIndex.from_documents` | {base['seconds']} s | ({base['documents']} docs) | "
                     f"{base['chunks_embedded']} | - | {base['peak_rss_mib']} MiB |")
    lines += [
        "",
        f"Re-ingesting the same corpus: {ours['reingest_seconds']} s, {ours['reingest_chunks_embedded']} chunks "
        f"embedded, {ours['reingest_unchanged']} papers unchanged. Records skipped: {ours['skipped_records']}; "
        f"kept with a flagged problem: {ours['degraded_records']}.",
    ]
    if base:
        lines.append(f"Time ratio ours / baseline: {ours['seconds'] / base['seconds']:.2f}. The baseline embeds whole "
                     "files split into 1024-token windows (no per-paper structure, no metadata, no dedup).")
    write_section("ingest", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
