"""Which CC-CEDICT words were qualifiers (topic.qualifier_zh) at 922262b and are no longer (or newly are) at main.
cd /work/r31-main && PYTHONPATH=. python qualifiers.py"""
import os
import re
import sys

sys.path.insert(0, os.getcwd())
from assistant.chains.digest.topic import _qualifier, qualifier_zh  # noqa: E402
from assistant.zh_en_dictionary import definitions  # noqa: E402


def old(word):
    return any(_qualifier(d.strip()) for d in definitions().get(word, "").split("/") if d.strip())


lost, gained = [], []
for w in definitions():
    if not (2 <= len(w) <= 4) or not re.fullmatch(r"[\u4e00-\u9fff]+", w):
        continue
    a, b = old(w), qualifier_zh(w)
    if a and not b:
        lost.append(w)
    elif b and not a:
        gained.append(w)
print("no longer qualifiers:", len(lost))
print(" ".join(lost[:400]))
print("newly qualifiers:", len(gained), " ".join(gained[:50]))
