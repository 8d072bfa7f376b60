"""dev37a's judge (judge_dev37a.py, v4) on my invented-topic pairs, scored with my labels (on / borderline / off):
AUC on vs off, and per threshold off dropped / borderline dropped / on lost. python curves_invented.py OUT.jsonl"""
import json
import statistics
import sys

labels = json.load(open("labels-invented.json"))
rows = [json.loads(x) for x in open(sys.argv[1]) if x.strip()]
for r in rows:
    r["lab"] = labels[r["topic_id"]][r["paper"]]


def auc(a, b):
    return sum((x > y) + 0.5 * (x == y) for x in a for y in b) / max(1, len(a) * len(b))


by = {k: [r["p_yes"] for r in rows if r["lab"] == k] for k in ("on", "bord", "off")}
ms = [r["ms"] for r in rows]
print(f"{len(rows)} pairs: on {len(by['on'])}, borderline {len(by['bord'])}, off {len(by['off'])}; "
      f"AUC on-vs-off {auc(by['on'], by['off']):.3f}, (on+bord)-vs-off {auc(by['on'] + by['bord'], by['off']):.3f}; "
      f"ms/paper p50 {statistics.median(ms):.0f} max {max(ms):.0f}")
for lang in ("zh", "en"):
    sub = [r for r in rows if r["language"] == lang]
    print(f"  {lang}: AUC on-vs-off {auc([r['p_yes'] for r in sub if r['lab'] == 'on'], [r['p_yes'] for r in sub if r['lab'] == 'off']):.3f}")
print("  thr  | off dropped | bord dropped | on lost")
for t in (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8):
    f = lambda k: sum(p < t for p in by[k])  # noqa: E731
    print(f"  {t:.2f} | {f('off'):3}/{len(by['off'])} {f('off') / max(1, len(by['off'])):5.1%} | "
          f"{f('bord'):3}/{len(by['bord'])} | {f('on'):3}/{len(by['on'])} {f('on') / max(1, len(by['on'])):5.1%}")
print("per topic: mean P(yes) on / off")
tops = {}
for r in rows:
    tops.setdefault(r["topic"], []).append(r)
for t, rs in tops.items():
    m = lambda k: statistics.mean([r["p_yes"] for r in rs if r["lab"] == k]) if any(r["lab"] == k for r in rs) else float("nan")  # noqa: E731
    print(f"  {t}: on {m('on'):.2f} bord {m('bord'):.2f} off {m('off'):.2f}")
