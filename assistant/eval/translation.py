"""Translation evaluation: numbers and acronyms kept, and round-trip similarity, on a sample of stored papers.

Per paper two texts are translated there and back with the configured LLM (no cache):
- `zh->en`: the Chinese TL;DR + result (where most numbers are);
- `en->zh`: the first two sentences of the English abstract.
Preservation is checked on the forward translation with the translation chain's own checks
(`check_translation`: numbers by value, so 4亿 = 400 million; acronyms and model names verbatim). Round-trip
similarity is the cosine of the store embedder's vectors for the original and its back-translation.
"""

from __future__ import annotations

import logging
import re
import statistics
from collections.abc import Callable

import numpy as np

from assistant.chains.translate import check_translation, extract_terms, numbers_to_check
from assistant.eval.retrieval import sample_papers
from assistant.types import Paper

logger = logging.getLogger(__name__)

DIRECTIONS = {"zh->en": ("zh", "en"), "en->zh": ("en", "zh")}


# ---------------------------------------------------------------- pure
def preservation(source: str, translation: str, target: str) -> dict[str, int]:
    """Numbers and acronyms/model names in `source`, and how many the translation kept."""
    numbers = list(dict.fromkeys(raw for raw, *_ in numbers_to_check(source)))
    terms = extract_terms(source)
    check = check_translation(source, translation, target)
    return {"numbers_total": len(numbers), "numbers_kept": len(numbers) - len(check.missing_numbers),
            "terms_total": len(terms), "terms_kept": len(terms) - len(check.missing_terms)}


def cosine(a, b) -> float:
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    denom = float(np.linalg.norm(a) * np.linalg.norm(b))
    return float(a @ b / denom) if denom else 0.0


def source_texts(paper: Paper) -> dict[str, str]:
    """direction -> the text of this paper translated in that direction (missing when the paper lacks it)."""
    out = {}
    zh = "\n".join(t for t in (paper.summary.tldr, paper.summary.result) if t.strip())
    if paper.summary_usable and zh:
        out["zh->en"] = zh
    if paper.abstract.strip():
        out["en->zh"] = " ".join(re.split(r"(?<=[.!?])\s+", paper.abstract.strip())[:2])
    return out


def summarize(items: list[dict]) -> dict:
    """Per direction: preservation rates (kept ÷ total over all texts), round-trip cosine, latency."""
    out = {}
    for direction in DIRECTIONS:
        rows = [i for i in items if i["direction"] == direction]
        if not rows:
            continue
        nt, nk = sum(r["numbers_total"] for r in rows), sum(r["numbers_kept"] for r in rows)
        tt, tk = sum(r["terms_total"] for r in rows), sum(r["terms_kept"] for r in rows)
        sims = [r["round_trip_cosine"] for r in rows if r["round_trip_cosine"] is not None]
        out[direction] = {
            "texts": len(rows),
            "errors": sum(1 for r in rows if r["error"]),
            "numbers_total": nt, "numbers_kept": nk,
            "number_preservation": round(nk / nt, 4) if nt else None,
            "terms_total": tt, "terms_kept": tk,
            "term_preservation": round(tk / tt, 4) if tt else None,
            "round_trip_cosine": round(statistics.fmean(sims), 4) if sims else None,
            "round_trip_cosine_min": round(min(sims), 4) if sims else None,
            "mean_ms": round(statistics.fmean(r["forward_ms"] + r["back_ms"] for r in rows), 1),
        }
    return out


# ---------------------------------------------------------------- running
def evaluate_text(source: str, direction: str, translate: Callable[[str, str], object],
                  embed: Callable[[list[str]], np.ndarray]) -> dict:
    """Translate there and back; `translate(text, target)` returns a `Translation`."""
    _, target = DIRECTIONS[direction]
    back_target = DIRECTIONS[direction][0]
    forward = translate(source, target)
    back = translate(forward.translation, back_target) if forward.translation and not forward.error else None
    similarity = None
    if back is not None and back.translation and not back.error:
        vectors = embed([source, back.translation])
        similarity = round(cosine(vectors[0], vectors[1]), 4)
    return {"direction": direction, "source": source, "translation": forward.translation,
            "back_translation": back.translation if back else "",
            **preservation(source, forward.translation, target),
            "missing_numbers": forward.missing_numbers, "missing_terms": forward.missing_terms,
            "round_trip_cosine": similarity, "error": forward.error or (back.error if back else None),
            "forward_ms": forward.timings.get("total_ms", 0.0), "back_ms": back.timings.get("total_ms", 0.0)
            if back else 0.0}


def run_translation_eval(app, n: int, *, seed: int = 11) -> dict:
    """Translate n sampled papers (each direction there and back) with the app's LLM and embedder."""
    from assistant.chains.translate import translate_text

    llm = app.llm.get()
    papers = [p for p in app.store.iter_papers() if p.summary_usable and p.abstract]
    chosen = sample_papers(papers, n, seed)

    def translate(text: str, target: str):
        return translate_text(text, target=target, llm=llm, prompts_dir=app.settings.prompts_dir)

    items = []
    for paper in chosen:
        for direction, text in source_texts(paper).items():
            item = evaluate_text(text, direction, translate, app.embedder.embed)
            items.append({"id": paper.arxiv_id, **item})
            logger.info("translation %s %s: cos=%s", paper.arxiv_id, direction, item["round_trip_cosine"])
    return {"papers": len(chosen), "model": llm.name, "directions": summarize(items), "items": items}
