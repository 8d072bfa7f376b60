"""Session 19: every compared paper gets a verified, cited half (data/eval/results/session19-compare/README.md).

The failure class most often seen blind (h13-c-cascade-trace, h14-c-taslora-kvtransformer, h14-c-misalign-refuseu):
a comparison delivered one paper's half only. "Compare two X papers: A (…) and B (…). What …?" named its papers after
the colon, so no two names were found and the question went to the single-answer chain; and the 1.5B model often
writes one paper's half and stops, or invents the other half, which the verifier drops. Now the names after a
counting lead are found, each paper's evidence is chosen for what the question asks of that paper, and a paper the
verified synthesis does not cite is answered by its best evidence sentence, quoted and cited. Scripted
OpenAI-compatible server, the eval corpus's own records, hash embedder."""

from __future__ import annotations

import pytest

from assistant.chains.evidence import SentenceVectors
from tests.chains.test_answer_issue11 import _eval_corpus_app

TASLORA, KVT, PROBES, REFUSEU, CASCADE, TRACE = (
    "2605.07256", "2503.18862", "2606.24251", "2606.07535", "2504.01450", "2504.18535")

ZH_PAIR = ("比较两篇视觉 Transformer 论文：Transformer 架构搜索方法 TAS-LoRA，以及评估 KV Transformer 用于语义分割的研究。"
           "TAS-LoRA 要解决超网权重共享带来的什么问题？KV Transformer 的研究在哪个领域的图像上做语义分割？")
EN_PAIR = ("Compare two LLM safety papers: the one probing the misaligned thinking process of language models, and the "
           "multilingual refusal alignment one that introduces RefusEU. What do the probes of the first detect in the "
           "model's internal activations, and which training method do the controlled alignment experiments of the "
           "second use?")


@pytest.fixture(scope="module")
def s19_app(tmp_path_factory):
    return _eval_corpus_app(tmp_path_factory, "s19", (TASLORA, KVT, PROBES, REFUSEU, CASCADE, TRACE))


def _compare(app, llm, question):
    from assistant.chains.compare import compare

    return compare(question, store=app.store, retriever=app.retriever(), llm=llm,
                   prompts_dir=app.settings.prompts_dir, budget=400, vectors=SentenceVectors(app.embedder))


def test_papers_counted_before_a_colon_are_named_after_it():
    """"Compare two speech papers: A (…) and B (…). What …": the part before the colon counts the papers, their names
    follow it (up to the sentence end); before, "two speech papers" was taken for the only name, the comparison
    failed and the question was answered as a lookup of one paper."""
    from assistant.chains.compare import split_names
    from assistant.chains.router import route

    assert split_names(ZH_PAIR) == ["Transformer 架构搜索方法 TAS-LoRA", "评估 KV Transformer 用于语义分割的研究"]
    assert split_names(EN_PAIR) == ["the one probing the misaligned thinking process of language models",
                                    "the multilingual refusal alignment one that introduces RefusEU"]
    assert split_names("比较两篇改进语言模型的论文：跨模式知识检索的 CASCADE 和可控生成的 TRACE。CASCADE 的级联数据集之间在什么上"
                       "不同？") == ["跨模式知识检索的 CASCADE", "可控生成的 TRACE"]
    assert split_names("Compare two speech papers: Bagpiper-TTS (speech synthesis) and BaltiVoice (speech recognition for "
                       "Balti). Which pretrained model does BaltiVoice fine-tune?") == [
        "Bagpiper-TTS (speech synthesis)", "BaltiVoice (speech recognition for Balti)"]
    assert route(ZH_PAIR) == route(EN_PAIR) == "compare"
    # what follows a colon after the names is still the question about them
    assert split_names("Compare ARM and CREAM: how does each use memory for retrieval?") == ["ARM", "CREAM"]
    assert split_names("比较 GCRank、HarmonRank 和 HMAF：它们分别部署在哪个平台上？") == ["GCRank", "HarmonRank", "HMAF"]


def test_each_asked_part_goes_to_the_paper_it_names(s19_app):
    """The thing asked of each paper, by a name word only that paper has ("TAS-LoRA", "KV"; "Transformer" is in both
    names) or by its place ("of the first", "of the second"); nothing when a part names both or neither."""
    from assistant.chains.compare import parts_by_paper

    papers = s19_app.store.get_papers([TASLORA, KVT])
    pair = [papers[TASLORA], papers[KVT]]
    aliases = {1: ["Transformer 架构搜索方法 TAS-LoRA"], 2: ["评估 KV Transformer 用于语义分割的研究"]}
    assert parts_by_paper(ZH_PAIR, pair, aliases) == {1: "TAS-LoRA 要解决超网权重共享带来的什么问题",
                                                      2: "KV Transformer 的研究在哪个领域的图像上做语义分割"}
    papers = s19_app.store.get_papers([PROBES, REFUSEU])
    parts = parts_by_paper(EN_PAIR, [papers[PROBES], papers[REFUSEU]], {})
    assert parts[1].startswith("What do the probes of the first") and parts[2].startswith("which training method")
    assert parts_by_paper("Compare A and B: what does each propose, and what does each report?", pair, aliases) == {}
    assert parts_by_paper("TAS-LoRA 和 KV Transformer 分别解决什么问题？", pair, aliases) == {}


