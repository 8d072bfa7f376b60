"""Session 22: comparisons whose question first speaks of "these papers", points at a described paper again by a
short form of its description, asks how one paper does something, or asks names of one paper only; a comparison's
"[1] …\n[2] …" per-paper lines (data/eval/results/session22-compare/README.md). Scripted OpenAI-compatible server,
the eval corpus's own records, hash embedder; the scripted syntheses are the bundled model's recorded raw answers
(session 21's blind h17- run and live comparison runs)."""

from __future__ import annotations

import pytest

from assistant.chains.compare import parts_by_paper, resolve_papers, split_names
from tests.chains.test_answer_issue11 import _eval_corpus_app
from tests.chains.test_compare_s21 import BOUNDARY, HRI, HRI_Q, _compare

CONTEXTRAG, IFC, LCLM_SURVEY, VCLLM, VEU = "2605.19735", "2504.16813", "2503.17407", "2504.05673", "2504.17828"
CTX_Q = ("Both of these papers build on graph-based retrieval-augmented generation: ContextRAG and the LLM-assisted "
         "Graph-RAG paper on IFC building data. How does ContextRAG derive its concept graph without LLM-based "
         "extraction, and what does the IFC paper retrieve from the IFC data?")
VEU_Q = ("VC-LLM 和那篇评测视频大模型视频编辑理解能力的基准论文都和视频编辑有关。VC-LLM 训练时用什么办法减少模型幻觉？"
         "那篇基准论文把它的细粒度任务分成了哪三个阶段？")


@pytest.fixture(scope="module")
def s22_app(tmp_path_factory):
    return _eval_corpus_app(tmp_path_factory, "s22", (CONTEXTRAG, IFC, LCLM_SURVEY, VCLLM, VEU, BOUNDARY, HRI))


def _parts(app, question):
    names = split_names(question)
    found: dict[str, str] = {}
    ids, _ = resolve_papers(names, app.store, app.retriever(), found)
    papers = app.store.get_papers(ids)
    aliases = {n: [name for name, pid in found.items() if pid == i] for n, i in enumerate(ids, 1)}
    return ids, parts_by_paper(question, [papers[i] for i in ids], aliases)


def test_a_lead_speaking_of_the_papers_is_no_topic(s22_app):
    """h17-c-contextrag-ifc (blind): "Both of these papers build on …: ContextRAG and the … paper on IFC building data.
    How does …" gave no names (the lead before the colon names none), so "paper on IFC building data. How does …" was
    read as a topic and its three search hits compared: an unasked long-context survey was cited and quoted in Chinese
    in the English answer. The names follow the colon; the two papers are compared, nothing else."""
    assert split_names(CTX_Q) == ["ContextRAG", "the LLM-assisted Graph-RAG paper on IFC building data"]
    from assistant.chains.compare import compare

    result = compare(CTX_Q, store=s22_app.store, retriever=s22_app.retriever(), llm=None,
                     prompts_dir=s22_app.settings.prompts_dir)
    assert [p.id for p in result.papers] == [CONTEXTRAG, IFC]
    # a lead that names the papers is still read as before
    assert split_names("Compare ARM and CREAM: how does each adapt?") == ["ARM", "CREAM"]


def test_a_part_pointing_at_a_described_paper_again_is_that_papers(s22_app):
    """"那篇基准论文把…分成了哪三个阶段" (h17-c-vcllm-veu) and "人机交互那篇又用了哪些模型" (h16-c-boundaryrouter-hri) point at the
    described paper by a short form of its description (基准, 人机交互: characters of "…与人交互的论文"); the field's LLM
    in "直接用 LLM 回答" names neither paper. Before, no part was mapped and each half was scored against the whole
    question (VEU-Bench's quote: its 19-task sentence without the stages)."""
    ids, parts = _parts(s22_app, VEU_Q)
    assert ids == [VCLLM, VEU]
    assert parts == {1: "VC-LLM 训练时用什么办法减少模型幻觉", 2: "那篇基准论文把它的细粒度任务分成了哪三个阶段"}
    ids, parts = _parts(s22_app, HRI_Q)
    assert ids == [BOUNDARY, HRI]
    assert parts[2] == "人机交互那篇又用了哪些模型做测试" and parts[1].startswith("BoundaryRouter 依据什么")


