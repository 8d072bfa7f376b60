"""learn39: fit the digest's learned relevance cut (assistant/chains/digest/relevance_model.py) and print its constants.

Logistic regression (model.py's LR, L2 = 1, standardised features) on the judged pools of the studied topics (lines
2-246 of the topics file the features were built from; on = 'relevant', off = 'rejected'), features as
features.py builds them with the digest's own concepts (features.py --sel --qemb). Paste the printed block over the
constants of relevance_model.py.

    python train.py FEATURES.jsonl.gz [--set NAME]
"""

from __future__ import annotations

import argparse

import numpy as np
from model import LR, SETS, load, matrix


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("features")
    ap.add_argument("--set", default="lang only+c+lex")
    args = ap.parse_args()
    feats = SETS[args.set]
    rows = [r for r in load(args.features) if r["group"] == "studied"]
    m = LR(1.0).fit(matrix(rows, feats), np.array([r["on"] for r in rows], float))
    print(f"# trained on {len(rows)} judged pool pairs ({sum(r['on'] for r in rows)} on) of the studied topics")
    print("FEATURES = (" + ", ".join(f'"{f}"' for f in feats) + ")")
    print("MEAN = (" + ", ".join(f"{x:.6g}" for x in m.mu) + ")")
    print("SCALE = (" + ", ".join(f"{x:.6g}" for x in m.sd) + ")")
    print("WEIGHTS = (" + ", ".join(f"{x:.6g}" for x in m.w[:-1]) + ")")
    print(f"BIAS = {m.w[-1]:.6g}")


if __name__ == "__main__":
    main()
