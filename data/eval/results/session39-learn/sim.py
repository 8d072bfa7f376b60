"""learn39: simulate the learned score as an added cut on a selection's lists (no refill beyond the @20 list: @20 =
the @20 list minus the papers scored below the threshold; @8 = the first 8 of that list that pass).

Scores: a logistic regression over FEATURES (model.py's LR) trained on the studied topics' judged pools; for the
studied topics each topic is scored by the model of the 5-fold split that did not see it (by topic), for the blind
groups by the model trained on every studied topic. Pooled precision (on / listed), mean recall (on / reachable).

    python sim.py FEATURES.jsonl.gz (features.py --sel SEL.json) SEL.json --set NAME [--thr 0.05,0.1,...]
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import defaultdict

import numpy as np
from model import LR, SETS, matrix


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("features")
    ap.add_argument("sel")
    ap.add_argument("--set", default="e5 all+lex")
    ap.add_argument("--thr", default="0.02,0.04,0.06,0.08,0.1,0.15,0.2")
    ap.add_argument("--l2", type=float, default=1.0)
    args = ap.parse_args()
    feats = SETS[args.set]
    with gzip.open(args.features, "rt", encoding="utf-8") as fh:
        rows = [json.loads(x) for x in fh if x.strip()]
    train = [r for r in rows if r["in_pool"] and r["group"] == "studied"]
    tids = sorted({r["topic_id"] for r in train})
    fold_of = dict(zip(tids, np.random.default_rng(39).permutation(len(tids)) % 5))
    y = np.array([r["on"] for r in train], float)
    X = matrix(train, feats)
    folds = np.array([fold_of[r["topic_id"]] for r in train])
    models = {k: LR(args.l2).fit(X[folds != k], y[folds != k]) for k in range(5)}
    full = LR(args.l2).fit(X, y)
    print("weights (standardised):", dict(zip(feats + ["bias"], np.round(full.w, 3).tolist())))
    prob: dict[tuple[str, str], float] = {}
    group: dict[str, str] = {}
    for r in rows:
        m = models[fold_of[r["topic_id"]]] if r["group"] == "studied" else full
        s = m.score(matrix([r], feats))[0]
        prob[(r["topic_id"], r["paper"])] = float(1 / (1 + np.exp(-s)))
        group[r["topic_id"]] = r["group"]
    items = json.loads(open(args.sel, encoding="utf-8").read())["items"]
    by = defaultdict(dict)
    for it in items:
        by[it["id"]][it["max_papers"]] = it
    rel = {}
    for it in items:
        off = set(it.get("off_topic_ids") or [])
        rel.setdefault(it["id"], set()).update(p for p in it["ids"] if p not in off)
    sets = {"studied": lambda g: g == "studied", "blind 38-41": lambda g: g != "studied"}
    sets.update({g: (lambda g0: lambda g: g == g0)(g) for g in ("g38", "g39", "g40", "g41")})
    print(f"{'thr':6} | " + " | ".join(f"{name}: P@8 (on/listed) P@20 (on/listed) R@8 R@20" for name in ("studied", "blind 38-41")))
    from model import metrics
    for name, pick in (("studied", lambda g: g == "studied"), ("blind 38-41", lambda g: g != "studied")):
        lr = [r for r in rows if r["listed"] and pick(r["group"])]
        lr = [dict(r, on=r["paper"] in rel.get(r["topic_id"], ())) for r in lr]
        a = metrics(lr, np.array([r["f"]["lang"] for r in lr]))
        b = metrics(lr, np.array([prob[(r["topic_id"], r["paper"])] for r in lr]))
        print(f"listed pairs {name}: {len(lr)} ({sum(r['on'] for r in lr)} on); within AUC E5 lang {a['within']:.3f} "
              f"({a['n']}) -> learned {b['within']:.3f}; overall {a['auc']:.3f} -> {b['auc']:.3f}")
    for thr in [None, 0.0] + [float(x) for x in args.thr.split(",")]:
        cells = []
        for name, pick in sets.items():
            acc = {8: [0, 0, []], 20: [0, 0, []]}
            for tid, its in by.items():
                if tid not in group or not pick(group[tid]):
                    continue
                full20 = its[20]["ids"]
                offs = set(its[20].get("off_topic_ids") or []) | set(its[8].get("off_topic_ids") or [])
                kept = [p for p in full20 if thr is None or prob.get((tid, p), 1.0) >= thr]
                for size in (8, 20):
                    lst = (its[8]["ids"] if thr is None else kept[:8]) if size == 8 else kept
                    on = sum(p not in offs for p in lst)
                    acc[size][0] += on
                    acc[size][1] += len(lst)
                    reach = its[size]["reachable"]
                    if reach:
                        acc[size][2].append(on / reach)
            cells.append((name, acc))
        line = f"{'none' if thr is None else thr:6} | "
        line += " | ".join(f"{name}: {a[8][0] / max(1, a[8][1]):.3f} ({a[8][0]}/{a[8][1]}) {a[20][0] / max(1, a[20][1]):.3f} "
                           f"({a[20][0]}/{a[20][1]}) {np.mean(a[8][2]):.3f} {np.mean(a[20][2]):.3f}" for name, a in cells)
        print(line)


if __name__ == "__main__":
    main()
