"""scout38: AUC overall / per topic language / within topic, and drop curves, for score_pairs.py outputs.

    python metrics.py scores-e5.jsonl [...]

Each score column ('form') is reported next to the bundled 1.5B judge's p_yes on the same pairs. 'lang' picks the
form by topic language (zh topic: title + Chinese TL;DR; en topic: title + abstract's first sentence), 'max' is
the larger of tf / tz, 'mean+j' is the mean of the within-topic rank of 'lang' and of p_yes (a blend).
Within-topic AUC = mean over topics that have both on- and off-topic pairs (what a cut inside one digest needs).
Drop curve: the global threshold that drops 10 / 25 / 50 % of off-topic pairs, and the share of on-topic lost.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np


def auc(on: list[float], off: list[float]) -> float:
    if not on or not off:
        return float("nan")
    a = np.asarray(on)[:, None]
    b = np.asarray(off)[None, :]
    return float(((a > b) + 0.5 * (a == b)).mean())


def within(rows: list[dict], key) -> tuple[float, int]:
    by = defaultdict(list)
    for r in rows:
        by[r["topic_id"]].append(r)
    vals = []
    for group in by.values():
        on = [key(r) for r in group if r["on"]]
        off = [key(r) for r in group if not r["on"]]
        if on and off:
            vals.append(auc(on, off))
    return (float(np.mean(vals)) if vals else float("nan")), len(vals)


def drop_curve(rows: list[dict], key) -> str:
    off = np.array([key(r) for r in rows if not r["on"]])
    on = np.array([key(r) for r in rows if r["on"]])
    out = []
    for share in (0.10, 0.25, 0.50):
        thr = np.quantile(off, share)
        lost = float((on < thr).mean())
        out.append(f"{share:.0%}->{lost:.0%}")
    return " ".join(out)


def add_derived(rows: list[dict]) -> None:
    for r in rows:
        s = r["scores"]
        s["lang"] = s["tz"] if r["language"] == "zh" else s["tf"]
        s["max"] = max(s["tf"], s["tz"])
        s["avg"] = (s["tf"] + s["tz"]) / 2
        if "cmin_tf" in s:
            s["cmin_lang"] = s["cmin_tz"] if r["language"] == "zh" else s["cmin_tf"]
            s["lang+cmin"] = (s["lang"] + s["cmin_lang"]) / 2
        s["judge"] = r["p_yes"]
    by = defaultdict(list)
    for r in rows:
        by[r["topic_id"]].append(r)
    for group in by.values():
        for name in ("lang", "judge"):
            vals = np.array([g["scores"][name] for g in group])
            ranks = vals.argsort().argsort() / max(1, len(vals) - 1)
            for g, rk in zip(group, ranks):
                g["scores"][f"rk_{name}"] = float(rk)
        for g in group:
            g["scores"]["mean+j"] = (g["scores"]["rk_lang"] + g["scores"]["rk_judge"]) / 2


def report(path: str) -> None:
    rows = [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]
    add_derived(rows)
    meta_path = Path(path).with_suffix(".meta.json")
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    n_on = sum(r["on"] for r in rows)
    print(f"{path}: {len(rows)} pairs ({n_on} on, {len(rows) - n_on} off); {meta}")
    cols = [c for c in ("t", "tf", "ta", "tz", "lang", "max", "avg", "cmin_tf", "cmin_tz", "cmin_lang", "lang+cmin",
                        "judge", "mean+j") if c in rows[0]["scores"]]
    if rows[0]["set"] == "pool":
        cols = [c for c in cols if c not in ("judge", "mean+j")]
    subsets = ("all", "studied", "invented") if rows[0]["set"] != "pool" else ("all", "1 concept", "2+ concepts")
    for subset in subsets:
        if subset == "all":
            sub = rows
        elif subset.endswith("concept") or subset.endswith("concepts"):
            sub = [r for r in rows if (r["n_concepts"] == 1) == (subset == "1 concept")]
        else:
            sub = [r for r in rows if r["set"] == subset]
        print(f"  [{subset}: {len(sub)} pairs]")
        print("  form      | AUC   | zh    | en    | within (n)  | w.zh  | w.en  | drop off 10/25/50% -> on lost")
        for c in cols:
            k = lambda r, c=c: r["scores"][c]  # noqa: E731
            a = auc([k(r) for r in sub if r["on"]], [k(r) for r in sub if not r["on"]])
            lz = [r for r in sub if r["language"] == "zh"]
            le = [r for r in sub if r["language"] == "en"]
            az = auc([k(r) for r in lz if r["on"]], [k(r) for r in lz if not r["on"]])
            ae = auc([k(r) for r in le if r["on"]], [k(r) for r in le if not r["on"]])
            w, n = within(sub, k)
            wz, _ = within(lz, k)
            we, _ = within(le, k)
            dc = drop_curve(sub, k) if not c.startswith("mean") else "-"
            print(f"  {c:9} | {a:.3f} | {az:.3f} | {ae:.3f} | {w:.3f} ({n:3}) | {wz:.3f} | {we:.3f} | {dc}")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        report(p)
