"""Threshold curves of judge.py outputs: off-topic dropped vs on-topic lost, AUC, ms per paper.

    python curves.py OUT.jsonl [OUT2.jsonl ...]
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

THRESHOLDS = (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


def load(path: str) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def auc(rows: list[dict]) -> float:
    on = [r["p_yes"] for r in rows if r["on"]]
    off = [r["p_yes"] for r in rows if not r["on"]]
    if not on or not off:
        return float("nan")
    wins = sum((a > b) + 0.5 * (a == b) for a in on for b in off)
    return wins / (len(on) * len(off))


def report(path: str) -> None:
    rows = load(path)
    on = [r for r in rows if r["on"]]
    off = [r for r in rows if not r["on"]]
    ms = [r["ms"] for r in rows]
    print(f"{path}: {len(rows)} pairs ({len(on)} on, {len(off)} off); AUC {auc(rows):.3f}; ms/paper p50 "
          f"{statistics.median(ms):.0f} mean {statistics.mean(ms):.0f}")
    for lang in ("zh", "en"):
        sub = [r for r in rows if r["language"] == lang]
        print(f"  {lang}: {len(sub)} pairs, AUC {auc(sub):.3f}")
    print("  thr  | off dropped      | on lost")
    for t in THRESHOLDS:
        d = sum(r["p_yes"] < t for r in off)
        lost = sum(r["p_yes"] < t for r in on)
        print(f"  {t:.2f} | {d:3}/{len(off)} {d / max(1, len(off)):5.1%} | {lost:3}/{len(on)} {lost / max(1, len(on)):5.1%}")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        report(p)
