"""A model-free check that a paper's Chinese summary says only what its English abstract supports."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.chains.translate.checks import (
    extract_terms,
    initials_match,
    is_term,
    normalize_term,
    number_evidence,
    numbers_to_check,
    term_present,
)
from assistant.chains.translate.glossary import GlossaryEntry, load_glossary, term_occurs
from assistant.citations import number_supported, split_sentences
from assistant.settings import shipped
from assistant.types import SUMMARY_FIELDS, Paper


class ConsistencyIssue(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["number", "term", "omitted_term"]
    value: str
    field: str = Field(description="summary field the sentence is in ('abstract' for omitted terms)")
    sentence: str
    detail: str


class ConsistencyReport(BaseModel):
    """Does the stored Chinese summary say only what the English abstract supports?"""

    model_config = ConfigDict(extra="forbid")

    arxiv_id: str
    ok: bool = True
    issues: list[ConsistencyIssue] = Field(default_factory=list,
                                           description="numbers/terms in the summary the abstract does not support")
    omitted: list[ConsistencyIssue] = Field(default_factory=list,
                                            description="key terms of the title/abstract the summary never names")
    numbers_checked: int = 0
    terms_checked: int = 0
    skipped: str | None = None


def _first_sentence_with(text: str, needle: str) -> str:
    for sentence in split_sentences(text):
        if needle.lower() in sentence.lower():
            return sentence
    return text[:200]


def _check_sentence(report: ConsistencyReport, name: str, sentence: str, english: str,
                    evidence: list[tuple[str, float, float]]) -> None:
    """Flag the sentence's numbers and Latin terms that the English side does not support."""
    for raw, value, scaled in numbers_to_check(sentence):
        report.numbers_checked += 1
        if not number_supported((raw, value, scaled), evidence):
            report.issues.append(ConsistencyIssue(
                kind="number", value=raw, field=name, sentence=sentence,
                detail=f"{raw} does not occur in the abstract (compared by value)"))
    for term in extract_terms(sentence):
        report.terms_checked += 1
        if not (term_present(term, english) or initials_match(term, english)):
            report.issues.append(ConsistencyIssue(
                kind="term", value=term, field=name, sentence=sentence,
                detail=f"{term} is not mentioned in the abstract or title"))


def key_terms(paper: Paper) -> list[str]:
    """The paper's short name ("GCRank: ..."), acronyms in the title, and terms the abstract repeats.
    Title-case words (Cross-Domain, MultiModal) are not terms, so camel-case title words are skipped."""
    abstract_terms = extract_terms(paper.abstract)
    counts = {t: len(re.findall(rf"(?<![A-Za-z0-9]){re.escape(normalize_term(t))}", paper.abstract))
              for t in abstract_terms}
    head = paper.title.split(":", 1)[0].strip() if ":" in paper.title else ""
    terms = ([head] if is_term(head) and " " not in head else [])
    terms += [t for t in extract_terms(paper.title) if t.isupper() or any(c.isdigit() for c in t)]
    return terms + [t for t in abstract_terms if counts[t] >= 2]


def _omitted_terms(paper: Paper, summary_all: str, entries: list[GlossaryEntry]) -> list[ConsistencyIssue]:
    """Key terms the summary never names, neither verbatim nor by a glossary translation."""
    omitted = []
    seen: set[str] = set()
    for term in key_terms(paper):
        norm = normalize_term(term).lower()
        if norm in seen:
            continue
        seen.add(norm)
        if term_present(term, summary_all):
            continue
        spelled = [e for e in entries if any(normalize_term(term) == normalize_term(a) for a in e.en)]
        if any(term_occurs(z, summary_all) for e in spelled for z in e.zh):
            continue
        omitted.append(ConsistencyIssue(
            kind="omitted_term", value=term, field="abstract",
            sentence=_first_sentence_with(paper.title if term in paper.title else paper.abstract, term),
            detail=f"{term} is a key term of the paper but the Chinese summary never names it"))
    return omitted


def check_consistency(paper: Paper, *, prompts_dir: Path | None = None) -> ConsistencyReport:
    """Compare the Chinese summary with the English abstract without a model.

    Flags numbers in the summary that the abstract/title do not contain (by value: 12亿 = 1.2 billion),
    Latin acronyms/names in the summary that the abstract never mentions (spelled-out forms such as
    state-of-the-art for SOTA count), and, as information, key terms of the title/abstract (named in the
    title or repeated in the abstract) that the summary omits."""
    report = ConsistencyReport(arxiv_id=paper.arxiv_id)
    if paper.summary.is_empty() or not paper.abstract.strip():
        report.skipped = "the paper needs both a Chinese summary and an English abstract"
        return report
    english = "\n".join([paper.title, paper.abstract, paper.comment, " ".join(paper.keywords)])
    evidence = number_evidence(english)
    entries, _ = load_glossary(prompts_dir or shipped("prompt_files", "prompts"))
    for name in SUMMARY_FIELDS:
        text = getattr(paper.summary, name)
        if not text.strip():
            continue
        for sentence in split_sentences(text) or [text]:
            _check_sentence(report, name, sentence, english, evidence)
    summary_all = "\n".join(getattr(paper.summary, f) for f in SUMMARY_FIELDS)
    report.omitted = _omitted_terms(paper, summary_all, entries)
    report.ok = not report.issues
    return report
