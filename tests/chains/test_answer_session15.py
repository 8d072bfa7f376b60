"""Session 15's general fixes for the blind h10- failures (data/eval/results/session14-blind/README.md), each against a
scripted OpenAI-compatible server on the eval corpus's own records (hash embedder): a NOT_FOUND the model adds on
its own line after answering does not discard the answer; a ratio written in words ("ten times lighter", 轻十倍) is a
stated value; the upper end of a percentage range ("51.1%-82.9%", "51.1\\%--82.9\\%") is a number of the source; a
quote for "how many X of Y" must count X for Y; two papers each with a description of its own, or "A 和 B 这两篇论文",
are a comparison."""

from __future__ import annotations

import pytest

from tests.chains.test_answer_issue11 import _eval_corpus_app, run

FLOWADMM, BOGAUSS, RBIEVAL, AML, AVGAS, AVOC, SMILE = (
    "2605.08640", "2504.01844", "2606.06055", "2606.10735", "2504.18283", "2606.24286", "2503.13799")


@pytest.fixture(scope="module")
def s15_app(tmp_path_factory):
    return _eval_corpus_app(tmp_path_factory, "s15", (FLOWADMM, BOGAUSS, RBIEVAL, AML, AVGAS, AVOC, SMILE))


def test_the_upper_end_of_a_percentage_range_is_in_the_source(s15_app, scripted, scripted_llm):
    """h10-n-rbieval-drop (a false refusal): the right 82.9% was dropped as "not in the cited source(s)": the source
    writes "51.1\\%--82.9\\%" (abstract) and "51.1%-82.9%" (结果), and a number after a hyphen was never read."""
    from assistant.citations import parse_numbers

    assert [n[1] for n in parse_numbers("下降51.1%-82.9%，by 8.9%--26.6% and 3%–5%")] == [51.1, 82.9, 8.9, 26.6, 3, 5]
    assert parse_numbers("Qwen2.5-7B, GPT-4-8, ResNet-50-101, 2024-01") == [("2024", 2024.0, 2024.0)]
    question = ("RBI-Eval 研究记忆增强对话智能体何时应“保持沉默”。有记忆可用时，Claude-Sonnet-4.6、DeepSeek-V4-Flash 和 "
                "Qwen3.5-9B 的敏感记忆整合分离分数相对无记忆参照最多下降了多少？")
    scripted.enqueue({"tokens": ["有记忆可用时，Claude-Sonnet-4.6、DeepSeek-V4-Flash 和 Qwen3.5-9B 的敏感记忆整合分离分数"
                                 "相对无记忆参照最多下降了82.9%。[1]"]})
    _, answer = run(s15_app, scripted_llm, question)
    assert not answer.refused and "82.9%" in answer.answer and answer.citations[0].id == RBIEVAL


def test_a_not_found_after_the_answer_does_not_discard_it(s15_app, scripted, scripted_llm):
    """h10-l-flowadmm-admm (a false refusal): the model answered right, then wrote NOT_FOUND on a line of its own, and
    the whole answer was delivered as "These papers do not say". The claims before it are checked like any other."""
    from assistant.chains.answer import without_trailing_refusal

    assert without_trailing_refusal("A is B [1].\n\nNOT_FOUND") == "A is B [1]."
    assert without_trailing_refusal("NOT_FOUND") == "NOT_FOUND"
    assert without_trailing_refusal("The papers do not mention it.\nNOT_FOUND").endswith("NOT_FOUND")
    assert without_trailing_refusal("NOT_FOUND. A is B [1].") == "NOT_FOUND. A is B [1]."
    question = ("FlowADMM is a plug-and-play method for inverse problems with flow-based priors. Into which classical "
                "optimization framework does it integrate the renoise-denoise operator, and under what kind of "
                "condition on the flow network are its convergence guarantees established?")
    scripted.enqueue({"tokens": [
        "FlowADMM is a plug-and-play method for inverse problems with flow-based priors. It integrates the "
        "renoise-denoise operator into the classical alternating direction method of multiplier (ADMM) framework. "
        "Under the condition that the flow network is weak Lipschitz, its convergence guarantees are established.\n\n"
        "NOT_FOUND"]})
    _, answer = run(s15_app, scripted_llm, question)
    assert not answer.refused and "ADMM" in answer.answer and "Lipschitz" in answer.answer
    assert answer.citations and answer.citations[0].id == FLOWADMM and "NOT_FOUND" not in answer.answer


def test_a_not_found_answer_still_refuses(s15_app, scripted, scripted_llm):
    scripted.enqueue({"tokens": ["The papers do not say which framework it uses.\n\nNOT_FOUND"]})
    _, answer = run(s15_app, scripted_llm, "Into which optimization framework does FlowADMM integrate its operator?")
    assert answer.refused or answer.quoted