def test_a_described_papers_half_is_quoted_from_its_english_abstract(s22_app, scripted, scripted_llm):
    """h17-c-vcllm-veu (blind): the model invented the three stages ("细粒度任务1、细粒度任务2和细粒度任务3", dropped for
    its numbers); VEU-Bench's half is quoted from the sentence answering its own part, which only the English
    abstract has (recognition, reasoning, judging), not from its Chinese 方法 sentence scored on the whole question."""
    scripted.enqueue({"tokens": [
        "VC-LLM和那篇评测视频大模型视频编辑理解能力的基准论文都与视频编辑有关。VC-LLM训练时用重写真实文本的辅助信息减少模型幻觉。"
        "那篇基准论文把它的细粒度任务分成了三个阶段：细粒度任务1、细粒度任务2和细粒度任务3。\n\n[1] [2]"]})
    result = _compare(s22_app, scripted_llm, VEU_Q)
    print(result.synthesis, result.synthesis_answer.dropped)
    assert [p.id for p in result.papers] == [VCLLM, VEU]
    assert "重写真实文本的辅助信息减少模型幻觉[1]" in result.synthesis
    assert "recognition, reasoning, and judging" in result.synthesis.split("[1]", 1)[1]
    assert "细粒度任务1" not in result.synthesis


def test_a_how_half_is_not_the_sentence_restating_the_question(s22_app, scripted, scripted_llm):
    """h17-c-contextrag-ifc: the model's ContextRAG half was wrong (a retrieval diagnostic's +3.9 F1, dropped) and the
    quote put in its place, ContextRAG's best scored "We present ContextRAG, a graph RAG system whose graph topology is
    constructed without LLM-based entity or relation extraction.", is what the question says. Asked how, the half is
    the next sentence saying by what means ("… using residual-quantization k-means and Formal Concept Analysis …"),
    in the answer's language."""
    scripted.enqueue({"tokens": [
        "ContextRAG constructs its concept graph without LLM-based extraction by using activation analysis on queries "
        "that retrieve at least one lattice-derived node in the top five, achieving a +3.9 percentage points F1 over "
        "queries that do not. The IFC paper retrieves object properties and their relations from the IFC data using "
        "Graph-RAG technology."]})
    result = _compare(s22_app, scripted_llm, CTX_Q)
    print(result.synthesis, result.synthesis_answer.dropped)
    assert [c.id for c in result.synthesis_answer.citations] == [CONTEXTRAG, IFC]
    assert "retrieves object properties and their relations" in result.synthesis
    assert "Formal Concept Analysis" in result.synthesis or "形式概念分析" in result.synthesis
    assert "We present ContextRAG" not in result.synthesis
    assert "3.9" not in result.synthesis


def test_means_are_preferred_only_when_the_best_sentence_restates_the_how():
    from assistant.chains.compare_synthesis import _half_sentence
    from assistant.chains.evidence import Scored

    def scored(text, score):
        return Scored(n=1, paper_id="x", section="abstract", sentence=text, position=0, score=score, lexical=0.0,
                      dense=0.0)

    restating = scored("We present GCRank, a ranker whose scores are computed without feature crosses.", 0.8)
    means = scored("GCRank computes its scores using a generative decoder over item tokens.", 0.5)
    answering = scored("GCRank computes its scores by decoding item tokens with a generative model.", 0.8)
    asked = "How does GCRank compute its scores without feature crosses"
    assert _half_sentence([restating, means], asked, asked, language="en") is means
    assert _half_sentence([answering, means], asked, asked, language="en") is answering
    # not asked how: the best sentence stays
    assert _half_sentence([restating, means], "What is GCRank", "What is GCRank", language="en") is restating


