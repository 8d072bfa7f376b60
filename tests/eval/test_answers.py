"""The answers eval end to end on the seed store with a scripted LLM: fabricated citations, refusals, the file."""

import json

import pytest

from assistant.chains.answer import answer_question
from assistant.errors import InputError
from assistant.eval.answers import EvalQuestion, load_questions, run_answers
from assistant.settings import PROJECT_ROOT
from assistant.sources import parse_file

SAMPLE_QUESTIONS = PROJECT_ROOT / "data" / "eval" / "sample-questions.jsonl"


def _run(app, llm, questions):
    def ask(q):
        return answer_question(q.question, store=app.store, retriever=app.retriever(), llm=llm,
                               prompts_dir=app.settings.prompts_dir, top_k=4,
                               min_relevance=app.settings.min_relevance, language=q.language)

    return run_answers(questions, ask, lambda ids: set(app.store.get_papers(list(ids))))


def test_scripted_answers_are_scored(mock_seed_app, scripted, scripted_llm):
    questions = [
        EvalQuestion(question="What does HarmonRank align in live-streaming e-commerce?",
                     expected_ids=["2601.02955"], expected_facts=["AUC", "objectives"]),
        EvalQuestion(question="What does HarmonRank optimise in live-streaming e-commerce?",
                     expected_ids=["2601.02955"], expected_facts=["AUC"]),
        EvalQuestion(question="GCRank 在 WMT14 上的 BLEU 是多少？", unanswerable=True, language="zh"),
    ]
    scripted.enqueue({"tokens": ["HarmonRank aligns ranking ", "objectives with AUC [1]."]},
                     {"tokens": ["HarmonRank optimises AUC as a rank-sum problem [1]. ", "It also beats BERT [9]."]},
                     {"tokens": ["NOT_FOUND"]})
    report = _run(mock_seed_app, scripted_llm, questions)
    first, fabricated, refused = report["items"]
    assert first["correct"] and first["cited_ids"] == ["2601.02955"] and first["facts_hit"] == 2
    assert first["citation_precision"] == 1.0 and first["citation_recall"] == 1.0
    # the model invented source [9]: counted as a raw fabrication; the verifier kept it out of the answer
    assert fabricated["raw_fabricated_citations"] == ["[9]"]
    assert fabricated["fabricated_citations"] == [] and "[9]" not in fabricated["answer"]
    assert refused["refused"] and refused["correct"] and refused["unanswerable"]
    assert report["fabricated_citations"] == 0 and report["raw_fabricated_citations"] == 1
    assert report["accuracy"] == 1.0 and report["refusal_recall"] == 1.0 and report["precision"] == 1.0
    assert report["missing_expected_ids"] == []
    assert report["latency"]["p50_ms"] > 0


def test_shipped_question_file_fits_the_sample():
    questions = load_questions(SAMPLE_QUESTIONS)
    assert 12 <= len(questions) <= 16
    assert 3 <= sum(q.unanswerable for q in questions) <= 4
    assert {q.language for q in questions} == {"zh", "en"}
    sample_ids = {p.arxiv_id for p in parse_file(PROJECT_ROOT / "data" / "sample" /
                                                  "seed-digest-cs.IR-2026-01.md").papers}
    assert {i for q in questions for i in q.expected_ids} <= sample_ids


def test_bad_question_files_name_the_line(tmp_path):
    bad = tmp_path / "q.jsonl"
    bad.write_text('# comment\n{"question": "ok", "unanswerable": true}\n{"question": "no ids"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"q.jsonl:3"):
        load_questions(bad)
    bad.write_text('{"question": "x", "expected_ids": ["1"], "expected_facts": ["("]}\n', encoding="utf-8")
    with pytest.raises(InputError, match="not a valid regex"):
        load_questions(bad)
    bad.write_text("not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"q.jsonl:1"):
        load_questions(bad)
    with pytest.raises(InputError, match="cannot read"):
        load_questions(tmp_path / "missing.jsonl")
    json.loads(SAMPLE_QUESTIONS.read_text(encoding="utf-8").splitlines()[0])


QUESTIONS = PROJECT_ROOT / "data" / "eval" / "questions.jsonl"


def test_shipped_issue11_question_file_fits_its_corpus():
    from collections import Counter

    from assistant.eval.answers import KINDS, load_question_file
    from assistant.sources import parse_paths

    header, questions = load_question_file(QUESTIONS)
    assert len(questions) >= 60 and len({q.id for q in questions}) == len(questions)
    kinds = Counter(q.effective_kind for q in questions)
    assert set(kinds) == set(KINDS) and kinds["injection"] >= 2 and kinds["compare"] >= 4
    for kind in KINDS:
        if kind != "injection":
            assert {q.language for q in questions if q.effective_kind == kind} == {"zh", "en"}, kind
    cross = [q for q in questions if q.effective_kind == "cross-language"]
    assert {(q.language, q.stated_in) for q in cross} == {("en", "zh"), ("zh", "en")}
    assert any(q.after for q in questions) and any(q.turns for q in questions)
    assert all(q.numbers for q in questions if q.effective_kind in ("number", "near-miss"))
    assert all(not n.accepted for q in questions if q.effective_kind == "near-miss" for n in q.numbers)
    files, parsed = parse_paths([QUESTIONS.parent / c for c in header.corpus])
    ids = {p.arxiv_id for p in parsed.papers}
    assert len(ids) <= 551  # small enough to ingest for every eval run (551 since the session-28 lead's development set d28-, 541 since the twenty-fourth held-out set, 529 since the second part of the session-27 lead's development set d27-, 519 since its first part, 509 since the twenty-third held-out set, 497 since the session-26 lead's development set d26-, 486 since the twenty-second held-out set, 474 since the twenty-first, 462 since the twentieth, 450 since the nineteenth, 438 since the eighteenth, 426 since the seventeenth, 414 since the sixteenth, 402 since the fifteenth, 390 since the fourteenth, 378 since the thirteenth, 366 since the twelfth, 354 since the eleventh)
    assert {i for q in questions for i in q.expected_ids} <= ids
    assert all("shared" not in str(f) for f in files)  # the eval does not read ../shared at run time