def test_a_ratio_written_in_words_is_a_stated_value(s15_app, scripted, scripted_llm):
    """h10-l-bogauss-lighter (a false refusal): "Its models are ten times lighter than the original 3DGS, and they
    maintain quality [1]" was dropped as "a value was asked and the answer states none": the paper writes the value
    in words too ("up to ten times lighter"; 轻十倍)."""
    from assistant.chains.answer_checks import _numbers_beyond, ratio_words

    assert [n[1] for n in ratio_words("ten times lighter, a twofold / two-fold gain, halved, 轻十倍, 减少一半")] == [
        10.0, 2.0, 2.0, 0.5, 10.0, 0.5]
    assert ratio_words("three datasets, 三个维度") == []
    asked = "How much lighter are its models than the original 3DGS?"
    assert _numbers_beyond("They are ten times lighter [1].", asked, ["models up to ten times lighter"])
    assert _numbers_beyond("They are ten times lighter [1].", asked, ["models up to 10x lighter"])
    # a ratio in words that the cited source does not state is no stated value
    assert not _numbers_beyond("They are ten times lighter [1].", asked, ["models up to 5x lighter"])
    assert not _numbers_beyond("它在三个维度上评估 [1]。", "QWK 提高了多少？", ["三个维度"])
    question = ("BOGausS proposes a new optimization methodology for 3D Gaussian Splatting training. How much lighter "
                "are its models than the original 3DGS, and what happens to the quality?")
    scripted.enqueue({"tokens": ["BOGausS proposes a new optimization methodology for 3D Gaussian Splatting training. "
                                 "Its models are ten times lighter than the original 3DGS, and they maintain quality. "
                                 "[1]"]})
    _, answer = run(s15_app, scripted_llm, question)
    assert not answer.refused and "ten times lighter" in answer.answer and answer.citations[0].id == BOGAUSS


def test_a_quote_must_count_the_asked_group(s15_app, scripted, scripted_llm):
    """h10-x-aml-external (a delivered wrong number): asked how many patients the external validation cohort has (89,
    only in the English abstract), the model gave the F1 scores (dropped: "does not give the asked 患者"), and the
    rescue quoted "在258名患者（来自6个中心）的数据集上，外部验证集的加权F1分数达…": 258 counts every patient, and
    the external set has only its F1 scores in that sentence. A quote must count the asked thing for the asked group
    where the sentence names the group; the English sentence counting the external cohort's 89 patients does."""
    from assistant.chains.answer import answer_terms
    from assistant.chains.answer_checks import counts_another_group

    terms = answer_terms(s15_app.settings.prompts_dir)
    question = "用骨髓涂片图像做急性髓系白血病（AML）患者级辅助诊断的那篇深度学习论文，外部验证队列有多少名患者？"
    assert counts_another_group("在258名患者（来自6个中心）的数据集上，外部验证集的加权F1分数达0.9076。", question, terms)
    assert not counts_another_group("The study included 258 patients from six centers, including a main cohort of 169 "
                                    "patients and an external validation cohort of 89 patients.", question, terms)
    assert not counts_another_group("研究纳入了258名患者。", question, terms)  # no group named: cannot tell
    # a count after the clause naming the asked group describes that group
    assert not counts_another_group("(3) 构建TinyTrees基准数据集，覆盖三大洲、三颗卫星传感器，包含超过2.15亿棵树标注。",
                                    "新建的 TinyTrees 基准一共包含多少棵树的标注？", terms)
    assert not counts_another_group("在258名患者的数据集上，外部验证集的F1达0.9。", "有多少名患者？", terms)
    scripted.enqueue({"tokens": ["外部验证队列的加权F1分数达0.9076、0.8696和0.9124。该细胞到患者的深度学习流水线在AML辅助"
                                 "诊断中表现出稳定的内部验证性能和良好的外部泛化能力。"]})
    _, answer = run(s15_app, scripted_llm, question)
    assert "258名患者" not in answer.answer and "0.9076" not in answer.answer
    assert answer.refused or "89 patients" in answer.answer


def test_two_papers_each_described_or_counted_are_a_comparison():
    """h10-c-avgas-avoc-data and h10-c-smile-aml-method went to the answer chain, which gave AVOC's benchmarks to AV-GAS
    and left out the AML pipeline's YOLO / EfficientNet: each name carries a description of its own ("A, which …, and
    B, which …"), or the question says it asks about two papers ("A 和 B 这两篇…论文，分别…")."""
    from assistant.chains.compare import split_names
    from assistant.chains.router import route

    avgas = ("AV-GAS, which generates images from mixed audio, and AVOC, which compresses tokens for hour-level "
             "audio-video understanding, both work with audio and video. On which dataset or benchmarks is each of them "
             "evaluated?")
    smile = "肺癌 STAS 病理诊断方法 SMILE 和骨髓涂片急性髓系白血病（AML）诊断流水线这两篇医学图像论文，分别采用了什么核心方法或模型？"
    assert route(avgas) == route(smile) == "compare"
    assert split_names(avgas) == ["AV-GAS", "AVOC"]
    # one paper described with a relative clause, and a question about one paper's two parts, stay lookups
    assert route("FlowADMM, which integrates a renoise-denoise operator, is compared with DPS and DiffPIR: which is "
                 "faster?") == "lookup"
    assert route("AVOC 用了哪两个基准，分别提高了多少？") == "lookup"


