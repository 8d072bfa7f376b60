"""Session 25, from the study of the seventeenth topic group (blind: precision 0.72 @8 / 0.68 @20, recall 0.31 / 0.28,
two digests empty): a compound's head dropped as a generic word (状态空间模型 read as 状态空间: any 'state-space'
constraint matched, the Mamba papers did not); a name of a field no paper writes kept whole ('voting theory': empty);
LLMs required as written where the papers use VLMs ('data visualization with LLMs': empty); an unknown Chinese compound
matched by its characters in another sense (引用生成); 具身 missing from the dictionary."""

from __future__ import annotations

from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, FixedEmbedder, assert_selects, cover, on_topic, paper


def _far(topic: str) -> FixedEmbedder:
    """An embedder that puts every concept phrase of the topic far from every sentence: what is matched is matched by
    its words."""
    return FixedEmbedder({p: [1.0, 0.0, 0.0] for c in split_concepts(topic, PROMPTS) for p in c.phrases()})


# ---------------------------------------------------------------- a model class is named by its model, not by 'state space'
def test_state_space_models_keep_their_head_and_are_named_by_mamba():
    """状态空间模型 was 状态空间 ('模型' dropped as generic): a simulation's 'state-space constraints' matched, and the
    Mamba papers that never write 'state space' did not."""
    (concept,) = split_concepts("状态空间模型", PROMPTS)
    assert concept.label == "状态空间模型" and {"state space model", "Mamba", "SSM"} <= set(concept.forms)
    assert "状态空间" not in concept.forms
    mamba = paper("1", "Mamba-Enhanced Implicit Motion Learning for Audio-Driven Portrait Animation",
                  "We propose a Mamba-based motion encoder for audio-driven portrait animation.",
                  "本文提出基于Mamba的隐式运动学习方法，用于音频驱动的肖像动画。")
    persona = paper("2", "A Persona-Based Evaluation Framework for Pluralistic Alignment",
                    "We simulate personas under state-space constraints to evaluate pluralistic alignment.",
                    "本文在状态空间约束下模拟人格，评估多元对齐。")
    assert_selects("状态空间模型", mamba, persona, embedder=_far("状态空间模型"))


def test_a_method_keeps_its_head_and_its_acronym():
    """有限元方法 was 有限元: the method is the concept, written FEM as often as in full."""
    (concept,) = split_concepts("有限元方法", PROMPTS)
    assert concept.label == "有限元方法" and {"finite element method", "FEM", "有限元"} <= set(concept.forms)
    fem = paper("1", "Critical Evaluation of PINN and Differentiable FEM for Inverse Analysis",
                "We compare physics-informed networks with a differentiable FEM solver for inverse analysis.")
    concepts, covered = cover("有限元方法", fem)
    assert on_topic(concepts, covered[0])


# ---------------------------------------------------------------- the field's own name for 'voting theory'
def test_a_field_name_no_paper_writes_is_read_as_the_field():
    """'voting theory' stayed one phrase no judged paper writes (empty digest); they write voting, social choice,
    approvals. Majority voting over an LLM's sampled answers is not the voting of people."""
    (concept,) = split_concepts("voting theory", PROMPTS)
    assert {"social choice", "voting", "投票"} <= set(concept.forms) and "voters" in concept.context
    multiwinner = paper("1", "Pareto Optimality in Approval-Based Multiwinner Voting",
                        "In approval-based multiwinner voting, voters approve candidates and a committee is elected.",
                        "本文研究基于认可的多赢家投票中的帕累托最优性。")
    majority = paper("2", "Self-Consistency Revisited: Majority Voting for LLM Reasoning",
                     "Majority voting over sampled answers improves LLM reasoning on math benchmarks.",
                     "本文研究多数投票对大模型推理的提升。")
    assert_selects("voting theory", multiwinner, majority, embedder=_far("voting theory"))


