"""Upload soak (issue 17): garbage uploads of 1, 10 and 49 MB and a valid 20 MB digest sent to a running `serve`
through `gradio_client`; the server's RSS before/after and the size of every reply.

    python -m bench.uploads [--sizes 1,10,49] [--valid-mb 20] [--embedder mock|use] [--no-write]

The server runs with the mock (hash) embedder by default: the soak measures the upload/parse/report path, not the
embedder (bench/ingest.py measures that). The valid digest is built from the repo's test JSONL files, copied
with new ids until it reaches the size."""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, machine, machine_line, save_json, write_section

DATA = ROOT / "tests" / "data"


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def garbage_file(folder: Path, mb: int, suffix: str) -> Path:
    """Random bytes in lines of 40-400 bytes: what a wrong or corrupted upload looks like."""
    rng = random.Random(mb)
    path = folder / f"garbage-{mb}mb{suffix}"
    with open(path, "wb") as out:
        written = 0
        while written < mb * 2**20:
            line = rng.randbytes(rng.randint(40, 400)).replace(b"\n", b" ") + b"\n"
            out.write(line)
            written += len(line)
    return path


def valid_digest(folder: Path, mb: int) -> tuple[Path, int]:
    records = []
    for path in sorted(DATA.glob("*_AI_enhanced_Chinese.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and record.get("id") and record.get("AI"):
                records.append(record)
    out = folder / "2026-02-02_AI_enhanced_Chinese.jsonl"
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        while fh.tell() < mb * 2**20:
            record = dict(records[n % len(records)], id=f"2602.{10000 + n:05d}")
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return out, n


def run(sizes: list[int], valid_mb: int, embedder: str) -> dict:
    from gradio_client import Client, handle_file

    from tests.ui.conftest import start_server, stop_server

    work = Path(tempfile.mkdtemp(prefix="bench-uploads-"))
    url, proc = start_server(work, ASSISTANT_EMBEDDING_MODE=embedder, ASSISTANT_UPLOAD_MAX_MB="60")
    rows = []
    try:
        client = Client(url, verbose=False)
        client.predict("HarmonRank", 3, "", "", "", api_name="/search")  # warm: imports, first query
        start_rss = rss_mb(proc.pid)
        files = [(f"garbage {mb} MB {suffix}", garbage_file(work, mb, suffix), None)
                 for mb in sizes for suffix in (".jsonl", ".md")]
        valid, papers = valid_digest(work, valid_mb)
        files.append((f"valid digest {valid_mb} MB ({papers} papers)", valid, papers))
        for label, path, expected in files:
            before = rss_mb(proc.pid)
            started = time.perf_counter()
            try:
                reply = client.predict(handle_file(str(path)), api_name="/ingest")
                text, error = json.dumps(reply, ensure_ascii=False), None
            except Exception as exc:  # a refusal is a result here: its size counts too
                text, error = str(exc), str(exc)[:120]
            rows.append({"upload": label, "file_mb": round(path.stat().st_size / 2**20, 1),
                         "seconds": round(time.perf_counter() - started, 1), "reply_kb": round(len(text) / 1024, 1),
                         "rss_before_mb": round(before), "rss_after_mb": round(rss_mb(proc.pid)),
                         "papers_added": None if error else reply.get("papers_added"),
                         "skipped_total": None if error else reply.get("skipped_total", len(reply.get("skipped", []))),
                         "error": error})
            print(rows[-1], flush=True)
        time.sleep(2)
        end_rss = rss_mb(proc.pid)
    finally:
        stop_server(proc)
    # What holding the uploaded papers costs by itself: a fresh `serve` on the same store, after one search.
    url, fresh = start_server(work, ASSISTANT_EMBEDDING_MODE=embedder)
    try:
        Client(url, verbose=False).predict("HarmonRank", 3, "", "", "", api_name="/search")
        fresh_rss = rss_mb(fresh.pid)
    finally:
        stop_server(fresh)
    return {"machine": machine(), "embedder": embedder, "start_rss_mb": round(start_rss),
            "end_rss_mb": round(end_rss), "rss_growth_mb": round(end_rss - start_rss),
            "fresh_rss_same_store_mb": round(fresh_rss), "excess_over_fresh_mb": round(end_rss - fresh_rss),
            "rows": rows}


def markdown(result: dict) -> str:
    lines = ["## Upload soak (`python -m bench.uploads`)", "", machine_line(result["machine"]), "",
             f"One `serve` process ({result['embedder']} embedder, mock LLM), uploads sent one after another through "
             f"`gradio_client`. Server RSS at start {result['start_rss_mb']} MB, after all uploads "
             f"{result['end_rss_mb']} MB (**{result['rss_growth_mb']:+d} MB**). A fresh `serve` on the same store "
             f"(the valid digest's papers loaded from disk, one search) holds {result['fresh_rss_same_store_mb']} MB: "
             f"the soaked server is **{result['excess_over_fresh_mb']:+d} MB** above it, i.e. what remains after the "
             "uploads is the data the store now holds, not the uploads' garbage or replies.", "",
             "| upload | file MB | s | reply KB | RSS before → after MB | added | skipped | refused |",
             "|---|---|---|---|---|---|---|---|"]
    for r in result["rows"]:
        lines.append(f"| {r['upload']} | {r['file_mb']} | {r['seconds']} | {r['reply_kb']} | "
                     f"{r['rss_before_mb']} → {r['rss_after_mb']} | {r['papers_added'] if r['papers_added'] is not None else '–'} | "
                     f"{r['skipped_total'] if r['skipped_total'] is not None else '–'} | {r['error'] or ''} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,49")
    parser.add_argument("--valid-mb", type=int, default=20)
    parser.add_argument("--embedder", default="mock", choices=["mock", "use"])
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    result = run([int(s) for s in args.sizes.split(",") if s], args.valid_mb, args.embedder)
    print(markdown(result))
    if not args.no_write:
        save_json("uploads", result)
        write_section("uploads", markdown(result))


if __name__ == "__main__":
    main()
