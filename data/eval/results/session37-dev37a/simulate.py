"""Simulated gated digests from judge.py outputs covering every listed pair of a selection file.

@20 after = the @20 list's papers with P(yes) >= t (no refill); @8 after = the first 8 of the @20 list that pass;
@8 before = the selection's own 8-paper digest. Per group: studied (topics.jsonl lines 2-234) and blind36/37
(lines 235-246).

    python simulate.py SEL.json TOPICS.jsonl JUDGED.jsonl [--thresholds 0.5,0.6]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def load_topics(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]


def metrics(lists: dict[str, list[str]], relevant: dict[str, set[str]]) -> tuple[int, int, float, float]:
    """(on, listed, precision over all listed, mean recall over topics with a relevant paper)"""
    on = sum(len([p for p in ids if p in relevant[t]]) for t, ids in lists.items())
    listed = sum(len(ids) for ids in lists.values())
    recalls = [len([p for p in ids if p in relevant[t]]) / len(relevant[t]) for t, ids in lists.items()
               if relevant[t]]
    return on, listed, on / max(1, listed), sum(recalls) / max(1, len(recalls))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sel", type=Path)
    ap.add_argument("topics", type=Path)
    ap.add_argument("judged", nargs="+")
    ap.add_argument("--thresholds", default="0.5,0.55,0.6,0.65,0.7")
    ap.add_argument("--changed", type=float, default=0.0, help="print the changed digests at this threshold")
    args = ap.parse_args()
    topics = load_topics(args.topics)
    relevant = {t["id"]: set(t["relevant"]) for t in topics}
    groups = {"studied": [t["id"] for t in topics[:233]], "blind36-37": [t["id"] for t in topics[233:245]]}
    items = {(i["id"], i["max_papers"]): i for i in json.loads(args.sel.read_text(encoding="utf-8"))["items"]}
    p = {}
    for path in args.judged:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            p[(d["topic_id"], d["paper"])] = d["p_yes"]
    missing = [(t, x) for (t, n), i in items.items() if n == 20 for x in i["ids"] if (t, x) not in p]
    unjudged = {t for t, _ in missing}
    print(f"pairs judged {len(p)}; listed @20 pairs not judged: {len(missing)} (their {len(unjudged)} topics are "
          "left out)")
    for name, ids in groups.items():
        ids = [t for t in ids if (t, 20) in items and t not in unjudged]
        b8 = {t: items[(t, 8)]["ids"] for t in ids}
        b20 = {t: items[(t, 20)]["ids"] for t in ids}
        f8 = {t: items[(t, 20)]["ids"][:8] for t in ids}
        print(f"\n{name} ({len(ids)} topics)")
        print("  thr  | @8 on/listed P  R          | @20 on/listed P  R")
        row = lambda lab, a, b: print(  # noqa: E731
            f"  {lab:4} | {a[0]:4}/{a[1]:4} {a[2]:.3f} {a[3]:.3f} | {b[0]:4}/{b[1]:4} {b[2]:.3f} {b[3]:.3f}")
        row("off", metrics(b8, relevant), metrics(b20, relevant))
        row("off'", metrics(f8, relevant), metrics(b20, relevant))
        for t in [float(x) for x in args.thresholds.split(",")]:
            g20 = {k: [x for x in v if p.get((k, x), 1.0) >= t] for k, v in b20.items()}
            g8 = {k: v[:8] for k, v in g20.items()}
            row(f"{t:.2f}", metrics(g8, relevant), metrics(g20, relevant))
            if args.changed and abs(t - args.changed) < 1e-9:
                for k, v in b20.items():
                    gone = [x for x in v if x not in g20[k]]
                    if gone:
                        print(f"    {k}: -{len([x for x in gone if x in relevant[k]])} on "
                              f"-{len([x for x in gone if x not in relevant[k]])} off ({len(v)} listed)")
    print("\n(off = the selection's own digests; off' = @8 as the first 8 of the @20 list)")


if __name__ == "__main__":
    main()
