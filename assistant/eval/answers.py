"""Answer evaluation: a JSONL question file, the app's answers, citation/fact/refusal scores, fabricated citations.

Question file, one JSON object a line (blank lines and lines starting with `#` are skipped):

    {"question": "...", "expected_ids": ["2601.02955"], "expected_facts": ["AUC|排序目标"], "language": "en"}
    {"question": "...", "unanswerable": true}

`expected_facts` are regular expressions searched (case-insensitive) in the final answer text; `language` is
optional (default: the question's). An answerable question needs at least one expected id.

Per question (`score_answer`):
- answered: not refused and no LLM error;
- citation precision = |cited ∩ expected| / |cited|, recall = |cited ∩ expected| / |expected| (0 if not answered);
- facts hit: expected regexes found in the answer;
- correct: an unanswerable question refused; an answerable one answered, citing an expected paper and (when
  facts are given) matching at least one expected fact;
- fabricated citations: in the delivered answer, a `[n]` that is not among the numbered sources given, a
  citation whose arXiv id is not in the store, or an arXiv id in the text that is not in the store. Must be 0;
- raw fabricated citations: `[n]` in the model's raw text that are not among the sources (what the verifier
  removed before the user saw it).
Summary (`summarize`, LitQA2 style): precision = correct ÷ answered, accuracy = correct ÷ all.
"""

from __future__ import annotations

import json
import logging
import re
import statistics
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from assistant.citations import CITATION_RE
from assistant.errors import InputError
from assistant.eval.retrieval import percentile

logger = logging.getLogger(__name__)

ARXIV_IN_TEXT_RE = re.compile(r"(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])")


class EvalQuestion(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1)
    expected_ids: list[str] = Field(default_factory=list)
    expected_facts: list[str] = Field(default_factory=list, description="regexes, searched case-insensitively")
    unanswerable: bool = False
    language: Literal["zh", "en"] | None = None
    note: str = ""

    @field_validator("expected_facts")
    @classmethod
    def _regexes_compile(cls, facts: list[str]) -> list[str]:
        for fact in facts:
            try:
                re.compile(fact)
            except re.error as exc:
                raise ValueError(f"expected fact {fact!r} is not a valid regex: {exc}") from exc
        return facts

    @model_validator(mode="after")
    def _answerable_has_ids(self) -> EvalQuestion:
        if not self.unanswerable and not self.expected_ids:
            raise ValueError("an answerable question needs expected_ids")
        return self


def load_questions(path: str | Path) -> list[EvalQuestion]:
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read the question file {path}: {exc.strerror or exc}") from exc
    out = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            out.append(EvalQuestion.model_validate(json.loads(line)))
        except ValueError as exc:  # JSON or validation (pydantic's ValidationError is a ValueError)
            reason = exc.errors()[0]["msg"] if hasattr(exc, "errors") else str(exc).splitlines()[0]
            raise InputError(f"{path}:{number}: bad question: {reason}") from exc
    if not out:
        raise InputError(f"{path}: no questions")
    return out


# ---------------------------------------------------------------- scoring (pure)
def _cited_numbers(text: str) -> list[int]:
    return [int(n) for m in CITATION_RE.finditer(text or "") for n in re.split(r"\s*[,，、]\s*", m.group(1))]


def mentioned_ids(answer) -> set[str]:
    """arXiv ids an answer refers to: its citations and any id written in its text."""
    return {c.id for c in answer.citations} | set(ARXIV_IN_TEXT_RE.findall(answer.answer or ""))


