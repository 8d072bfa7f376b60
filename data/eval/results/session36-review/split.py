"""Topic-only reading (split_concepts, no store): label, forms, context, alternatives per concept.
cd CODE && PYTHONPATH=. python split.py topics.txt   (lines 'topic|lang')"""
import os
import sys

sys.path.insert(0, os.getcwd())
from pathlib import Path  # noqa: E402

from assistant.chains.digest.topic import split_concepts  # noqa: E402

PROMPTS = Path("prompts")


def show(c):
    s = f"{c.label}{'[' + ','.join(c.forms[:4]) + ']'}"
    if c.context:
        s += f" ctx={list(c.context[:3])}"
    if c.alternatives:
        s += " alt=(" + " | ".join(show(a) for a in c.alternatives) + ")"
    if c.glossed:
        s += f" gl={[sorted(g)[:3] for g in c.glossed]}"
    return s


for line in open(sys.argv[1], encoding="utf-8"):
    if not line.strip():
        continue
    topic = line.rstrip("\n").rsplit("|", 1)[0]
    try:
        cs = split_concepts(topic, PROMPTS)
        print(topic, "=>", " · ".join(show(c) for c in cs))
    except Exception as e:  # noqa: BLE001
        print(topic, "=> ERROR", type(e).__name__, e)
