"""Session 21: a comparison's sentence judged clause by clause, comparisons a user words as definitions or with a
described paper, and the comparison's halves kept when their paper's evidence says them
(data/eval/results/session21-compare/README.md). Scripted OpenAI-compatible server, the eval corpus's own records,
hash embedder; the scripted syntheses are the bundled model's recorded raw answers (session 20's live runs and the h16-
blind run)."""

from __future__ import annotations

import pytest

from assistant.chains.compare import split_names
from assistant.chains.router import route
from tests.chains.test_answer_issue11 import _eval_corpus_app

MEMOBENCH, PM4BENCH, SBC, COCMT, BOUNDARY, HRI, MINARD, ANY2POSTER = (
    "2606.27537", "2503.18484", "2606.29578", "2503.13504", "2605.07180", "2503.15491", "2606.12576", "2606.02915")
MEMO_Q = ("MemoBench (memory consistency of video generation models) and PM4Bench (a parallel multilingual benchmark for "
          "LVLMs) are both diagnostic benchmarks. What paradigm is MemoBench built around, and which capability does "
          "PM4Bench identify as a key determinant of the cross-lingual performance gaps?")
SBC_Q = ("I'm reading about ways to send fewer bits. SoftBinary Coding is a neural compression paradigm and CoCMT is a "
         "collaborative perception framework for multiple agents. How does SBC compress its discrete representations, "
         "and what does CoCMT exchange between agents instead of intermediate feature maps such as BEV representations?")
HRI_Q = ("BoundaryRouter 和那篇测试 LLM/VLM 能否判断机器人何时该开始与人交互的论文，都是让模型来做决定。BoundaryRouter 依据什么来决定直接用 "
         "LLM 回答还是交给 Agent？人机交互那篇又用了哪些模型做测试？")
MINARD_Q = ("Compare two papers that turn research content into visual media: MINARD, which generates narrated videos "
            "explaining scientific figures, and Any2Poster, which generates posters from any source. What does MINARD "
            "ground its narrations to, and what does Any2Poster Bench pair each source with to test factual retention "
            "and understanding?")


@pytest.fixture(scope="module")
def s21_app(tmp_path_factory):
    return _eval_corpus_app(tmp_path_factory, "s21", (MEMOBENCH, PM4BENCH, SBC, COCMT, BOUNDARY, HRI, MINARD,
                                                      ANY2POSTER))


def _compare(app, llm, question):
    from assistant.chains.compare import compare
    from assistant.chains.evidence import SentenceVectors

    return compare(question, store=app.store, retriever=app.retriever(), llm=llm,
                   prompts_dir=app.settings.prompts_dir, budget=400, vectors=SentenceVectors(app.embedder))


def test_a_both_clause_and_a_named_clause_are_judged_each_on_its_own(s21_app, scripted, scripted_llm):
    """h12-c-memobench-pm4bench (session 20 live): the asked OCR fact sat in "Both …, but PM4Bench …" and the whole
    sentence was dropped (it names PM4Bench and holds MemoBench-only words). The both-clause is false of PM4Bench:
    dropped; the PM4Bench clause is PM4Bench's evidence: kept, cited to PM4Bench."""
    scripted.enqueue({"tokens": [
        "MemoBench is built around the disappear-and-reappear paradigm, which involves a target object undergoing a "
        "physical process, disappearing from view, and being correctly recovered in its updated state upon "
        "reappearance. PM4Bench, on the other hand, features a parallel corpus design across 10 languages, enabling "
        "fair and accurate cross-lingual comparisons. Both benchmarks evaluate memory consistency under the "
        "disappear-and-reappear paradigm, but PM4Bench identifies OCR capability as a key determinant of the "
        "cross-lingual performance gaps. [1]"]})
    result = _compare(s21_app, scripted_llm, MEMO_Q)
    assert [p.id for p in result.papers] == [MEMOBENCH, PM4BENCH]
    print(result.synthesis, result.synthesis_answer.dropped)
    assert "OCR capability as a key determinant" in result.synthesis
    assert "PM4Bench identifies OCR capability as a key determinant of the cross-lingual performance gaps [2]." in \
        result.synthesis
    assert "Both benchmarks evaluate memory" not in result.synthesis
    assert any(d["sentence"].startswith("Both benchmarks evaluate") for d in result.synthesis_answer.dropped)


