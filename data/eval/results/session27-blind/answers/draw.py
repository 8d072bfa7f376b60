"""Draw a held-out set's papers (rebuilt in session 27 from data/eval/CORPUS.md's description of the sessions 22-26 draws).

Pool: the first usable record (`usable()` of data/eval/make_corpus.py) of each id of the dw-dengwei days already copied
into data/eval/corpus/ (read from the shared corpus, day files in name order, lines in file order), minus every id in
data/eval/corpus/ or data/sample/, as (file, id) pairs, shuffled with random.Random(seed).shuffle(pool).

    python draw.py SEED [--repo REPO_CHECKOUT] [--put-back ID ...] [--top N] [--shared DIR]

--put-back removes ids from the exclusion set (to rebuild an earlier draw whose papers are now in the store).
Checked in session 27: `--repo <a worktree of e1b4626's parent>` (474 ids) with seed 20261222 and the h22- papers put
back gives 6,889 papers and the h22- ranks of data/eval/CORPUS.md (1-5, 8, 10, 12, 14, 19, 33, 43); seed 20261223 over
bb81f82 (497 ids) gives 6,866 papers, the h23- draw. Only the standard library (make_corpus.py is loaded by path).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
from pathlib import Path


def load_usable(repo: Path):
    spec = importlib.util.spec_from_file_location("make_corpus", repo / "data/eval/make_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.usable


def store_ids(repo: Path) -> set[str]:
    ids: set[str] = set()
    for f in sorted((repo / "data/eval/corpus").rglob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(json.loads(line)["id"])
    for f in sorted((repo / "data/sample").iterdir()):
        ids.update(re.findall(r"arxiv\.org/abs/(\d{4}\.\d{4,5})", f.read_text(encoding="utf-8")))
    return ids


def pool(repo: Path, shared: Path, exclude: set[str]) -> list[tuple[str, str]]:
    usable = load_usable(repo)
    days = sorted(p.name for p in (repo / "data/eval/corpus/dw-dengwei").glob("*_AI_enhanced_Chinese.jsonl"))
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for day in days:
        for line in (shared / "dw-dengwei" / day).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            rid = rec.get("id")
            if rid in seen or rid in exclude or not usable(rec):
                continue
            seen.add(rid)
            out.append((f"dw-dengwei/{day}", rid))
    return out


def records(shared: Path, pairs):
    """The drawn (first usable) record of each pair."""
    for name, rid in pairs:
        for line in (shared / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                if rec.get("id") == rid:
                    yield name, rec
                    break


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("seed", type=int)
    here = Path(__file__).resolve()
    ap.add_argument("--repo", default=str(here.parents[5]))
    ap.add_argument("--shared", default=str(here.parents[6] / "shared" / "corpus" / "daily-arxiv"))
    ap.add_argument("--put-back", nargs="*", default=[])
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    repo, shared = Path(args.repo), Path(args.shared)
    exclude = store_ids(repo) - set(args.put_back)
    p = pool(repo, shared, exclude)
    random.Random(args.seed).shuffle(p)
    print(f"excluded {len(exclude)} ids; pool {len(p)} papers")
    for rank, (name, rid) in enumerate(p[: args.top], 1):
        title = next(records(shared, [(name, rid)]))[1].get("title", "").replace("\n", " ")
        print(f"{rank:3d} {rid} {name.split('/')[1][:10]} {title[:100]}")


if __name__ == "__main__":
    main()