def test_names_asked_of_one_paper_judge_only_its_half(s22_app, scripted, scripted_llm):
    """h16-c-boundaryrouter-hri (session 21 live): "人机交互那篇又用了哪些模型" asks models of the HRI paper only; the
    single answer's check ("names were asked and the answer names none") judged the whole synthesis and dropped
    BoundaryRouter's right half with it, and the per-paper paragraph "[1] …\\n[2] …" was dropped as a list of sources.
    Now BoundaryRouter's sentences stay (cited [1]), the HRI line that names only the field's LLMs and VLMs is dropped,
    and the HRI half is the sentence naming its models."""
    scripted.enqueue({"tokens": [
        "BoundaryRouter 和那篇测试 LLM/VLM 能否判断机器人何时该开始与人交互的论文，都是让模型来做决定。BoundaryRouter 依据的是早期行为经验"
        "记忆，在推理时检索相似案例，并利用基于规则的推理来决定使用直接LLM推理还是升级到Agent执行。\n\n[1] BoundaryRouter 是一种无需训练的"
        "路由框架，通过构建共享种子集上的早期行为经验记忆，在推理时检索相似案例，并利用基于规则的推理来决定使用直接LLM推理还是升级到Agent执行。\n"
        "[2] 人机交互那篇论文比较了四种不同的系统设计模式，使用了LLMs和VLMs，并在包含84个人机交互情境的测试集上进行了测试。"]})
    result = _compare(s22_app, scripted_llm, HRI_Q)
    answer = result.synthesis_answer
    print(result.synthesis, answer.dropped)
    assert [c.id for c in answer.citations] == [BOUNDARY, HRI]
    model_part = result.synthesis.split("论文原文还写道")[0]
    assert "依据的是早期行为经验记忆" in model_part and "升级到Agent执行[1]" in model_part
    assert "GPT-4o" in result.synthesis
    assert any("names were asked of this paper" in d["reason"] and "84个人机交互情境" in d["sentence"]
               for d in answer.dropped)
    assert not any(d["reason"] == "names were asked and the answer names none" for d in answer.dropped)


def test_per_paper_lines_are_claims_and_a_title_list_is_not():
    from assistant.citations import verify

    sources = {1: "GCRank: generative ranking for ads\nGCRank ranks ads with a generative decoder trained on clicks.",
               2: "HarmonRank: multi-objective ranking\nHarmonRank balances several objectives with learned weights."}
    papers = {1: ("GCRank", {"GCRank"}), 2: ("HarmonRank", {"HarmonRank"})}
    raw = ("Both papers rank ads.\n\n[1] GCRank ranks ads with a generative decoder trained on clicks.\n"
           "[2] HarmonRank balances several objectives with learned weights.")
    check = verify(raw, sources, "How do GCRank and HarmonRank rank?", papers=papers)
    assert "generative decoder trained on clicks [1]." in check.text
    assert "learned weights [2]." in check.text
    titles = verify("GCRank ranks ads with a generative decoder [1].\n\n[1] GCRank: generative ranking for ads\n"
                    "[2] HarmonRank: multi-objective ranking", sources, "How do GCRank and HarmonRank rank?",
                    papers=papers)
    assert "multi-objective ranking" not in titles.text
    assert any(d["reason"] == "the model's list of sources, not a claim" for d in titles.dropped)
    # a single answer's "[1] <its content>" paragraph stays the model's list of sources (h6-l-rft-visual)
    single = verify("GCRank ranks ads [1].\n\n[1] GCRank ranks ads with a generative decoder trained on clicks.",
                    sources, "How does GCRank rank?")
    assert "trained on clicks" not in single.text


def test_a_last_line_cut_short_repeating_an_earlier_sentence_is_a_repeat():
    """h3-c-simple-beats-llm (session 21 live): the model looped and its last line, cut by the token limit, was the
    start of a sentence it had written ("而阿拉伯语句子分割（AraSEG）实验表明轻量级编码[2]" was delivered)."""
    from assistant.citations import verify

    sources = {1: "ALS: term extraction\nALS 临床术语抽取研究评估了小语言模型。",
               2: "AraSEG: segmentation\n阿拉伯语句子分割实验表明轻量级编码器在挑战性设置中优于LLM。"}
    raw = ("[1] ALS 临床术语抽取研究评估了小语言模型。\n[2] 阿拉伯语句子分割实验表明轻量级编码器在挑战性设置中优于LLM。\n"
           "[3] 阿拉伯语句子分割实验表明轻量级编码")
    check = verify(raw, sources, "两者分别发现什么？", papers={1: ("ALS", {"ALS"}), 2: ("AraSEG", {"AraSEG"})})
    assert check.text.endswith("[2]。") and "轻量级编码器在挑战性设置中优于LLM" in check.text
    assert "轻量级编码[" not in check.text
    assert any(d["reason"] == "a repeat of an earlier sentence" for d in check.dropped)