def test_a_half_never_written_is_quoted_from_that_papers_evidence(s19_app, scripted, scripted_llm):
    """h14-c-taslora-kvtransformer: the model wrote TAS-LoRA's half (right) and nothing about the KV Transformer study.
    Its half is now its best evidence sentence for what is asked of it (the domain: medical images), quoted and cited
    [2]; the model's half is kept as it was."""
    scripted.enqueue({"tokens": ["TAS-LoRA 通过引入低秩适配（LoRA），解决超网权重共享导致的特征坍缩问题[1]。"]})
    result = _compare(s19_app, scripted_llm, ZH_PAIR)
    assert [p.id for p in result.papers] == [TASLORA, KVT]
    prompt = scripted.requests[-1]["messages"][1]["content"]
    assert "医学图像" in prompt.split('<source id="2"')[1]  # paper 2's evidence was chosen for its own question
    synthesis = result.synthesis
    assert synthesis.startswith("TAS-LoRA 通过引入低秩适配") and "特征坍缩" in synthesis
    assert "论文原文还写道" in synthesis and "医学图像" in synthesis.split("论文原文还写道")[1]
    assert synthesis.rstrip().endswith("[2]")
    answer = result.synthesis_answer
    assert [c.id for c in answer.citations] == [TASLORA, KVT] and answer.completed_parts == 1 and not answer.quoted


def test_an_all_dropped_half_is_quoted_from_that_papers_evidence(s19_app, scripted, scripted_llm):
    """h14-c-misalign-refuseu: the model invented the second paper's half, uncited ("a method called controlled
    alignment"), the verifier dropped every sentence of it, and the user got the first paper's half only. The second paper's sentence
    naming its training method (DPO) is quoted in its place."""
    scripted.enqueue({"tokens": [
        "The probes of the first paper detect misalignment indicators, fine-grained cognitive processes, in the model's "
        "internal activations [1].\n\nThe controlled experiments employ a method called \"controlled alignment,\" which "
        "involves aligning the input and output of the model in a way that is consistent with the intended meaning of "
        "the text."]})
    result = _compare(s19_app, scripted_llm, EN_PAIR)
    assert [p.id for p in result.papers] == [PROBES, REFUSEU]
    answer = result.synthesis_answer
    assert any("controlled alignment" in d["sentence"] for d in answer.dropped)
    kept, quoted = result.synthesis.split("The paper also says:")
    assert "misalignment indicators" in kept and "[1]" in kept and "controlled alignment" not in kept
    assert "Direct Preference Optimization" in quoted and quoted.rstrip().endswith("[2]")
    assert [c.id for c in answer.citations] == [PROBES, REFUSEU] and answer.completed_parts == 1


def test_a_synthesis_citing_every_paper_gets_no_quote(s19_app, scripted, scripted_llm):
    scripted.enqueue({"tokens": ["TAS-LoRA 解决超网权重共享导致的特征坍缩问题[1]。KV Transformer 的研究针对医学图像的语义分割[2]。"]})
    result = _compare(s19_app, scripted_llm, ZH_PAIR)
    assert "“" not in result.synthesis and result.synthesis_answer.completed_parts == 0
    assert "特征坍缩" in result.synthesis and "医学图像" in result.synthesis


def test_no_claim_left_quotes_each_papers_half(s19_app, scripted, scripted_llm):
    """h13-c-cascade-trace's shape with nothing kept (the model said NOT_FOUND): instead of a table without a synthesis,
    each paper's best sentence for what is asked of it, quoted, marked as quoted and cited. CASCADE's 'varying sequence
    lengths' is stated only in its English abstract; the Chinese question gets that sentence."""
    from assistant.chains.rescue import QUOTED

    question = ("比较两篇改进语言模型的论文：跨模式知识检索的 CASCADE 和可控生成的 TRACE。CASCADE 的级联数据集之间在什么上不同？"
                "TRACE 从语言模型中蒸馏出什么模型来计算预期属性概率？")
    scripted.enqueue({"tokens": ["NOT_FOUND"]})
    result = _compare(s19_app, scripted_llm, question)
    assert [p.id for p in result.papers] == [CASCADE, TRACE]
    answer = result.synthesis_answer
    assert result.synthesis.startswith(QUOTED["zh"]) and answer.quoted and not answer.refused
    first, second = result.synthesis.split("” [1]")
    assert "sequence length" in first and ("HMM" in second or "隐马尔可夫" in second) and second.rstrip().endswith("[2]")
    assert [c.id for c in answer.citations] == [CASCADE, TRACE] and answer.completed_parts == 2



