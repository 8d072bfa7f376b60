"""scout38: session37-dev37b's four recall routes with the e5 check applied only to the papers a route adds.

For each topic: base = the baseline selection's @20 list (9314e92 = e64c3d2's papers), route = the route's @20 list.
Added = papers in route's list and not in base's. Checked list = route's list minus the added papers whose e5 'lang'
score is below the per-language cut (zh / en); @8 = its first 8 (baseline and unchecked route: their own first 8 of
@20 too, so all rows compare like with like). Labels: topics257 'relevant' (lines 2-246). Unjudged = off.

    python route_check.py TOPICS.jsonl STORE.npz
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

RES = Path(__file__).resolve().parent.parent
BASE = RES / "session37-lead" / "selection" / "sel-245-9314e92.json"
ROUTES = {name: RES / "session37-dev37b" / "selection" / f"sel-245-exp-{name}.json"
          for name in ("near-all", "record", "cand200", "focus")}
CUTS = ((None, None), (0.84, 0.80), (0.85, 0.81), (0.85, 0.82), (0.86, 0.83), (0.87, 0.84))


def lists(path: Path) -> dict[str, list[str]]:
    out = {}
    for item in json.loads(path.read_text(encoding="utf-8"))["items"]:
        if int(item["max_papers"]) == 20:
            v = item["ids"]
            out[item["id"]] = json.loads(v.replace("'", '"')) if isinstance(v, str) else v
    return out


def main() -> None:
    topics = [json.loads(x) for x in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()[1:246] if x.strip()]
    tmap = {t["id"]: t for t in topics}
    z = np.load(sys.argv[2])
    row = {p: i for i, p in enumerate(z["ids"])}
    qv = dict(zip(z["queries"].tolist(), z["q"]))

    def score(tid: str, pid: str) -> float:
        t = tmap[tid]
        return float(z["tz" if t["language"] == "zh" else "tf"][row[pid]] @ qv[t["topic"]])

    base = lists(BASE)

    def metrics(lst: dict[str, list[str]]) -> str:
        on8 = n8 = on20 = n20 = empty = 0
        r8, r20 = [], []
        for tid, ids in lst.items():
            rel = set(tmap[tid]["relevant"])
            on8 += sum(p in rel for p in ids[:8])
            n8 += len(ids[:8])
            on20 += sum(p in rel for p in ids)
            n20 += len(ids)
            empty += not ids
            if rel:
                r8.append(sum(p in rel for p in ids[:8]) / len(rel))
                r20.append(sum(p in rel for p in ids) / len(rel))
        return (f"{on8:4}/{n8:4} {on8 / n8:.3f} {np.mean(r8):.3f} | {on20:4}/{n20:4} {on20 / n20:.3f} "
                f"{np.mean(r20):.3f} | {empty:3}")

    common = [t for t in base if t in tmap]
    print(f"{len(common)} topics; columns: @8 (first 8 of @20) on/listed P R | @20 on/listed P R | empty")
    print(f"  baseline 9314e92        | {metrics({t: base[t] for t in common})}")
    for name, path in ROUTES.items():
        route = lists(path)
        added = {t: [p for p in route.get(t, []) if p not in set(base[t])] for t in common}
        n_add = sum(map(len, added.values()))
        on_add = sum(p in set(tmap[t]["relevant"]) for t in common for p in added[t])
        print(f"\n== route {name}: {n_add} papers added over the @20 lists ({on_add} on topic)")
        for zh, en in CUTS:
            out = {}
            kept_on = kept_off = 0
            for t in common:
                lang = tmap[t]["language"]
                cut = -9 if zh is None else (zh if lang == "zh" else en)
                drop = {p for p in added[t] if score(t, p) < cut}
                out[t] = [p for p in route.get(t, []) if p not in drop]
                rel = set(tmap[t]["relevant"])
                kept_on += sum(p in rel for p in added[t] if p not in drop)
                kept_off += sum(p not in rel for p in added[t] if p not in drop)
            lab = "unchecked" if zh is None else f"check zh{zh:.2f}/en{en:.2f}"
            print(f"  {lab:23} | {metrics(out)} | added kept {kept_on} on / {kept_off} off")


if __name__ == "__main__":
    main()
