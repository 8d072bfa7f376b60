"""The BM25 index alone, old design against new, on the same tokens (issue 15).

    python -m bench.kwindex_ab --seed-store DIR [--copies 3] [--old-ref 3bc6981] [--json]

Tokens: the JSON cache (format 2) of a store built before issue 15 (e.g. the whole-corpus store of the ingest-speed
run), repeated `--copies` times (the copies with new ids, dates a year later per copy, 5 % of tokens dropped, one
copy marker). The old design is `assistant/keyword_index.py` as of `--old-ref` (everything in memory, one JSON cache
file), loaded from git; the new one is the current module (SQLite segments). Each is built in one process (batches
of 4,000 chunks, then a save) and measured in a fresh one: open + first search, RSS, 150 Chinese TL;DR queries of 60
results unfiltered and with a date filter, one day's update (1,000 new chunks: upsert + search, then the save).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from bench.common import ROOT, machine, save_json


def _module(which: str, old_ref: str, work: Path):
    if which == "new":
        from assistant import keyword_index

        return keyword_index
    src = work / "old_keyword_index.py"
    if not src.exists():
        src.write_text(subprocess.run(["git", "show", f"{old_ref}:assistant/keyword_index.py"], cwd=ROOT,
                                      capture_output=True, text=True, check=True).stdout)
    spec = importlib.util.spec_from_file_location("old_keyword_index", src)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _items(cache: Path, copies: int) -> list[tuple]:
    from assistant.keyword_index import read_cache

    _, docs = read_cache(cache)
    rng = random.Random(1)
    out = []
    for k in range(copies):
        for nid, d in docs.items():
            meta, toks = dict(d["meta"]), d["tokens"]
            if k:
                meta["arxiv_id"] = f'{meta.get("arxiv_id", "")}c{k}'
                for key in ("date_first_int", "date_last_int"):
                    meta[key] = (meta.get(key, 0) or 0) + 10000 * k
                toks = [t for t in toks if rng.random() > 0.05] + [f"copy{k}"]
            out.append((nid.replace("#", f"c{k}#", 1) if k else nid, f'{d["hash"]}c{k}', toks,
                        {**meta, "embed_hash": f'{d.get("text_hash", "")}c{k}'}))
    return out


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _child(args: argparse.Namespace) -> dict:
    work = Path(args.work)
    mod = _module(args.which, args.old_ref, work)
    path = work / ("bm25.json" if args.which == "old" else "bm25.sqlite3")
    if args.step == "build":
        items = _items(Path(args.cache), args.copies)
        t = time.perf_counter()
        kw = mod.KeywordIndex(path)
        for start in range(0, len(items), 4000):
            kw.upsert_tokens(items[start:start + 4000])
        build = time.perf_counter() - t
        t = time.perf_counter()
        kw.save("g")
        return {"chunks": len(items), "build_s": round(build, 1), "save_s": round(time.perf_counter() - t, 1),
                "file_mb": round(path.stat().st_size / 2**20)}
    from assistant.lang import tokenize

    queries = json.loads(Path(args.queries).read_text())
    before = _rss_mb()
    t = time.perf_counter()
    kw = mod.KeywordIndex(path)
    kw.search("warm up", 1)
    out = {"open_and_first_search_s": round(time.perf_counter() - t, 2)}
    for label, flt in (("all", {}), ("filtered", {"since": 20270101})):
        times = []
        for q in queries:
            s = time.perf_counter()
            kw.search(q, 60, **flt)
            times.append((time.perf_counter() - s) * 1000)
        out[f"{label}_p50_ms"] = round(float(np.percentile(times, 50)), 1)
        out[f"{label}_p95_ms"] = round(float(np.percentile(times, 95)), 1)
    out["rss_mb"], out["rss_index_mb"] = round(_rss_mb()), round(_rss_mb() - before)
    day = [(f"2612.9{i:04d}#title", f"h{i}", tokenize(q), {"arxiv_id": f"2612.9{i:04d}", "date_first_int": 20271231,
            "date_last_int": 20271231}) for i, q in enumerate((queries * 8)[:1000])]
    t = time.perf_counter()
    kw.upsert_tokens(day)
    kw.search(queries[0], 5)
    out["day_upsert_and_search_s"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    kw.save("g2")
    out["day_save_s"] = round(time.perf_counter() - t, 2)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def _queries(seed: Path, n: int = 150) -> list[str]:
    from assistant.index import catalog_json
    from assistant.settings import Settings
    from assistant.store_files import open_chroma_client

    settings = Settings(store_dir=seed, _env_file=None)
    catalog = open_chroma_client(settings).get_collection(f"{settings.collection_name()}_papers",
                                                          embedding_function=None)
    got = catalog.get(include=["documents", "metadatas"], limit=3000)
    docs = [catalog_json(d, m) for d, m in zip(got["documents"], got["metadatas"])]
    tldrs = []
    for doc in docs:
        try:
            tldr = (json.loads(doc or "{}").get("summary") or {}).get("tldr")
        except ValueError:
            continue
        if tldr:
            tldrs.append(tldr)
    random.Random(7).shuffle(tldrs)
    return tldrs[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed-store", type=Path, required=True)
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--old-ref", default="3bc6981", help="a commit with the in-memory index (before issue 15)")
    parser.add_argument("--json", action="store_true")
    for hidden in ("--which", "--step", "--work", "--cache", "--queries"):
        parser.add_argument(hidden, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        print(json.dumps(_child(args)))
        return
    from assistant.settings import Settings

    cache = args.seed_store / f"bm25-{Settings(store_dir=args.seed_store, _env_file=None).collection_name()}.json"
    work = Path(tempfile.mkdtemp(prefix="kwindex-ab-"))
    queries = work / "queries.json"
    queries.write_text(json.dumps(_queries(args.seed_store), ensure_ascii=False))
    result = {"machine": machine(), "copies": args.copies, "old_ref": args.old_ref}
    for which in ("old", "new"):
        (work / which).mkdir()
        for step in ("build", "measure"):
            done = subprocess.run([sys.executable, "-m", "bench.kwindex_ab", "--seed-store", str(args.seed_store),
                                   "--copies", str(args.copies), "--old-ref", args.old_ref, "--which", which,
                                   "--step", step, "--work", str(work / which), "--cache", str(cache),
                                   "--queries", str(queries)], cwd=ROOT, capture_output=True, text=True, check=True)
            result.setdefault(which, {}).update(json.loads(done.stdout.strip().splitlines()[-1]))
    save_json("kwindex-ab", result)
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
