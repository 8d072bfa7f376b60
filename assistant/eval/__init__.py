"""Evaluation harness (`python -m assistant eval`): retrieval, answers and translation, reported as Markdown + JSON.

- `assistant.eval.retrieval`: query sets built from the indexed papers; R@1/5/10, MRR, nDCG@10 per mode.
- `assistant.eval.answers`: a JSONL question file; citation/fact/refusal scores and fabricated citations.
- `assistant.eval.translation`: number/acronym preservation and round-trip similarity.
- `assistant.eval.digests`: a JSONL topic file with judged on-topic papers; digest precision, recall, theme purity
  and overview defects.
- `assistant.eval.report`: the report's JSON fields (a contract) and its Markdown rendering.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path


def run_eval(app, *, retrieval: bool = True, answers: str | Path | None = None, translation: int = 0,
             sample: int = 100, seed: int = 7, digests: str | Path | None = None, digest_overview: bool = True,
             digest_sizes: list[int] | None = None, digest_topics: list[str] | None = None) -> dict:
    """Run the requested parts on the app's store, LLM and embedder; returns the report dict. `digests`: a topic
    file (assistant/eval/digests.py), digests of `digest_sizes` papers (else the file's), with the LLM's theme
    names and overview unless `digest_overview` is False; `digest_topics` limits it to those topic ids."""
    s = app.settings
    report: dict = {
        "version": 1,
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "setup": {"store": s.chroma_url or str(s.store_dir), "papers": app.store.paper_count(),
                  "embedder": s.embedder_id(), "collection": s.collection_name(),
                  "llm": app.llm.describe() if answers or translation or (digests and digest_overview) else None,
                  "rrf_k": s.rrf_k, "bm25_weight": s.bm25_weight, "candidates": s.candidates},
        "retrieval": None, "answers": None, "translation": None, "digests": None,
    }
    if retrieval:
        from assistant.eval.retrieval import run_retrieval_eval

        report["retrieval"] = run_retrieval_eval(app, sample=sample, seed=seed)
    if answers:
        from assistant.eval.answers import run_answers_eval

        report["answers"] = run_answers_eval(app, answers)
    if translation:
        from assistant.eval.translation import run_translation_eval

        report["translation"] = run_translation_eval(app, translation)
    if digests:
        from assistant.eval.digests import run_digests_eval

        report["digests"] = run_digests_eval(app, digests, overview=digest_overview, sizes=digest_sizes,
                                             only=digest_topics)
    return report
