"""Agreement of a second, blind annotator (relabel38) with the hand labels on 120 listed (topic, paper) pairs.

The pairs are papers the 20-paper digests of the 257 studied topics list at 6b1f6a4 (/tmp/l38/sel-257-6b1f6a4.json),
60 labelled on topic and 60 off (off = rejected or never proposed), at most one of each kind per topic, seed 38
(sampling: session38-lead README). key.json holds the labels; the annotator saw only pairs.jsonl and the labelling rule.

    python3 data/eval/results/session38-lead/relabel/agreement.py
"""

import collections
import json
from pathlib import Path

HERE = Path(__file__).parent

key = {k["n"]: k for k in json.loads((HERE / "key.json").read_text())}
second = {d["n"]: d for d in map(json.loads, (HERE / "judgments.jsonl").read_text().splitlines()) if d}
table = collections.Counter((key[n]["on"], second[n]["on"], second[n]["sure"]) for n in key)
print("label, second annotator, sure: count")
for cell in sorted(table):
    print(" ", cell, table[cell])
agree = sum(key[n]["on"] == second[n]["on"] for n in key)
sure = [n for n in key if second[n]["sure"]]
p_label = sum(k["on"] for k in key.values()) / len(key)
p_second = sum(d["on"] for d in second.values()) / len(second)
p_chance = p_label * p_second + (1 - p_label) * (1 - p_second)
observed = agree / len(key)
print(f"agree {agree}/{len(key)} ({observed:.2f}); on the annotator's sure calls "
      f"{sum(key[n]['on'] == second[n]['on'] for n in sure)}/{len(sure)}; Cohen's kappa {(observed - p_chance) / (1 - p_chance):.2f}")
for n in sorted(key):
    if key[n]["on"] != second[n]["on"]:
        print(f"  n={n} {key[n]['topic_id']} {key[n]['paper']} label={'on' if key[n]['on'] else 'off'}: {second[n]['why']}")
