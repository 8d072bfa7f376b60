"""The digest selection studies of issue 16 (sessions 16-18): digests without the LLM, per topic group.

One script for every study (sessions 16 and 17 each kept a copy differing only in the topics path):

    cd CODE && PYTHONPATH=. flock /tmp/cpu.lock timeout 900 python PATH/TO/digest_selection.py run TOPICS.jsonl OUT.json [--only id,id]
    python digest_selection.py compare A.json B.json         # per group precision (all listed) and recall, and
                                                             # every digest whose papers or concepts changed
    python digest_selection.py pertopic A.json [B.json ...] --ids id,id   # per topic: on topic / listed, recall

`run` builds the themed digests of sizes 8 and 20 of every topic in TOPICS (a copy of data/eval/topics.jsonl taken
before the study, holding only groups the study may read) with `assistant.eval.digests.run_digests(...,
use_llm=False)` on the store of bench/digest_relevance.py (dw-dengwei 2026-06-01..10), importing `assistant` from
the current directory: run it from a checkout (or `git worktree`) of the code to measure. `compare` and `pertopic`
take the groups from bench/digest_topics.py (FIRST and GROUPS) of the current directory; a group with no topic in
the files is left out.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, os.getcwd())


def run(topics_path: Path, out: Path, only: list[str] | None) -> None:
    from assistant.eval.digests import load_topic_file, run_digests
    from bench.digest_relevance import default_store, ensure_store, open_app

    header, topics = load_topic_file(topics_path)
    if only:
        topics = [t for t in topics if t.id in only]
    store = default_store()
    ensure_store(store)
    app = open_app(store)
    t0 = time.perf_counter()
    items = run_digests(app, topics, header, use_llm=False, sizes=[8, 20])
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    res = {"when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "head": head, "topics": str(topics_path),
           "seconds": round(time.perf_counter() - t0, 1), "load": list(os.getloadavg()), "items": items}
    out.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    print("done", res["seconds"], "s")


def groups() -> list[tuple[str, tuple[str, ...]]]:
    from bench.digest_topics import FIRST, GROUPS

    return [("first20", FIRST)] + [(f"g{n}", group) for n, (group, _, _) in enumerate(GROUPS, 1)]


def _items(path: str) -> list[dict]:
    return json.loads(Path(path).read_text(encoding="utf-8"))["items"]


def compare(a_path: str, b_path: str) -> None:
    from assistant.eval.digests import summarize_digests

    a, b = _items(a_path), _items(b_path)
    present = {i["id"] for i in a} & {i["id"] for i in b}
    rows = [(name, ids) for name, ids in groups() if set(ids) & present]
    rows.append(("all", tuple(t for _, ids in rows for t in ids)))

    def f(x: float | None) -> str:
        return "  -  " if x is None else f"{x:.2f}"

    print(f"{'group':8} | P@8 a->b (n) | P@20 a->b | R@8 a->b | R@20 a->b")
    for name, ids in rows:
        sa = summarize_digests([i for i in a if i["id"] in ids])
        sb = summarize_digests([i for i in b if i["id"] in ids])
        cells = []
        for n in ("8", "20"):
            x, y = sa[n], sb[n]
            cells.append(f"{f(x['precision'])}->{f(y['precision'])} ({x['on_topic']}/{x['papers']}->"
                         f"{y['on_topic']}/{y['papers']})")
        print(f"{name:8} | {cells[0]} | {cells[1]} | {f(sa['8']['recall'])}->{f(sb['8']['recall'])} | "
              f"{f(sa['20']['recall'])}->{f(sb['20']['recall'])}")
    by_a = {(i["id"], i["max_papers"]): i for i in a}
    by_b = {(i["id"], i["max_papers"]): i for i in b}
    for key, x in by_a.items():
        y = by_b.get(key)
        if y and (x["ids"] != y["ids"] or x.get("concepts") != y.get("concepts")):
            print(f"CHANGED {key}: on {x['on_topic']}/{x['papers']} -> {y['on_topic']}/{y['papers']}; "
                  f"concepts {x.get('concepts')} -> {y.get('concepts')}")
            print("   +", [p for p in y["ids"] if p not in x["ids"]],
                  " off:", [p for p in y["off_topic_ids"] if p not in x["ids"]])
            print("   -", [p for p in x["ids"] if p not in y["ids"]])


def pertopic(files: list[str], ids: list[str]) -> None:
    runs = [{(i["id"], i["max_papers"]): i for i in _items(f)} for f in files]
    names = {k[0]: v["topic"] for k, v in runs[0].items()}
    print("| topic | " + " | ".join(files) + " |")
    print("|---|" + "---|" * len(files))
    for tid in ids:
        cells = [" \\| ".join(f"{r[(tid, n)]['on_topic']}/{r[(tid, n)]['papers']} R{r[(tid, n)]['recall']:.2f}"
                              for n in (8, 20)) for r in runs]
        print(f"| {names[tid]} | " + " | ".join(cells) + " |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("topics", type=Path)
    r.add_argument("out", type=Path)
    r.add_argument("--only", default="")
    c = sub.add_parser("compare")
    c.add_argument("a")
    c.add_argument("b")
    p = sub.add_parser("pertopic")
    p.add_argument("files", nargs="+")
    p.add_argument("--ids", required=True)
    args = ap.parse_args()
    if args.cmd == "run":
        run(args.topics, args.out, [x for x in args.only.split(",") if x] or None)
    elif args.cmd == "compare":
        compare(args.a, args.b)
    else:
        pertopic(args.files, args.ids.split(","))


if __name__ == "__main__":
    main()
