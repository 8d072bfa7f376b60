"""Timing of topic_zh.glued_acronym / split_concepts on long runs of capitals (the _GLUED_RE backtracking).
cd TREE && PYTHONPATH=. python redos.py"""
import os
import sys
import time

sys.path.insert(0, os.getcwd())
from pathlib import Path  # noqa: E402

from assistant.chains.digest.topic import split_concepts  # noqa: E402

try:
    from assistant.chains.digest.topic_zh import glued_acronym
except ImportError:
    glued_acronym = None
for n in (250, 500, 1000, 2000):
    s = "A" * n + "长文本"
    if glued_acronym:
        t = time.perf_counter(); glued_acronym(s); g = round(time.perf_counter() - t, 2)
    else:
        g = None
    t = time.perf_counter(); split_concepts(s + "的研究", Path("prompts")); sp = round(time.perf_counter() - t, 2)
    print(f"n={n} glued_acronym {g}s split_concepts {sp}s", flush=True)