# ---------------------------------------------------------------- LLMs as the means: multimodal ones too
def test_llms_as_a_means_include_multimodal_llms():
    """'data visualization with LLMs': the judged papers name VLMs, LVLMs or MLLMs and charts (图表), none 'LLM'; a
    paper that 'charts a path' is no chart."""
    head, llms = split_concepts("data visualization with LLMs", PROMPTS)
    assert head.head and {"visualization", "图表"} <= set(head.forms) and "chart" not in head.forms
    assert llms.setting and {"VLM", "MLLM", "LVLM"} <= set(llms.forms)
    chart = paper("1", "ChartArena: Benchmarking Chart Parsing across Languages",
                  "We benchmark chart parsing by vision-language models (VLMs) across languages and formats.",
                  "本文提出ChartArena基准，评估视觉语言模型的图表解析能力。")
    path = paper("2", "Exploring Autonomous Agentic Data Engineering",
                 "Our study of LLM data engineers charts a path toward agent-driven model specialization.")
    assert_selects("data visualization with LLMs", chart, path, embedder=_far("data visualization with LLMs"))
    # ... and the LLM systems papers name by their role, not any agent (RL papers call their policies agents)
    assert "coding agent" in llms.forms and "agent" not in llms.forms
    scivis = paper("3", "Agent Skills for Scientific Data Analysis and Visualization",
                   "We present reusable skills that augment coding agents for scientific data analysis and "
                   "visualization.")
    rl = paper("4", "Visualization of Value Functions in Deep RL",
               "We study the visualization of the value functions an RL agent learns in Atari games.")
    assert_selects("data visualization with LLMs", scivis, rl, embedder=_far("data visualization with LLMs"))


def test_llms_that_are_the_point_stay_language_models():
    """Only LLMs as the setting or means take the multimodal forms: where the kind of model is what the topic is about
    (the hallucination of LLMs) a VLM paper is another topic."""
    for topic in ("大语言模型的幻觉", "LLM agents for code generation"):
        for concept in split_concepts(topic, PROMPTS):
            if "LLM" in concept.forms:
                assert "VLM" not in concept.forms, (topic, concept)


# ---------------------------------------------------------------- Chinese compounds the dictionary lacks
def test_citation_generation_is_citations_not_generation():
    """大语言模型的引用生成 kept the unknown compound 引用生成 and listed a figurative-generation paper (激活引导,
    比喻生成); the five judged papers write citation, inline citation, 引用 or 引文."""
    concepts = split_concepts("大语言模型的引用生成", PROMPTS)
    head = next(c for c in concepts if c.head)
    assert head.label == "引用生成" and {"citation", "引用", "引文"} <= set(head.forms)
    fullcite = paper("1", "Explicit Evidence Grounding via Structured Inline Citation Generation",
                     "Large language models (LLMs) often answer without evidence. We generate structured inline "
                     "citations for every claim.", "本文提出让大语言模型生成结构化行内引用的方法。")
    steering = paper("2", "Cross-Lingual Steering for Figurative Language Generation",
                     "We steer LLM activations to generate figurative language across languages.",
                     "本文通过跨语言激活引导实现大语言模型的比喻生成。")
    assert_selects("大语言模型的引用生成", fullcite, steering, embedder=_far("大语言模型的引用生成"))


def test_embodied_is_a_known_term():
    """具身 is absent from CC-CEDICT: 具身智能 learned only 'embodied agent' as adjacent words and missed 'Embodied
    Safety Agent'."""
    concepts = split_concepts("具身智能的安全", PROMPTS)
    embodied = next(c for c in concepts if c.label == "具身智能")
    assert {"embodied", "embodied AI", "具身"} <= set(embodied.forms)
    vlesa = paper("1", "VLESA: Vision-Language Embodied Safety Agent for Human Activity Monitoring",
                  "We propose an embodied safety agent that monitors human activity for hazards.")
    web = paper("2", "Safety Alignment of Web Agents", "We align web agents for safety.")
    assert_selects("具身智能的安全", vlesa, web, embedder=_far("具身智能的安全"))


def test_fraud_is_named_by_its_kinds():
    """'fraud detection' was one phrase: AuditFraudBench ('Detecting Fraudulent Misstatements') was missed."""
    audit = paper("1", "AuditFraudBench: Benchmarking Audit Judgment in Detecting Fraudulent Misstatements",
                  "We benchmark large language models (LLMs) on detecting fraudulent misstatements in audits.")
    spam = paper("2", "Spam Filtering with Large Language Models", "We filter spam e-mail with LLMs.")
    assert_selects("fraud detection with large language models", audit, spam)
