#!/bin/bash
# usage: pass.sh TAG -> head probes of all 58 invented topics at sizes 8 and 20 (all-s8-TAG-head / all-s20-TAG-head),
# compared with base (compare-s{8,20}-TAG.txt) and scored with my labels (score-TAG.txt; UNJUDGED = papers to read)
set -e
tag=$1; R=/work/wt-review37/data/eval/results/session37-review; cd $R
git -C /work/review37-head checkout -q --detach main
for s in 8 20; do SIZE=$s ./run_ab.sh all-s$s-$tag topics_all.txt head; done
for s in 8 20; do
  /work/main/.venv/bin/python - $s <<'PY'
import json, sys
s = sys.argv[1]
out = []
for r in ("r1", "r2", "r3"):
    out += json.load(open(f"{r}s{s}-base.json"))
json.dump(out, open(f"all-s{s}-base.json", "w"), ensure_ascii=False, indent=1)
PY
  /work/main/.venv/bin/python compare.py all-s$s-base.json all-s$s-$tag-head.json > compare-s$s-$tag.txt
done
/work/main/.venv/bin/python score.py all-s8-base.json all-s8-$tag-head.json all-s20-base.json all-s20-$tag-head.json > score-$tag.txt
grep -E "^#|TOTAL|UNJUDGED" score-$tag.txt