def test_an_uncited_a_while_b_sentence_is_cited_clause_by_clause(s21_app, scripted, scripted_llm):
    """h15-c-minard-any2poster (session 20 live): "MINARD grounds its narrations to figure regions, while Any2Poster
    Bench pairs each source with quiz-based probes …" (both halves right, uncited) was dropped whole: it names MINARD
    and Any2Poster's evidence does not say the MINARD half. Each half is its own paper's claim."""
    scripted.enqueue({"tokens": [
        "MINARD generates narrated videos explaining scientific figures, while Any2Poster generates posters from any "
        "source. MINARD grounds its narrations to figure regions, while Any2Poster Bench pairs each source with "
        "quiz-based probes of verbatim factual retention and interpretive understanding."]})
    result = _compare(s21_app, scripted_llm, MINARD_Q)
    assert [p.id for p in result.papers] == [MINARD, ANY2POSTER]
    print(result.synthesis, result.synthesis_answer.dropped)
    assert "MINARD grounds its narrations to figure regions [1]" in result.synthesis
    assert "Any2Poster Bench pairs each source with quiz-based probes" in result.synthesis


def test_two_papers_said_to_be_something_are_a_comparison(s21_app, scripted, scripted_llm):
    """h16-c-sbc-cocmt (blind, session 20): "SoftBinary Coding is a … paradigm and CoCMT is a … framework. How does
    SBC …, and what does CoCMT …?" was answered by the single-answer chain (the lead sentence was read as the only
    name). A comparison now, of the two; SBC is SoftBinary Coding's initials, and its uncited half (the paper:
    "compresses them through a novel fast binary channel simulation scheme") is cited to it, with the sentence after
    it ("It achieves this …"); the CoCMT sentence that is the question's words without what CoCMT exchanges is
    dropped. The scripted synthesis is the model's recorded raw answer."""
    assert route(SBC_Q) == "compare"
    assert split_names(SBC_Q) == ["SoftBinary Coding", "CoCMT"]
    scripted.enqueue({"tokens": [
        "SoftBinary Coding compresses its discrete representations by using a random binary latent variable space "
        "instead of continuous ones. It achieves this through a novel fast binary channel simulation scheme that "
        "provides rate-optimal theoretical proofs.\nCoCMT exchanges between agents instead of intermediate feature "
        "maps such as BEV representations. This is achieved through the selection and transmission of key features, "
        "which are crucial for collaborative perception systems."]})
    result = _compare(s21_app, scripted_llm, SBC_Q)
    assert [p.id for p in result.papers] == [SBC, COCMT]
    answer = result.synthesis_answer
    print(result.synthesis, answer.dropped)
    assert "novel fast binary channel simulation scheme" in result.synthesis.split("[1]")[1] or \
        "novel fast binary channel simulation scheme that provides rate-optimal theoretical proofs [1]" in \
        result.synthesis
    assert any(d["sentence"].startswith("CoCMT exchanges between agents") for d in answer.dropped)
    assert "object-query-based" in result.synthesis.split("[2]")[-2]
    assert [c.id for c in answer.citations] == [SBC, COCMT]


def test_a_named_paper_and_a_described_one_are_a_comparison(s21_app, scripted, scripted_llm):
    """h16-c-boundaryrouter-hri (blind, session 20): "BoundaryRouter 和那篇测试 LLM/VLM 能否判断…与人交互的论文，都是…" was a lookup
    and refused (the model said NOT_FOUND), and the user read "…最接近的论文如下：" with no list after it. A comparison of
    the two papers now (the description keeps its own 与); the model's NOT_FOUND leaves the table and each paper's
    own sentence for what is asked of it."""
    assert route(HRI_Q) == "compare"
    assert split_names(HRI_Q) == ["BoundaryRouter", "那篇测试 LLM/VLM 能否判断机器人何时该开始与人交互的论文"]
    scripted.enqueue({"tokens": ["NOT_FOUND"]})
    result = _compare(s21_app, scripted_llm, HRI_Q)
    assert [p.id for p in result.papers] == [BOUNDARY, HRI]
    print(result.synthesis)
    assert "最接近的论文如下" not in result.synthesis
    assert [c.id for c in result.synthesis_answer.citations] == [BOUNDARY, HRI]
    # session 22: BoundaryRouter's half is scored on its own part now, its Chinese 方法 sentence (early experience)
    assert ("experience" in result.synthesis or "早期行为经验记忆" in result.synthesis) and "GPT-4o" in result.synthesis


