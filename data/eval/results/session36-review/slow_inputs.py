"""Reviewer check: crafted inputs for the session-36 code (near_forms.english_terms / chinese_terms, narrow.meets_piece
and _written_as_words) - time on long sentences and odd labels. cd CODE && PYTHONPATH=. python slow_inputs.py"""
import os
import sys
import time

sys.path.insert(0, os.getcwd())


def timed(name, f, *a):
    t0 = time.perf_counter()
    try:
        out = f(*a)
        err = ""
    except Exception as e:  # noqa: BLE001
        out, err = None, f"{type(e).__name__}: {e}"
    print(f"{name}: {time.perf_counter() - t0:.2f}s {err}", (len(out) if hasattr(out, '__len__') else out))


try:
    from assistant.chains.digest import near_forms as nf
    for n in (1000, 4000, 16000):
        timed(f"english_terms words={n}", nf.english_terms, " ".join(["alpha beta gamma the delta"] * (n // 5)))
        timed(f"english_terms one-stop-run={n}", nf.english_terms, " ".join(["model"] * n))
        timed(f"chinese_terms chars={n}", nf.chinese_terms, "视觉语言模型的空间理解" * (n // 10))
    for lab in ("", "-", "的", "A", "a-b-c-d-e-f-g-h", "--x--", "模型", "the of and"):
        timed(f"label_words({lab!r})", nf.label_words, lab)
except ImportError as e:
    print("no near_forms", e)

from assistant.chains.digest import narrow  # noqa: E402
from assistant.chains.digest.concept import Concept  # noqa: E402
from assistant.chains.digest.lexical import PaperText  # noqa: E402
from tests.chains.digest_cases import paper  # noqa: E402

for lab in ("", "-", "的", "A", "a-b-c-d-e-f-g-h", "--x--", "模型", "the of and", "x" * 5000, "双目" * 2000):
    timed(f"narrow_pieces({lab[:20]!r})", narrow.narrow_pieces, Concept(label=lab, forms=(lab,)))
for n in (1000, 10000):
    t = PaperText.of(paper("2606.99999", "t", "a.", tldr="双目标" * n + "。"))
    timed(f"meets_piece 双目 in 双目标*{n}", narrow.meets_piece, "双目", t)
