"""learn39: the hard regime: the papers the digests list (sel-269-584ec75, @8 and @20 lists, after today's E5 floor).
Within-topic AUC of feature sets on the listed pairs, the model trained (a) on the studied topics' judged pools,
(b) on the studied topics' listed pairs (5-fold by topic for the studied rows), tested on the blind groups' listed pairs.

    python listed.py FEATURES.jsonl.gz (features.py --sel --qemb)
"""

from __future__ import annotations

import gzip
import json
import sys

import numpy as np
from model import LR, SETS, matrix, metrics


def main() -> None:
    with gzip.open(sys.argv[1], "rt", encoding="utf-8") as fh:
        rows = [json.loads(x) for x in fh if x.strip()]
    pool = [r for r in rows if r["in_pool"] and r["group"] == "studied"]
    listed_s = [r for r in rows if r["listed"] and r["group"] == "studied"]
    listed_b = [r for r in rows if r["listed"] and r["group"] != "studied"]
    print(f"listed pairs: studied {len(listed_s)} ({sum(r['on'] for r in listed_s)} on), blind {len(listed_b)} "
          f"({sum(r['on'] for r in listed_b)} on)")
    tids = sorted({r["topic_id"] for r in listed_s})
    fold_of = dict(zip(tids, np.random.default_rng(39).permutation(len(tids)) % 5))
    folds = np.array([fold_of[r["topic_id"]] for r in listed_s])
    ys = np.array([r["on"] for r in listed_s], float)
    print(f"{'set':18} | pool-trained: studied listed, blind listed | listed-trained: studied cv5, blind")
    for name, feats in SETS.items():
        m = LR(1.0).fit(matrix(pool, feats), np.array([r["on"] for r in pool], float))
        a = metrics(listed_s, m.score(matrix(listed_s, feats)))
        b = metrics(listed_b, m.score(matrix(listed_b, feats)))
        X = matrix(listed_s, feats)
        sc = np.zeros(len(listed_s))
        for k in range(5):
            mk = LR(3.0).fit(X[folds != k], ys[folds != k])
            sc[folds == k] = mk.score(X[folds == k])
        c = metrics(listed_s, sc)
        d = metrics(listed_b, LR(3.0).fit(X, ys).score(matrix(listed_b, feats)))
        print(f"{name:18} | {a['within']:.3f} ({a['n']}) {b['within']:.3f} ({b['n']}) | {c['within']:.3f} {d['within']:.3f}")


if __name__ == "__main__":
    main()
