"""Session 23: a comparison's paper named by its Chinese description or pointed at again ("那篇基准论文", "那篇实体匹配论文")
is named for the verifier too; the question's lead said again is no half; a sentence naming one paper is that paper's
alone; "both" said of what one paper alone holds; a half asked for five things that names one gets the sentence
listing them, in whichever language the paper lists them (data/eval/results/session23-compare/README.md). Scripted
OpenAI-compatible server, the eval corpus's own records, hash embedder; the scripted syntheses are the bundled
model's recorded raw answers (session 22's blind h18- after run and live comparison runs)."""

from __future__ import annotations

import pytest

from assistant.chains.compare import described_phrases
from assistant.citations import ECHO_REASON, named_papers, verify
from tests.chains.test_answer_issue11 import _eval_corpus_app
from tests.chains.test_compare_s21 import _compare
from tests.chains.test_compare_s22 import VCLLM, VEU, VEU_Q

RUVER, EM = "2606.29920", "2606.28823"
RUVER_Q = ("RuVerBench 和那篇用大语言模型当教师模型、为实体匹配标注训练数据的论文，都用 LLM 来代替人工判断或标注。RuVerBench 覆盖哪两个"
           "智能体领域？那篇实体匹配论文在哪五个基准上评估？")
GEOCF_Q = "比较 GeoCFNet 和用家庭视频做自闭症行为评分的多模态大模型研究：两者分别建立在什么模型之上？"


@pytest.fixture(scope="module")
def s23_app(tmp_path_factory):
    return _eval_corpus_app(tmp_path_factory, "s23", (RUVER, EM, VCLLM, VEU))


def test_a_papers_description_and_its_pointers_name_it():
    """The question's Chinese description of a paper and the short pointer it uses again ("那篇实体匹配论文在哪五个基准…")
    name that paper in the model's sentences; a pointer that fits both papers names neither."""
    aliases = {1: ["RuVerBench"], 2: ["那篇用大语言模型当教师模型、为实体匹配标注训练数据的论文"]}
    phrases = described_phrases(RUVER_Q, aliases)
    assert phrases[1] == set()
    assert "实体匹配论文" in phrases[2] and "用大语言模型当教师模型、为实体匹配标注训练数据的论文" in phrases[2]
    papers = {1: ("RuVerBench", {"RuVerBench"}), 2: (aliases[2][0], phrases[2])}
    assert named_papers("而那篇实体匹配论文在Abt-Buy等五个基准上评估", papers) == [2]
    assert named_papers("RuVerBench 覆盖深度研究和智能体编码两个领域", papers) == [1]
    both = {1: ["那篇评测视频编辑的基准论文"], 2: ["那篇评测图像编辑的基准论文"]}
    assert described_phrases("那篇评测视频编辑的基准论文和那篇评测图像编辑的基准论文有何不同？那篇基准论文用了什么数据？", both) == {
        1: {"评测视频编辑的基准论文"}, 2: {"评测图像编辑的基准论文"}}


def test_five_benchmarks_named_in_english_only_are_quoted_for_the_chinese_half(s23_app, scripted, scripted_llm):
    """h18-c-ruverbench-em (blind, session 22): the entity-matching half said "在Abt-Buy等五个基准上评估", the one benchmark
    the paper's Chinese fields name; the other four are in its English abstract only. The half keeps the model's
    sentence, cited to the paper its pointer names (before, the sentence was one claim of both papers, cited [1][2]),
    and gets the abstract's sentence listing the five: names are the same in both languages. The model's restating
    of the question's lead, uncited, is no half of either paper."""
    scripted.enqueue({"tokens": [
        "RuVerBench 和那篇用大语言模型当教师模型、为实体匹配标注训练数据的论文都用 LLM 来代替人工判断或标注。RuVerBench 覆盖深度研究和"
        "智能体编码两个领域，而那篇实体匹配论文在Abt-Buy等五个基准上评估。\n\n[1] RuVerBench [2]"]})
    result = _compare(s23_app, scripted_llm, RUVER_Q)
    answer = result.synthesis_answer
    print(result.synthesis, answer.dropped)
    assert [p.id for p in result.papers] == [RUVER, EM]
    assert "智能体编码两个领域[1]" in result.synthesis
    assert "在Abt-Buy等五个基准上评估[2]" in result.synthesis
    assert all(name in result.synthesis for name in ("Walmart-Amazon", "WDC Products", "DBLP-ACM", "DBLP-Scholar"))
    assert "代替人工判断或标注" not in result.synthesis
    assert any(d["reason"] == ECHO_REASON and "代替人工判断" in d["sentence"] for d in answer.dropped)


