"""Whole-corpus ingest as a new user runs it (`python -m assistant ingest <corpus> --json`), timed from outside.

    python -m bench.ingest_speed [--corpus DIR] [--store DIR] [--old-tree DIR] [--baseline-files N] [--write]

Measures wall time, papers/s, user+system CPU of the whole process tree (the CLI and its embedding workers) and
peak RSS: of the CLI process and of the largest embedding worker (`ru_maxrss` of the children, read from
/proc while it runs, summed over the tree at its largest). `--old-tree` runs the same command from another
checkout (e.g. a `git worktree` of the commit before #15) with the same venv. `--baseline-files N` runs
`bench.ingest`'s naive `VectorStoreIndex.from_documents` baseline on the first N corpus files (the whole corpus
took > 42 min).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.common import CORPUS, ROOT, machine, machine_line, save_json, write_section


def _tree_rss_mb(pid: int) -> float:
    """RSS (MiB) of a process and its descendants."""
    total = 0
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        p = int(entry.name)
        children.setdefault(int(fields.get("PPid", "0").strip() or 0), []).append(p)
        rss[p] = int(fields.get("VmRSS", "0 kB").split()[0]) if "VmRSS" in fields else 0
    stack = [pid]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        stack += children.get(p, [])
    return total / 1024


def timed_ingest(corpus: Path, store: Path, cwd: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(ASSISTANT_STORE_DIR=str(store), PYTHONPATH=str(cwd))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = [0.0]
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "ingest", str(corpus), "--json"], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(1.0):
            peak[0] = max(peak[0], _tree_rss_mb(proc.pid))

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    out, _ = proc.communicate()
    wall = time.perf_counter() - started
    stop.set()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    report = json.loads(out)
    return {"seconds": round(wall, 1), "papers": report["papers_added"], "chunks_embedded": report["chunks_embedded"],
            "papers_per_s": round(report["papers_added"] / wall, 1),
            "cpu_user_s": round(after.ru_utime - before.ru_utime, 1),
            "cpu_sys_s": round(after.ru_stime - before.ru_stime, 1),
            "cpu_ms_per_chunk": round(1000 * (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
                                      / max(1, report["chunks_embedded"]), 2),
            "peak_tree_rss_mib": round(peak[0]), "peak_process_rss_mib": round(after.ru_maxrss / 1024)}


def baseline_subset(corpus: Path, n_files: int) -> dict:
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".md", ".jsonl") and p.stat().st_size)
    pick = files[:: max(1, len(files) // n_files)][:n_files]
    with tempfile.TemporaryDirectory() as tmp:
        sub = Path(tmp) / "subset"
        sub.mkdir()
        for f in pick:
            (sub / f"{f.parent.name}-{f.name}").symlink_to(f)
        store = Path(tmp) / "ours"
        ours = timed_ingest(sub, store, ROOT)
        out = subprocess.run([sys.executable, "-m", "bench.ingest", "--child", "baseline", "--corpus", str(sub)],
                             cwd=ROOT, capture_output=True, text=True, check=True)
        base = json.loads(out.stdout.strip().splitlines()[-1])
    return {"files": [f.name for f in pick], "ours": ours, "baseline": base}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--store", type=Path, help="keep the new pipeline's store here (e.g. as bench.scale's seed)")
    parser.add_argument("--old-tree", type=Path, help="a checkout of the code before #15 (git worktree)")
    parser.add_argument("--baseline-files", type=int, default=0)
    parser.add_argument("--skip-new", action="store_true")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    m = machine()
    data: dict = {"machine": m}
    previous = sorted((ROOT / "bench" / "results").glob("*-ingest-speed.json"))
    if previous:
        data.update({k: v for k, v in json.loads(previous[-1].read_text()).items() if k != "machine"})
    if not args.skip_new:
        store = args.store or Path(tempfile.mkdtemp()) / "store"
        if store.exists():
            shutil.rmtree(store)
        data["new"] = timed_ingest(args.corpus, store, ROOT)
        data["new"]["machine"] = m
        print("new", data["new"], flush=True)
        if not args.store:
            shutil.rmtree(store.parent, ignore_errors=True)
    if args.old_tree:
        with tempfile.TemporaryDirectory() as tmp:
            data["old"] = timed_ingest(args.corpus, Path(tmp) / "store", args.old_tree)
            data["old"]["machine"] = m
        print("old", data["old"], flush=True)
    if args.baseline_files:
        data["baseline_subset"] = baseline_subset(args.corpus, args.baseline_files)
        data["baseline_subset"]["machine"] = m
        print("baseline", data["baseline_subset"], flush=True)
    save_json("ingest-speed", data)
    if args.write:
        write_section("ingest-speed", section(data))


def section(data: dict) -> str:
    lines = ["## Ingest speed, issue 15 (`python -m bench.ingest_speed`)", ""]
    rows = ["| pipeline | run | wall | papers | chunks embedded | papers/s | CPU user+sys | CPU per chunk | "
            "peak RSS (process tree / largest process) |", "|---|---|---|---|---|---|---|---|---|"]
    for key, label in (("new", "#15: fast USE forward pass + C++ tokenizer, in-place BM25"),
                       ("old", "before #15 (same command, a worktree of the previous commit)")):
        r = data.get(key)
        if r:
            rows.append(f"| {label} | {machine_line(r['machine'])} | {r['seconds']} s | {r['papers']} | "
                        f"{r['chunks_embedded']} | {r['papers_per_s']} | {r['cpu_user_s'] + r['cpu_sys_s']:.0f} s | "
                        f"{r['cpu_ms_per_chunk']} ms | {r['peak_tree_rss_mib']} / {r['peak_process_rss_mib']} MiB |")
    lines += rows
    b = data.get("baseline_subset")
    if b:
        o, base = b["ours"], b["baseline"]
        lines += ["", f"Naive `VectorStoreIndex.from_documents` baseline on a subset ({len(b['files'])} files; the "
                  f"whole corpus took > 42 min), same run: ours {o['seconds']} s for {o['papers']} papers "
                  f"({o['chunks_embedded']} chunks, {o['papers_per_s']} papers/s), baseline {base['seconds']} s "
                  f"({base['documents']} documents, {base['chunks_embedded']} chunks of 1024 tokens, peak RSS "
                  f"{base['peak_rss_mib']} MiB). Files: {', '.join(b['files'])}."]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