def test_the_described_comparisons_tables_hold_each_papers_facts(s15_app, scripted, scripted_llm):
    from assistant.chains.compare import compare

    for question, ids, facts in (
            ("AV-GAS, which generates images from mixed audio, and AVOC, which compresses tokens for hour-level "
             "audio-video understanding, both work with audio and video. On which dataset or benchmarks is each of them "
             "evaluated?", {AVGAS, AVOC}, ("VGGSound", "OmniVideoBench")),
            ("肺癌 STAS 病理诊断方法 SMILE 和骨髓涂片急性髓系白血病（AML）诊断流水线这两篇医学图像论文，分别采用了什么核心方法或模型？",
             {SMILE, AML}, ("多实例学习", "EfficientNet-B0"))):
        scripted.enqueue({"tokens": ["NOT_FOUND"]})
        result = compare(question, store=s15_app.store, retriever=s15_app.retriever(), llm=scripted_llm,
                         prompts_dir=s15_app.settings.prompts_dir)
        assert {c.id for c in result.papers} == ids
        assert all(fact in result.table_markdown for fact in facts)


def test_the_questions_own_name_repeated_in_an_uncited_claim_is_no_stranger():
    """h7-n-meddistract-drop (a false refusal): "According to the MedDistractQA benchmark paper, distracting statements
    can reduce the accuracy of medical LLMs by up to 17.9%. This is stated in [1]." The first sentence, uncited, was
    attached to [1] and dropped because the prompt's sentences of [1] do not say "MedDistractQA": a name the question
    gives is its framing, repeated. A name the question does not give is still a stranger."""
    from assistant.citations import verify

    question = ("According to the MedDistractQA benchmark paper, by how much can distracting statements reduce the "
                "accuracy of medical LLMs?")
    sources = {1: "Medical large language models are easily distracted\nDistracting statements reduce the accuracy "
                  "of medical models by up to 17.9%.",
               2: "RealWorldGuard: robust agents\nRealWorldGuard keeps accuracy at 80%."}
    check = verify("According to the MedDistractQA benchmark paper, distracting statements can reduce the accuracy of "
                   "medical LLMs by up to 17.9%. This is stated in [1].", sources, question)
    assert not check.refused and "17.9%" in check.text and check.cited == [1]
    check = verify("According to the FooBench paper, distracting statements can reduce the accuracy of medical models "
                   "by up to 17.9%. This is stated in [1].", sources, question)
    assert "17.9%" not in check.text


def test_a_method_sentence_leads_the_cell_among_equally_matching_ones():
    """h6-c-spatial-vlm (a fact missing): "SpatialClaw and IPT both try to improve spatial reasoning …. What does each
    of the two papers give the model to reason with?" chose the first two of SpatialClaw's sentences saying
    "reasoning" (its motivation) for the Method cell, not "We therefore propose SpatialClaw, … that adopts code as the
    action interface", which says it as often. Among equally matching sentences, the one saying what the paper
    proposes comes first; a sentence using more of the asked words still wins (h3-c-llm-agents-adapt)."""
    from assistant.chains.compare import _method_cell, asked_words

    question = ("SpatialClaw and Imaginative Perception Tokens (IPT) both try to improve spatial reasoning in "
                "vision-language models. What does each of the two papers give the model to reason with?")
    wanted = asked_words(question, [])
    sentences = ["Spatial reasoning remains a fundamental challenge for vision-language models.",
                 "In this work, we study how the design of this interface shapes spatial reasoning.",
                 "Existing agents rely on a structured tool-call interface for reasoning.",
                 "We therefore propose SpatialClaw, a framework for spatial reasoning that adopts code as the action "
                 "interface."]
    assert _method_cell(sentences, wanted).startswith("We therefore propose SpatialClaw")
    assert _method_cell(["We introduce EpiEvolve, a self-evolving agent.", "EpiEvolve adapts by storing outcomes."],
                        {"adapt"}) == "EpiEvolve adapts by storing outcomes."