def test_a_fact_of_the_pointed_at_paper_is_cited_to_it(s23_app, scripted, scripted_llm):
    """h17-c-vcllm-veu (session 22 live): "而那篇基准论文把它的细粒度任务分成了三个阶段：识别、推理和 judging" came with the
    answer's one closing "[1]" (VC-LLM): a part about VEU-Bench cited to VC-LLM was kept. The pointer names VEU-Bench:
    the sentence is cited to it; the stages listed, nothing is quoted in their place."""
    scripted.enqueue({"tokens": [
        "VC-LLM和那篇评测视频大模型视频编辑理解能力的基准论文都与视频编辑有关。VC-LLM训练时用重写真实文本的辅助信息减少模型幻觉。"
        "而那篇基准论文把它的细粒度任务分成了三个阶段：识别、推理和 judging。 [1]"]})
    result = _compare(s23_app, scripted_llm, VEU_Q)
    print(result.synthesis, result.synthesis_answer.dropped, result.synthesis_answer.flagged)
    assert [p.id for p in result.papers] == [VCLLM, VEU]
    assert "识别、推理和 judging [2]" in result.synthesis
    assert "judging [1]" not in result.synthesis and "都与视频编辑有关" not in result.synthesis


def test_a_half_that_only_restates_the_question_is_quoted(s23_app, scripted, scripted_llm):
    """The model said nothing of VEU-Bench but the question's lead ("…都与视频编辑有关", uncited: it was attached to both
    papers and stood as VEU-Bench's half). Dropped as the question's words, VEU-Bench's half is quoted: the sentence
    listing its three stages."""
    scripted.enqueue({"tokens": [
        "VC-LLM和那篇评测视频大模型视频编辑理解能力的基准论文都与视频编辑有关。VC-LLM训练时用重写真实文本的辅助信息减少模型幻觉。 [1]"]})
    result = _compare(s23_app, scripted_llm, VEU_Q)
    print(result.synthesis, result.synthesis_answer.dropped)
    assert "都与视频编辑有关" not in result.synthesis
    assert "recognition, reasoning, and judging" in result.synthesis.split("[1]", 1)[1]
    assert [c.id for c in result.synthesis_answer.citations] == [VCLLM, VEU]


def test_a_clause_naming_the_described_paper_is_its_own_claim():
    """h2-c-medical-backbones (recorded): "GeoCFNet基于DINOv3…，而用家庭视频做自闭症行为评分的多模态大模型研究则使用了 Gemini 2.5 Pro。
    [1]" was one claim cited to GeoCFNet, dropped for Gemini's 2.5, and both halves were quoted. The second clause names
    the described paper by its description: each clause is checked against its own paper, and both stay."""
    description = "用家庭视频做自闭症行为评分的多模态大模型研究"
    phrases = described_phrases(GEOCF_Q, {1: ["GeoCFNet"], 2: [description]})
    assert phrases == {1: set(), 2: {description}}
    sources = {1: "GeoCFNet: geometry-aware confidence fields\n提出GeoCFNet，包含基于DINOv3预训练骨干的Token差异化融合模块。",
               2: "Home videos for autism\n使用 Gemini 2.5 Pro 对家庭视频做自闭症行为评分，微调多模态大模型。"}
    raw = f"GeoCFNet基于DINOv3预训练骨干的Token差异化融合模块，而{description}则使用了 Gemini 2.5 Pro。[1]"
    check = verify(raw, sources, GEOCF_Q, papers={1: ("GeoCFNet", {"GeoCFNet"}), 2: (description, phrases[2])})
    assert "Token差异化融合模块[1]" in check.text and "Gemini 2.5 Pro [2]" in check.text
    assert not check.dropped


SOURCES = {1: "LightKV: lightweight KV cache\nGuided by text prompts, LightKV employs cross-modality message passing to "
              "aggregate informative messages across vision tokens and compress them during prefill.",
           2: "Relevance Is Not Permission\nWarrant multiplies the weighted value term alpha_ij * v_j by a learned "
              "query-item permission g_ij that preserves attention relevance."}
PAPERS = {1: ("LightKV", {"LightKV"}), 2: ("Warrant", {"Warrant"})}
QUESTION = ("Both of these papers work on the key-value items that attention reads: LightKV and Warrant. What does "
            "LightKV use to aggregate vision tokens, and what does Warrant multiply alpha_ij * v_j by?")


def test_a_sentence_naming_one_paper_is_cited_to_it_alone():
    """h18-c-lightkv-warrant (blind after run): the model's closing "[1] [2]" went to its last sentence, "Warrant
    multiplies … by g_ij … [1][2]": it names Warrant only and Warrant's evidence says it, LightKV's names Warrant
    nowhere: cited [2]. A sentence blending words of both papers' evidence keeps both citations."""
    raw = ("LightKV uses cross-modality message passing to aggregate informative messages across vision tokens. Warrant "
           "multiplies the weighted value term alpha_ij * v_j by g_ij, a learned query-item permission that preserves "
           "attention relevance. [1] [2]")
    check = verify(raw, SOURCES, QUESTION, papers=PAPERS)
    assert "vision tokens [1]." in check.text and "attention relevance [2]." in check.text
    blended = verify("Warrant multiplies alpha_ij * v_j by g_ij and uses cross-modality message passing across vision "
                     "tokens during prefill [1][2].", SOURCES, QUESTION, papers=PAPERS)
    assert "[1][2]" in blended.text


