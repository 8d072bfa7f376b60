"""learn39: held-out evaluation of a learned relevance score over features.py's pairs.

Logistic regression (numpy, L2, standardised features) on feature sets; evaluated
  - leave-group-out: train on the studied topics (lines 2-246), test on each blind group (38th-41st: 247-270),
  - 5-fold by topic within the studied topics.
Reported: within-topic AUC (mean over topics with both classes), overall AUC, drop curve (a single threshold that
drops 10 / 25 / 50 % of the off pairs loses what share of the on pairs), next to E5 'lang' alone.

    python model.py FEATURES.jsonl.gz [--sets name,name] [--gbm]
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import defaultdict

import numpy as np

SETS = {
    "e5": ["lang"],
    "e5+zh": ["lang", "zh"],
    "e5_z": ["z_lang"],
    "e5+cmin": ["lang", "cmin", "zh"],
    "e5 all": ["lang", "cross", "t", "cmin", "cmean", "cmin_t", "zh"],
    "e5+prf": ["lang", "prf3", "prf5", "zh"],
    "e5+prf+z": ["lang", "prf3", "z_lang", "z_prf3", "top_gap", "zh"],
    "e5 all+prf+z": ["lang", "cross", "t", "cmin", "cmean", "cmin_t", "prf3", "prf5", "z_lang", "z_prf3", "z_cmin",
                     "top_gap", "zh"],
    "+use": ["lang", "cross", "t", "cmin", "cmean", "cmin_t", "prf3", "prf5", "z_lang", "z_prf3", "z_cmin",
             "top_gap", "use", "use_cmin", "prf_use3", "zh"],
    "+use+lex": ["lang", "cross", "t", "cmin", "cmean", "cmin_t", "prf3", "prf5", "z_lang", "z_prf3", "z_cmin",
                 "top_gap", "use", "use_cmin", "prf_use3", "lex_title", "lex_tldr", "lex_abs", "n_concepts", "zh"],
    "e5 all+use": ["lang", "cross", "t", "cmin", "cmean", "cmin_t", "use", "use_cmin", "zh"],
    "e5 all+use+lex": ["lang", "cross", "t", "cmin", "cmean", "cmin_t", "use", "use_cmin", "lex_title", "lex_tldr",
                       "lex_abs", "n_concepts", "zh"],
    "e5 all+lex": ["lang", "cross", "t", "cmin", "cmean", "cmin_t", "lex_title", "lex_tldr", "lex_abs", "n_concepts",
                   "zh"],
    "e5 c+t+lex": ["lang", "t", "cmin", "cmin_t", "lex_title", "lex_tldr", "lex_abs", "zh"],
    "nocross": ["lang", "t", "cmin", "cmean", "cmin_t", "lex_title", "lex_tldr", "lex_abs", "n_concepts", "zh"],
    "lang only+c+lex": ["lang", "cmin", "cmean", "lex_title", "lex_tldr", "lex_abs", "n_concepts", "zh"],
    "lang+c": ["lang", "cmin", "cmean", "zh"],
    "lang+t+c": ["lang", "t", "cmin", "cmean", "cmin_t", "zh"],
}


def load(path: str) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(x) for x in fh if x.strip()]
    return [r for r in rows if r.get("in_pool", True)]  # the judged pools only (listed extras: sim.py)


def auc(on: np.ndarray, off: np.ndarray) -> float:
    if len(on) == 0 or len(off) == 0:
        return float("nan")
    allv = np.concatenate([on, off])
    ranks = allv.argsort().argsort().astype(float)
    # average ranks for ties
    order = np.argsort(allv, kind="mergesort")
    sv = allv[order]
    r = np.empty(len(allv))
    i = 0
    while i < len(sv):
        j = i
        while j + 1 < len(sv) and sv[j + 1] == sv[i]:
            j += 1
        r[order[i:j + 1]] = (i + j) / 2
        i = j + 1
    ranks = r
    ron = ranks[:len(on)].sum() - len(on) * (len(on) - 1) / 2
    return float(ron / (len(on) * len(off)))


def metrics(rows: list[dict], score: np.ndarray) -> dict:
    y = np.array([r["on"] for r in rows])
    by = defaultdict(list)
    for k, r in enumerate(rows):
        by[r["topic_id"]].append(k)
    w = [auc(score[[k for k in ks if y[k]]], score[[k for k in ks if not y[k]]]) for ks in by.values()]
    w = [x for x in w if x == x]
    off, on = score[~y], score[y]
    drop = [float((on < np.quantile(off, s)).mean()) for s in (0.10, 0.25, 0.50)]
    return {"within": float(np.mean(w)), "n": len(w), "auc": auc(on, off), "drop": drop}


class LR:
    def __init__(self, l2: float = 1.0):
        self.l2 = l2

    def fit(self, X: np.ndarray, y: np.ndarray, iters: int = 300):
        self.mu, self.sd = X.mean(0), X.std(0) + 1e-9
        Z = (X - self.mu) / self.sd
        Z = np.hstack([Z, np.ones((len(Z), 1))])
        w = np.zeros(Z.shape[1])
        for _ in range(iters):  # Newton
            p = 1 / (1 + np.exp(-Z @ w))
            g = Z.T @ (p - y) + self.l2 * np.r_[w[:-1], 0]
            H = (Z * (p * (1 - p))[:, None]).T @ Z + self.l2 * np.diag(np.r_[np.ones(len(w) - 1), 0])
            step = np.linalg.solve(H, g)
            w -= step
            if np.abs(step).max() < 1e-8:
                break
        self.w = w
        return self

    def score(self, X: np.ndarray) -> np.ndarray:
        Z = (X - self.mu) / self.sd
        return Z @ self.w[:-1] + self.w[-1]


def matrix(rows, feats):
    return np.array([[r["f"][f] for f in feats] for r in rows], dtype=float)


def evaluate(rows, feats, make):
    studied = [r for r in rows if r["group"] == "studied"]
    y = np.array([r["on"] for r in studied], dtype=float)
    out = {}
    # 5-fold by topic within the studied topics
    tids = sorted({r["topic_id"] for r in studied})
    rng = np.random.default_rng(39)
    fold_of = dict(zip(tids, rng.permutation(len(tids)) % 5))
    score = np.zeros(len(studied))
    folds = np.array([fold_of[r["topic_id"]] for r in studied])
    X = matrix(studied, feats)
    for k in range(5):
        m = make().fit(X[folds != k], y[folds != k])
        score[folds == k] = m.score(X[folds == k])
    out["cv5"] = metrics(studied, score)
    m = make().fit(X, y)
    blind = [r for r in rows if r["group"] != "studied"]
    sb = m.score(matrix(blind, feats))
    out["blind"] = metrics(blind, sb)
    for g in ("g38", "g39", "g40", "g41"):
        sel = np.array([r["group"] == g for r in blind])
        out[g] = metrics([r for r in blind if r["group"] == g], sb[sel])
    return out, m


def fmt(m):
    return f"{m['within']:.3f} ({m['n']}) {m['auc']:.3f} " + "/".join(f"{d:.0%}" for d in m["drop"])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("features")
    ap.add_argument("--sets", default="")
    ap.add_argument("--gbm", action="store_true")
    ap.add_argument("--l2", type=float, default=1.0)
    args = ap.parse_args()
    rows = load(args.features)
    sets = {k: v for k, v in SETS.items() if not args.sets or k in args.sets.split(",")}
    print("within-topic AUC (n topics) overall AUC drop 10/25/50% of off -> on lost")
    print(f"{'set':14} | {'cv5 studied':30} | {'blind 38-41':30} | " + " | ".join(f"{g:6}" for g in ("g38", "g39", "g40", "g41")))
    makers = [("lr", lambda: LR(args.l2))]
    if args.gbm:
        from sklearn.ensemble import HistGradientBoostingClassifier

        class G:
            def fit(self, X, y):
                self.m = HistGradientBoostingClassifier(max_iter=150, learning_rate=0.05, max_leaf_nodes=15,
                                                        min_samples_leaf=40, l2_regularization=1.0).fit(X, y)
                return self

            def score(self, X):
                return self.m.predict_proba(X)[:, 1]

        makers.append(("gbm", G))
    for name, feats in sets.items():
        for mk, make in makers:
            res, m = evaluate(rows, feats, make)
            print(f"{name + ' ' + mk:14} | {fmt(res['cv5']):30} | {fmt(res['blind']):30} | "
                  + " | ".join(f"{res[g]['within']:.3f}" for g in ("g38", "g39", "g40", "g41")))


if __name__ == "__main__":
    main()
