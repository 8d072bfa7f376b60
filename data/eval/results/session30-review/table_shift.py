"""How d340c7b's rebuilt common_terms.json (every word counted, not only theme terms) moves the rarity of the terms
that named themes in the lead's judged run (session30-lead/theme-names/names-final.json). Old table: fe9e446's.
cd CODE && PYTHONPATH=. python table_shift.py /tmp/ct_old.json"""
import json, math, os, sys
sys.path.insert(0, os.getcwd())
from assistant.chains.digest import common_terms as ct
from assistant.chains.digest.themes import _terms_en  # noqa
old = json.load(open(sys.argv[1])); new = ct._table()
def r(tab, key, lang):
    s = tab["zh" if lang == "zh" else "en"].get(key, 0.0)
    return 1.0 if s <= 0.01 else math.log(1 / s) / math.log(100)
runs = json.load(open("data/eval/results/session30-lead/theme-names/names-final.json"))
seen = {}
for run in runs:
    for t in run["themes"]:
        for term in t["terms"]:
            lang = run["lang"]
            key = term if lang == "zh" else ct.key_of(term, "en")
            seen[(lang, term)] = (r(old, key, lang), r(new, key, lang))
moved = [(k, v) for k, v in seen.items() if abs(v[0] - v[1]) > 0.05]
crossed = [(k, v) for k, v in moved if (v[0] >= 0.5) != (v[1] >= 0.5)]
print("name terms:", len(seen), "rarity moved > 0.05:", len(moved), "crossed COMMON_RARITY 0.5:", len(crossed))
for k, v in sorted(moved, key=lambda kv: kv[1][1] - kv[1][0])[:40]:
    print(f"  {k[0]} {k[1]!r:28} {v[0]:.2f} -> {v[1]:.2f}")