def test_both_said_of_what_one_paper_alone_holds_is_dropped():
    """h7-c-sarcasm-meddistract-data (recorded): "这两篇论文都用SARC2.0数据集的政治和平衡部分进行实验[1][2]" gave the sarcasm
    paper's data as MedDistractQA's too; h4-c-labels-aerial: "Both papers use a TinyTrees benchmark data set [1][2]".
    A "both" sentence naming a dataset only one cited paper's evidence holds (or naming one compared paper alone) is
    dropped; names both papers' evidence hold, and "respectively", stay."""
    sources = {1: "讽刺检测\n使用SARC2.0数据集的政治和平衡部分进行实验，评估微调模型。",
               2: "MedDistractQA\n开发了MedDistractQA基准，使用USMLE风格的问题进行实验，评估模型。"}
    papers = {1: ("讽刺检测超参数那篇论文", {"讽刺检测超参数"}), 2: ("MedDistractQA", {"MedDistractQA"})}
    question = "讽刺检测超参数那篇论文和 MedDistractQA 那篇论文都在评测大语言模型。它们分别用什么数据做评测？"
    check = verify("这两篇论文都用SARC2.0数据集的政治和平衡部分进行实验[1][2]。", sources, question, papers=papers)
    assert check.refused
    assert any("SARC2.0" in d["reason"] for d in check.dropped)
    kept = verify("这两篇论文都进行实验，评估模型[1][2]。", sources, question, papers=papers)
    assert "[1][2]" in kept.text
    aerial = {1: "Turin3D\nTurin3D uses semi-supervised learning on unlabelled points of aerial LiDAR data.",
              2: "TinyTrees\nThe TinyTrees benchmark supervises counting with unbalanced optimal transport on data."}
    check = verify("Both papers use a TinyTrees benchmark data set [1][2].", aerial, "How does each train?",
                   papers={1: ("Turin3D", {"Turin3D"}), 2: ("TinyTrees", {"TinyTrees"})})
    assert check.refused and "TinyTrees" in check.dropped[0]["reason"]


def test_the_questions_lead_said_again_is_no_claim_though_a_choice_is_asked_after_it():
    """h16-c-boundaryrouter-hri (left in session 22): "BoundaryRouter 和那篇…的论文，都是让模型来做决定[1][2]" was kept: the
    question's "还是交给 Agent" made it a choice question, whose answer may use the question's words. The lead asks
    nothing; said again, it is dropped; the asked parts' own words stay."""
    question = ("BoundaryRouter 和那篇测试 LLM/VLM 能否判断机器人何时该开始与人交互的论文，都是让模型来做决定。BoundaryRouter 依据什么"
                "来决定直接用 LLM 回答还是交给 Agent？人机交互那篇又用了哪些模型做测试？")
    sources = {1: "BoundaryRouter: routing\nBoundaryRouter 检索早期行为经验记忆中的相似案例，决定直接用LLM推理还是交给Agent执行，让模型来做决定。",
               2: "Robots starting interaction\n测试LLM和VLM能否判断机器人何时开始与人交互，使用GPT-4o和Phi-3 Vision模型，让模型来做决定。"}
    papers = {1: ("BoundaryRouter", {"BoundaryRouter"}), 2: ("那篇…的论文", {"人机交互"})}
    raw = ("BoundaryRouter 和那篇测试 LLM/VLM 能否判断机器人何时该开始与人交互的论文，都是让模型来做决定。BoundaryRouter 检索早期行为经验记忆中的"
           "相似案例，决定直接用LLM推理还是交给Agent执行。 [1] [2]")
    check = verify(raw, sources, question, papers=papers)
    assert "都是让模型来做决定" not in check.text and "相似案例" in check.text
    assert any(d["reason"] == ECHO_REASON for d in check.dropped)