@pytest.mark.parametrize("question", [
    "How does GCRank differ from HarmonRank?", "How does GCRank compare with HarmonRank in data?",
    "In what ways does GCRank differ from HarmonRank?",
])
def test_how_does_a_differ_from_b_is_a_comparison(question):
    assert route(question) == "compare"
    assert split_names(question)[:2] == ["GCRank", "HarmonRank"]


def test_how_does_a_differ_from_a_baseline_is_answered(s21_app):
    """"How does FUSE differ from BM25?" asks about one paper (session 20 kept such questions lookups by their
    wording, test_compare_s20.py): a comparison only if each name is a compared paper's own (in its title); BM25 is a
    baseline, so the chain declines and the turn is answered as a lookup."""
    assert route("How does FUSE differ from BM25?") == "compare"
    from assistant.chains.compare import compare
    from assistant.errors import InputError

    with pytest.raises(InputError):
        compare("How does MemoBench differ from LVLMs?", store=s21_app.store, retriever=s21_app.retriever(), llm=None,
                prompts_dir=s21_app.settings.prompts_dir)
    result = compare("How does MemoBench differ from PM4Bench?", store=s21_app.store, retriever=s21_app.retriever(),
                     llm=None, prompts_dir=s21_app.settings.prompts_dir)
    assert [p.id for p in result.papers] == [MEMOBENCH, PM4BENCH]


def test_a_list_lines_trailing_number_is_the_next_lines():
    """h5-c-mcp-servers (session 20 live): "[1] PROVE … state isolation; [2]\\n[2] ADR …": the [2] ending the first
    line leads the second, and the first line, which had no full stop, was lost without a trace (not even listed as
    dropped). Each line is its own paper's claim."""
    from assistant.citations import split_sentences, verify

    sources = {1: "PROVE: Programmatic Rewards On Verified Environments\nWe present PROVE, a framework with three "
                  "contributions: a library of 20 stateful MCP servers exposing 343 tools, enabling live-execution RL "
                  "training with session-scoped state isolation.",
               2: "ADR: Agentic AI Detection and Response\nWe present the Agentic AI Detection and Response (ADR) "
                  "system, the first large-scale, production-proven enterprise framework for securing AI agents "
                  "operating through the Model Context Protocol (MCP)."}
    raw = ("[1] PROVE (Programmatic Rewards On Verified Environments) presents a framework with three contributions: "
           "(1) a library of 20 stateful MCP servers exposing 343 tools, enabling live-execution RL training with "
           "session-scoped state isolation; [2]\n[2] ADR (Agentic AI Detection and Response) introduces the Agentic AI "
           "Detection and Response (ADR) system, the first large-scale, production-proven enterprise framework for "
           "securing AI agents operating through the Model Context Protocol (MCP).")
    assert split_sentences("GCRank ranks ads\nHarmonRank balances objectives.") == [
        "GCRank ranks ads", "HarmonRank balances objectives."]
    check = verify(raw, sources, "What does each of the two papers do with MCP servers?",
                   papers={1: ("PROVE", {"PROVE"}), 2: ("ADR", {"ADR"})})
    assert "session-scoped state isolation [1]" in check.text
    assert check.text.endswith("Model Context Protocol (MCP) [2].")
    assert check.cited == [1, 2]


def test_a_choice_answered_in_the_questions_words_is_kept():
    """The question's own words are no empty half when it asks to choose ("哪个用了更多数据？" — "GCRank 用了更多数据")."""
    from assistant.citations import verify

    sources = {1: "GCRank: generative ranking\nGCRank is trained on more data than earlier rankers.",
               2: "HarmonRank: multi-objective ranking\nHarmonRank balances objectives."}
    check = verify("GCRank 用了更多数据 [1]。", sources, "GCRank 和 HarmonRank 哪个用了更多数据？",
                   papers={1: ("GCRank", {"GCRank"}), 2: ("HarmonRank", {"HarmonRank"})})
    assert not check.dropped or "question's own words" not in check.dropped[0]["reason"]