def _scored(n, sentence, score):
    from assistant.chains.evidence import Scored

    return Scored(n, "x", "abstract", sentence, 0, score, 0.0, 0.0)


def test_a_half_quotes_a_close_sentence_naming_what_is_asked():
    """Of a paper's sentences nearly as good as its best (0.05), the one naming what is asked: a dataset or model when
    one is asked (a name the question does not give, not a metric's acronym), else the paper by the name its asking
    part uses. Before, FM4SU/TUMTraf's quote for 'on what dataset' was the data-leak finding, and NaLA's for 'what does
    NaLA feed into the LLM' the background on other layout agents."""
    from assistant.chains.compare_synthesis import _half_sentence

    question = ("FM4SU 那篇论文和 TUMTraf V2X 相机-LiDAR 融合检测那篇论文都和自动驾驶有关。它们分别在什么数据集上做实验？")
    ranked = [_scored(2, "真实标签替换实验表明理想情况下可接近满分，数据泄漏问题需要处理。", 0.248),
              _scored(2, "参与DriveX 2026挑战赛TUMTraf V2X协同3D目标检测赛道，开发高效的相机与LiDAR融合检测器。", 0.235)]
    assert _half_sentence(ranked, question, question) is ranked[1]
    question = "比较 GeoCFNet 和用家庭视频做自闭症行为评分的多模态大模型研究：两者分别建立在什么模型之上？"
    ranked = [_scored(1, "GeoCFNet在机器人辅助ESD引导任务上达到RMSE 0.0480、PSNR 27.1995、SSIM 0.3397。", 0.40),
              _scored(1, "本文提出GeoCFNet，一种基于DINOv3骨干网络的几何感知置信场网络。", 0.38)]
    assert _half_sentence(ranked, question, question) is ranked[1]  # RMSE and PSNR name no model
    question = ("PoinTriE (transfer learning for point cloud videos) and NaLA (an LLM layout agent for 3D scenes) both bring "
                "3D data to large pretrained models. What does PoinTriE train during fine-tuning, and what does NaLA feed "
                "into the LLM instead of text descriptions?")
    part = "what does NaLA feed into the LLM instead of text descriptions"
    ranked = [_scored(2, "Existing layout agents convert 3D assets into text descriptions.", 0.222),
              _scored(2, "For the inputs, NaLA encodes 3D scene boundaries and 3D assets directly into the LLM.", 0.205)]
    assert _half_sentence(ranked, part, question) is ranked[1]
    ranked[1] = _scored(2, ranked[1].sentence, 0.15)  # too far below the best: the best stays
    assert _half_sentence(ranked, part, question) is ranked[0]


@pytest.fixture(scope="module")
def live_app(tmp_path_factory, data_dir):
    from assistant.ingest import ingest_paths
    from assistant.wiring import build_app
    from tests.conftest import make_settings

    app = build_app(make_settings(tmp_path_factory.mktemp("live-s19"), embedding_mode="use", llm_mode="local"))
    ingest_paths(app.store, [data_dir / "seed_digest.md"])
    yield app
    app.close()


@pytest.mark.live
@pytest.mark.timeout(900)
@pytest.mark.parametrize("question", [
    "Compare two recommendation papers: GCRank (ranking for food-delivery ads) and TextBridgeGNN (graph pre-training "
    "across domains). What does GCRank's context encoder consist of, and what does TextBridgeGNN use to connect domains?",
    "比较两篇推荐论文：外卖广告排序的 GCRank，以及跨域图预训练的 TextBridgeGNN。GCRank 的上下文编码器包含哪些模块？TextBridgeGNN 用什么连接不同领域？"])
def test_live_every_compared_paper_has_a_cited_half(live_app, question):
    """The class on the bundled model: a comparison whose papers are named after a counting lead is a comparison, and
    its delivered synthesis cites each paper (the model's verified half, or that paper's quoted evidence)."""
    result = live_app.turn(question)
    assert result.kind == "compare" and [p.id for p in result.papers] == ["2601.02361", "2601.02366"]
    assert result.error is None and result.synthesis, result.synthesis_answer.raw_answer
    assert [c.id for c in result.synthesis_answer.citations] == ["2601.02361", "2601.02366"], result.synthesis
    assert "[1]" in result.synthesis and "[2]" in result.synthesis