def test_a_synthesis_cut_by_the_token_limit_ends_with_an_ellipsis():
    """h10-c-smile-aml-method, h5-c-mcp-servers, h12-c-skelhcc-intentproj (recorded): the bundled model's 200 tokens
    ran out mid-sentence and "…引入尺度感知机制，而骨[1]", "ADR introduces the first large-scale, production-pro [2]" were
    delivered as they were. A last clause of a word or two goes; the sentence ends with an ellipsis and is checked as
    any claim (h12's cut sentence holds its asked 对比奖励). Short answers, and answers that end, are left alone."""
    from assistant.chains.compare_synthesis import mark_cut

    zh = "SMILE 采用尺度感知的多实例学习。" * 12 + "SMILE 方法专注于在 STAS 检测中引入尺度感知机制，而骨"
    text, cut = mark_cut(zh, 200, "zh")
    assert text.endswith("引入尺度感知机制……") and cut == "而骨"
    en = "PROVE includes 20 stateful MCP servers exposing 343 tools for training. " * 14 + \
         "ADR introduces the first large-scale, production-pro"
    text, cut = mark_cut(en, 200, "en")
    assert text.endswith("ADR introduces the first large-scale…") and cut == "production-pro"
    long_clause = "Intent Projection 提出了三个层面的分离方法。" * 12 + "Intent Projection 在目标层面用对比奖励明确惩罚复述字面描述的回答来"
    assert mark_cut(long_clause, 200, "zh")[0].endswith("回答来……")
    assert mark_cut("PoinTriE trains the backbone, while NaLA feeds boundaries", 200, "en")[1] == ""
    assert mark_cut(zh + "。", 200, "zh")[1] == "" and mark_cut(zh, None, "zh")[1] == ""


def test_a_respectively_sentence_naming_each_papers_data_in_order_is_kept():
    """h8-c-fm4su-bev-data (recorded): "它们分别在 nuScenes 和 TUMTraf V2X 数据集上做实验。" (uncited) was right but dropped as
    unsupported, and both halves were quoted. Each name is in one compared paper's evidence only, in the papers' order:
    cited to both. Names out of order, or one held by both papers, are no such sentence."""
    sources = {1: "FM4SU\n在nuScenes上微调模型，下一个场景预测准确率达86.7%。",
               2: "TUMTraf V2X fusion\n参与TUMTraf V2X协同3D目标检测赛道，开发相机与LiDAR融合检测器。"}
    papers = {1: ("FM4SU 那篇论文", {"FM4SU"}), 2: ("TUMTraf V2X 那篇论文", {"TUMTraf", "V2X"})}
    question = "FM4SU 那篇论文和 TUMTraf V2X 相机-LiDAR 融合检测那篇论文都和自动驾驶有关。它们分别在什么数据集上做实验？"
    check = verify("它们分别在 nuScenes 和 TUMTraf V2X 数据集上做实验。", sources, question, papers=papers)
    assert check.text == "它们分别在 nuScenes 和 TUMTraf V2X 数据集上做实验[1][2]。"
    swapped = verify("它们分别在 TUMTraf V2X 和 nuScenes 数据集上做实验。", sources, question, papers=papers)
    assert swapped.refused


def test_a_sentence_pointing_at_the_papers_is_no_claim():
    """c-memory (recorded): "Both systems are described in their respective papers, which can be found at [1] and
    [2]." was delivered as "… which can be found at and [1][2]."."""
    sources = {1: "True Memory\nTrue Memory is a six-layer architecture.", 2: "ConvMemory v2\nConvMemory v2 improves MRR."}
    papers = {1: ("True Memory", {"True", "Memory"}), 2: ("ConvMemory v2", {"ConvMemory"})}
    check = verify("True Memory is a six-layer architecture. Both systems are described in their respective papers, which "
                   "can be found at [1] and [2].", sources, "Compare True Memory and ConvMemory v2: what does each do?",
                   papers=papers)
    assert "found at" not in check.text and "six-layer architecture" in check.text


FM4SU, TUMTRAF = "2503.18730", "2606.12981"


@pytest.fixture(scope="module")
def driving_app(tmp_path_factory):
    return _eval_corpus_app(tmp_path_factory, "s23d", (FM4SU, TUMTRAF))


def test_a_respectively_sentence_is_both_halves(driving_app, scripted, scripted_llm):
    """h8-c-fm4su-bev-data (recorded raw): the lead said again is dropped, the "respectively" sentence is kept and
    cited to both papers, and no half is quoted in its place (the dropped lead named FM4SU, whose half was quoted)."""
    scripted.enqueue({"tokens": [
        "FM4SU 那篇论文和 TUMTraf V2X 相机-LiDAR 融合检测那篇论文都与自动驾驶有关。它们分别在 nuScenes 和 TUMTraf V2X 数据集上做实验。"]})
    question = "FM4SU 那篇论文和 TUMTraf V2X 相机-LiDAR 融合检测那篇论文都和自动驾驶有关。它们分别在什么数据集上做实验？"
    result = _compare(driving_app, scripted_llm, question)
    print(result.synthesis, result.synthesis_answer.dropped)
    assert [p.id for p in result.papers] == [FM4SU, TUMTRAF]
    assert result.synthesis == "它们分别在 nuScenes 和 TUMTraf V2X 数据集上做实验[1][2]。"
