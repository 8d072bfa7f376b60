"""scout38: simulated e5 gate on a selection's digests (no refill), as session37-dev37a/simulate.py does for the judge.

@20 after = the @20 list's papers whose e5 score passes; @8 after = the first 8 of the @20 list that pass;
'off' = the selection as it is. Unjudged listed papers count as off topic (as the eval does).
Score: 'lang' = cos(topic, passage), passage = title + Chinese TL;DR for a zh topic, title + the abstract's first
sentence for an en topic; 'blend' = (lang + min over the topic's concepts of cos(concept, same passage)) / 2.
Thresholds are label-free: the q-quantile of that score over all listed @20 pairs of the topic's language
(q = 0.05 drops about 5 % of all listings).

    python gate.py SEL.json TOPICS.jsonl STORE.npz
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np


def main() -> None:
    sel, topics_path, npz = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    topics = [json.loads(x) for x in topics_path.read_text(encoding="utf-8").splitlines()[1:] if x.strip()]
    groups = {"studied (lines 2-234)": [t["id"] for t in topics[:233]],
              "blind36-39 (lines 235-258)": [t["id"] for t in topics[233:257]]}
    tmap = {t["id"]: t for t in topics}
    z = np.load(npz)
    row = {p: i for i, p in enumerate(z["ids"])}
    qrow = {q: i for i, q in enumerate(z["queries"])}
    items = {(i["id"], int(i["max_papers"])): i for i in json.loads(sel.read_text(encoding="utf-8"))["items"]}

    def ids_of(item):
        v = item["ids"]
        return json.loads(v.replace("'", '"')) if isinstance(v, str) else v

    def score(tid: str, pid: str, kind: str) -> float:
        t = tmap[tid]
        form = "tz" if t["language"] == "zh" else "tf"
        v = z[form][row[pid]]
        lang = float(v @ z["q"][qrow[t["topic"]]])
        if kind == "lang":
            return lang
        cmin = min(float(v @ z["q"][qrow[c]]) for c in (t.get("concepts") or [t["topic"]]))
        return (lang + cmin) / 2

    for kind in ("lang", "blend"):
        allscores = {"zh": [], "en": []}
        for (tid, n), item in items.items():
            if n == 20 and tid in tmap:
                allscores[tmap[tid]["language"]] += [score(tid, p, kind) for p in ids_of(item)]
        print(f"\n== score: {kind}")
        for gname, gids in groups.items():
            gids = [t for t in gids if (t, 20) in items]
            print(f"  {gname} ({len(gids)} topics)")
            print("    q     | @8 on/listed  P     R     | @20 on/listed  P     R")
            for q in (None, 0.05, 0.10, 0.20, 0.30, 0.40):
                thr = {lang: (np.quantile(s, q) if q else -9) for lang, s in allscores.items()}
                m8 = [0, 0, []]
                m20 = [0, 0, []]
                for tid in gids:
                    rel = set(tmap[tid]["relevant"])
                    l20 = ids_of(items[(tid, 20)])
                    if q is None:
                        a8, a20 = ids_of(items[(tid, 8)]), l20
                    else:
                        a20 = [p for p in l20 if score(tid, p, kind) >= thr[tmap[tid]["language"]]]
                        a8 = a20[:8]
                    for m, lst in ((m8, a8), (m20, a20)):
                        m[0] += sum(p in rel for p in lst)
                        m[1] += len(lst)
                        if rel:
                            m[2].append(sum(p in rel for p in lst) / len(rel))
                lab = "off" if q is None else f"{q:.2f}"
                print(f"    {lab:5} | {m8[0]:4}/{m8[1]:4} {m8[0] / max(1, m8[1]):.3f} {np.mean(m8[2]):.3f} | "
                      f"{m20[0]:4}/{m20[1]:4} {m20[0] / max(1, m20[1]):.3f} {np.mean(m20[2]):.3f}")


if __name__ == "__main__":
    main()