def test_a_question_asking_when_gets_no_quote_without_a_date():
    """h2-x-youtube-period (wrong): asked over what period the comments were posted (the English abstract: "between
    October 2023 and January 2024"), the model invented a day ("2024 年 1 月 1 日", dropped), and the rescue quoted the
    Chinese TL;DR, which dates nothing ("该研究通过分析25万条西班牙语YouTube评论…"). A sentence without a date does not
    answer "when"."""
    from assistant.chains.rescue import DATE_RE, TIME_ASKED_RE

    assert TIME_ASKED_RE.search("所分析的评论发布于哪段时间？") and TIME_ASKED_RE.search("When was the dataset released?")
    assert not TIME_ASKED_RE.search("How many comments were analysed?")
    assert DATE_RE.search("comments posted between October 2023 and January 2024")
    assert DATE_RE.search("2023 年 10 月") and DATE_RE.search("released on Oct. 7")
    assert not DATE_RE.search("该研究通过分析25万条西班牙语YouTube评论，将评论分为七类")
    assert not DATE_RE.search("trained on 4096 tokens for 20 epochs")


def test_a_name_after_its_description_joins_a_comparison():
    """h4-c-select-embeddings (wrong since session 8): "SemEval-2026 多轮 RAG 评测的参赛系统 5ting 和推理时动态选择适配器的
    ARIADNE，都要从候选池里挑出最合适的一项：…两者各自靠什么来挑？" went to the answer chain: the second name follows its
    description ("…的 ARIADNE"), and what both share after a comma ("，都要…") was read as a third name."""
    from assistant.chains.compare import split_names
    from assistant.chains.router import route

    question = ("SemEval-2026 多轮 RAG 评测的参赛系统 5ting 和推理时动态选择适配器的 ARIADNE，都要从候选池里挑出最合适的一项："
                "前者挑文档，后者挑适配器。两者各自靠什么来挑？")
    assert route(question) == "compare"
    assert split_names(question) == ["SemEval-2026 多轮 RAG 评测的参赛系统 5ting", "推理时动态选择适配器的 ARIADNE"]
    assert route("GCRank 和基于图的 HarmonRank 分别部署在哪里？") == "compare"
    assert route("GCRank 和 HarmonRank 的作者是谁？") == "lookup"  # nothing asked of each


def test_a_claim_about_both_papers_resting_on_one_papers_numbers_is_dropped():
    """h10-c-avgas-avoc-data, live at 47ea66e: the comparison's synthesis said "Both papers show that their method
    outperforms the state-of-the-art, achieving 7% higher CRS and 4% higher R@2* … [1]": AV-GAS's result said of AVOC
    too. A claim made of every paper whose numbers only its one cited paper holds is dropped; one citing both, or
    whose numbers the other paper holds too, stays."""
    from assistant.citations import verify

    sources = {1: "Seeing Soundscapes\nOur method achieves 7% higher CRS and 4% higher R@2*.",
               2: "AVOC\nAVOC surpasses the second-best model by 4.9 and 5.5 points."}
    question = "How do AV-GAS and AVOC compare?"
    check = verify("AV-GAS generates images from mixed audio [1]. Both papers show that their method outperforms the "
                   "state-of-the-art, achieving 7% higher CRS and 4% higher R@2* [1].", sources, question)
    assert "7%" not in check.text and "mixed audio" in check.text
    assert "7%" in verify("AV-GAS achieves 7% higher CRS [1].", sources, question).text
    assert "Both" in verify("Both papers report gains over the state of the art [1][2].", sources, question).text
    assert "两篇论文都" not in verify("两篇论文都超过了最先进方法，CRS 提高了7% [1]。", sources, question).text


def test_a_hyphenated_two_capital_name_is_an_asked_name():
    """h10-c-avgas-avoc-data, live at 5459b45: the synthesis said "However, AV-GAS achieves state-of-the-art performance
    on these benchmarks, surpassing the second-best model by 4.9 and 5.5 points … [2]" (AVOC's result under AV-GAS's
    name, citing AVOC). "AV-GAS" was no asked name (three capitals before a hyphen were needed), so the check that a
    sentence naming a paper cites that paper never ran."""
    from assistant.citations import asked_names, verify

    assert asked_names("AV-GAS and AVOC; VQ-VAE, LER-YOLO and HAA; not AV or A-B") == [
        "AV-GAS", "AVOC", "VQ-VAE", "LER-YOLO", "HAA"]
    sources = {1: "Seeing Soundscapes\nWe propose an Audio-Visual Generation and Separation model (AV-GAS).\nAV-GAS",
               2: "AVOC\nAVOC surpasses the second-best model by 4.9 and 5.5 points on OmniVideoBench."}
    question = "AV-GAS, which generates images from mixed audio, and AVOC: on which benchmarks is each evaluated?"
    check = verify("AV-GAS uses a generation and separation model [1]. However, AV-GAS surpasses the second-best model "
                   "by 4.9 and 5.5 points [2].", sources, question)
    assert "4.9" not in check.text and "separation model [1]" in check.text