def score_answer(question: EvalQuestion, answer, known_ids: set[str], seconds: float | None = None) -> dict:
    """Score one `Answer` against its question; `known_ids` = ids (among those mentioned) that are in the store."""
    answered = not answer.refused and not answer.error
    text = answer.answer if answered else ""
    source_ns = {c.n for c in answer.sources}
    fabricated: set[str] = {f"[{n}]" for n in _cited_numbers(text) if n not in source_ns}
    for c in answer.citations:
        if c.n not in source_ns:
            fabricated.add(f"[{c.n}]")
        if c.id not in known_ids:
            fabricated.add(c.id)
    fabricated |= {i for i in ARXIV_IN_TEXT_RE.findall(text) if i not in known_ids}
    raw_fabricated = sorted({n for n in _cited_numbers(answer.raw_answer) if n not in source_ns})
    cited = list(dict.fromkeys(c.id for c in answer.citations)) if answered else []
    expected = set(question.expected_ids)
    overlap = len(set(cited) & expected)
    facts_hit = [f for f in question.expected_facts if re.search(f, text, re.IGNORECASE)]
    if question.unanswerable:
        correct = bool(answer.refused) and not answer.error
    else:
        correct = answered and overlap > 0 and (not question.expected_facts or bool(facts_hit))
    total_ms = answer.timings.get("total_ms", round(seconds * 1000, 1) if seconds is not None else None)
    return {
        "question": question.question,
        "language": answer.language,
        "unanswerable": question.unanswerable,
        "answered": answered,
        "refused": bool(answer.refused),
        "error": answer.error,
        "correct": correct,
        "expected_ids": question.expected_ids,
        "cited_ids": cited,
        "citation_precision": (overlap / len(cited)) if cited and not question.unanswerable else None,
        "citation_recall": (overlap / len(expected)) if expected and not question.unanswerable else None,
        "facts_total": len(question.expected_facts),
        "facts_hit": len(facts_hit),
        "fabricated_citations": sorted(fabricated),
        "raw_fabricated_citations": [f"[{n}]" for n in raw_fabricated],
        "total_ms": total_ms,
        "first_token_ms": answer.timings.get("first_token_ms"),
        "answer": answer.answer,
    }


def _mean(values: list[float]) -> float | None:
    return round(statistics.fmean(values), 4) if values else None


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def summarize(items: list[dict]) -> dict:
    """Aggregate `score_answer` rows into the report's figures (field names documented in the module)."""
    answerable = [i for i in items if not i["unanswerable"]]
    unanswerable = [i for i in items if i["unanswerable"]]
    answered = [i for i in items if i["answered"]]
    refused = [i for i in items if i["refused"]]
    correct = [i for i in items if i["correct"]]
    facts_total = sum(i["facts_total"] for i in answerable)
    totals = [i["total_ms"] for i in items if i["total_ms"] is not None]
    firsts = [i["first_token_ms"] for i in items if i["first_token_ms"] is not None]
    return {
        "questions": len(items),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "answered": len(answered),
        "refused": len(refused),
        "errors": sum(1 for i in items if i["error"]),
        "correct": len(correct),
        "precision": _ratio(sum(1 for i in answered if i["correct"]), len(answered)),
        "accuracy": _ratio(len(correct), len(items)),
        "citation_precision": _mean([i["citation_precision"] for i in answerable
                                     if i["citation_precision"] is not None]),
        "citation_recall": _mean([i["citation_recall"] for i in answerable if i["citation_recall"] is not None]),
        "fact_hit_rate": _ratio(sum(i["facts_hit"] for i in answerable), facts_total),
        "refusal_precision": _ratio(sum(1 for i in refused if i["unanswerable"]), len(refused)),
        "refusal_recall": _ratio(sum(1 for i in unanswerable if i["refused"]), len(unanswerable)),
        "fabricated_citations": sum(len(i["fabricated_citations"]) for i in items),
        "raw_fabricated_citations": sum(len(i["raw_fabricated_citations"]) for i in items),
        "latency": {
            "p50_ms": round(percentile(totals, 50), 1),
            "p95_ms": round(percentile(totals, 95), 1),
            "mean_ms": round(statistics.fmean(totals), 1) if totals else 0.0,
            "first_token_p50_ms": round(percentile(firsts, 50), 1) if firsts else None,
        },
    }


# ---------------------------------------------------------------- running
def run_answers(questions: list[EvalQuestion], ask: Callable[[EvalQuestion], object],
                known: Callable[[Iterable[str]], set[str]]) -> dict:
    """Ask every question (`ask` returns an `Answer`), score it; `known(ids)` returns those in the store."""
    items = []
    for number, question in enumerate(questions, 1):
        started = time.perf_counter()
        answer = ask(question)
        seconds = time.perf_counter() - started
        items.append(score_answer(question, answer, known(mentioned_ids(answer)), seconds))
        logger.info("question %d/%d: correct=%s refused=%s %.1fs", number, len(questions), items[-1]["correct"],
                    items[-1]["refused"], seconds)
    expected = {i for q in questions for i in q.expected_ids}
    missing = sorted(expected - known(expected))
    return {**summarize(items), "missing_expected_ids": missing, "items": items}


def run_answers_eval(app, path: str | Path, *, limit: int | None = None) -> dict:
    """The answers eval on the app's store and LLM (whatever the settings configure)."""
    questions = load_questions(path)[:limit] if limit else load_questions(path)
    result = run_answers(questions, lambda q: app.ask(q.question, language=q.language),
                         lambda ids: set(app.store.get_papers(list(ids))))
    return {"file": str(path), "model": app.llm.get().name, **result}
