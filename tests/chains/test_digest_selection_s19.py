"""Session 19, from the study of the eleventh topic group (blind: precision 0.47 @8 / 0.32 @20, recall 0.21 / 0.19):
'between' relates two parts ('communication between LLM agents': communication, of LLM agents); a run the built-in
vocabulary does not know that is a whole term of prompts/glossary.tsv is that term ('chain-of-thought'); '用 X 训练 Y'
is X, applied to Y (the verb no concept); a Chinese stretch between two known terms modifies the one after it, and
the head's modifier is named with the head where the paper says what it is about (搜索 of 搜索智能体); a known term
joined by a hyphen to the word before it, ending the phrase, is one word with it ('multi-agent systems'); field
vocabulary: adversarial attacks (examples, perturbations, robustness), beamforming (波束赋形, precoding), AI companions
(companion chatbots, companionship), the policy-optimization algorithms of RL (GRPO, PPO)."""

from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, cover, on_topic, paper


def _labels(topic: str) -> list[str]:
    return [c.label for c in split_concepts(topic, PROMPTS)]


def _head(topic: str):
    return next(c for c in split_concepts(topic, PROMPTS) if c.head)


# ---------------------------------------------------------------- between
def test_between_relates_two_parts():
    """Read as one part, 'communication between' was an unknown run before LLM, dropped as its modifier: LLM · agents
    · agent, and any LLM-agent paper passed (16 of 20 listed off topic)."""
    topic = "communication between LLM agents in multi-agent systems"
    assert _labels(topic) == ["communication", "LLM", "agents", "multi-agent"]
    assert _head(topic).label == "communication"


def test_a_multi_agent_paper_that_does_not_communicate_is_off_topic():
    on = paper("1", "What Should Agents Say? Action-state Communication for Efficient Multi-Agent Systems",
               "Multi-agent systems built on large language models pass free-form messages. We propose PACT, "
               "which treats inter-agent communication among LLM agents as a state update.")
    planner = paper("2", "TaskWeave: Memory for LLM Agents in Multi-Agent Company Simulation",
                    "We build a memory-based multi-agent framework of LLM agents that plan a year of work.")
    concepts, covered = cover("communication between LLM agents in multi-agent systems", on, planner)
    assert on_topic(concepts, covered[0])
    assert not covered[1].complete


def test_a_hyphenated_known_term_ending_the_phrase_is_one_word():
    """'multi-agent' is a kind of system: a two-party bargaining study of LLM agents never says it."""
    bargaining = paper("1", "Honesty of LLMs as Bargaining Agents",
                       "We study LLM agents where a buyer and a seller communicate through a text channel.")
    _, (covered,) = cover("communication between LLM agents in multi-agent systems", bargaining)
    assert not covered.complete
    # before an unknown head the known term stays the head's context, as before: multi-agent debate is debate of agents
    head = _head("multi-agent debate with LLMs")
    assert head.label == "debate" and "agent" in head.context


# ---------------------------------------------------------------- prompts/glossary.tsv's terms
def test_a_glossary_term_before_a_known_term_is_a_concept():
    """'chain-of-thought' (思维链 in prompts/glossary.tsv) was dropped as an unknown modifier of reasoning: faithful
    RAG answers and faithful confidence passed as 'faithfulness of reasoning'."""
    topic = "faithfulness of chain-of-thought reasoning"
    assert _labels(topic) == ["faithfulness", "chain-of-thought", "reasoning"]
    cot = next(c for c in split_concepts(topic, PROMPTS) if c.label == "chain-of-thought")
    assert "思维链" in cot.forms and "CoT" in cot.forms
    rag = paper("1", "OCC-RAG: Faithful Answers from Small Models",
                "We train small models for question answering faithful to the retrieved context, with reasoning.")
    cot_paper = paper("2", "Measuring the Faithfulness of Chain-of-Thought Reasoning",
                      "We test whether the chain-of-thought reasoning of LLMs is faithful to their answers.")
    concepts, covered = cover(topic, rag, cot_paper)
    assert not covered[0].complete
    assert on_topic(concepts, covered[1])


def test_a_builtin_term_is_still_matched_by_its_words_only():
    """The glossary.tsv rule is for whole unknown runs: 'aligning' is no form of 对齐 (built-in 'alignment')."""
    aligning = next(c for c in split_concepts("preference optimization for aligning LLMs", PROMPTS)
                    if c.label == "aligning")
    assert aligning.loose and "alignment" not in aligning.forms


# ---------------------------------------------------------------- 用 X 训练 Y, a Chinese modifier of the head
def test_use_x_to_train_y_is_x_applied_to_y():
    """用强化学习训练大模型搜索智能体 was 强化学习 · 训练 · 大模型 · 搜索 · 智能体 (训练 merged into 强化学习, then split
    off): the one paper with all five was off topic, the seven judged papers missed."""
    concepts = split_concepts("用强化学习训练大模型搜索智能体", PROMPTS)
    assert [c.label for c in concepts] == ["强化学习", "大模型", "智能体"]
    head = next(c for c in concepts if c.head)
    assert head.label == "智能体" and head.context == ("搜索", "search")
    assert head.context_in_focus
    # the verb links only after a means that opens a part: 应用 holds no 用
    assert _labels("大语言模型在法律领域的应用") == ["大语言模型", "法律"]
    assert _labels("通过强化学习提升大模型推理") == ["强化学习", "大模型", "推理"]
    # 用户 (user), 用于 (for) are no 用
    assert _labels("用于大模型训练的数据") == ["大模型训练", "数据"]
    assert _labels("用户画像优化方法") == ["用户画像优化"]


def test_the_head_modifier_is_named_with_the_head_in_focus():
    on = paper("1", "ARBOR: Online Process Rewards for Search Agents",
               "LLM-based search agents are trained with outcome-only reward. ARBOR outperforms GRPO and DAPO "
               "baselines on multi-hop QA with LLM judges.", tldr="ARBOR为搜索智能体提供过程奖励，优于GRPO和DAPO基线。")
    recipes = paper("2", "EvoTrainer: Co-Evolving LLM Policies for Autonomous Agentic Reinforcement Learning",
                    "Autonomous LLM training is often framed as recipe search. We introduce EvoTrainer, an agentic "
                    "RL framework for LLM agents.")
    concepts, covered = cover("用强化学习训练大模型搜索智能体", on, recipes)
    assert on_topic(concepts, covered[0])  # GRPO / DAPO name reinforcement learning
    assert not covered[1].complete  # 'search' is named in focus, but not with the agent


# ---------------------------------------------------------------- field vocabulary
def test_adversarial_robustness_of_mllms_is_an_adversarial_attack_topic():
    robust = paper("1", "Investigating Adversarial Robustness of Multi-modal Large Language Models",
                   "We study MLLMs under visual adversarial perturbations.",
                   tldr="本文研究多模态大语言模型的对抗鲁棒性。")
    other = paper("2", "Decision-Based Attacks on Image Classifiers", "We attack ResNets with few queries.")
    concepts, covered = cover("视觉语言模型的对抗攻击", robust, other)
    assert on_topic(concepts, covered[0])
    assert not covered[1].complete


def test_beamforming_synonyms():
    for title, tldr in (("Microwave Analog Computer for Active and Passive Beamforming", "本文研究波束赋形。"),
                        ("Precoding for Fluid Index Modulation", "本文优化预编码向量。")):
        concepts, (covered,) = cover("波束成形", paper("1", title, "We design the " + title.split()[0].lower()
                                                   + " of a MIMO transmitter.", tldr=tldr))
        assert on_topic(concepts, covered), title


def test_companion_chatbots_are_ai_companions():
    on = paper("1", "Stumbling Into AI Emotional Dependence",
               "A lonely user seeks comfort from a dedicated companion chatbot. Policy focused on companion apps "
               "cannot protect human connection.")
    concepts, (covered,) = cover("emotional dependence on AI companions", on)
    assert on_topic(concepts, covered)


def test_an_english_modifier_of_the_head_is_named_with_the_head_too():
    """'spatial' of 'spatial reasoning in VLMs' in a focus sentence that does not name reasoning is not the kind of
    reasoning the topic asks for (session 19: three off-topic papers of that digest @20)."""
    on = paper("1", "Spatial Reasoning in Vision-Language Models", "We probe VLMs on spatial reasoning. "
               "We propose a benchmark of spatial relations for vision-language models.")
    apart = paper("2", "GeoLocator: Vision-Language Models for Geo-Localisation",
                  "Spatial cues such as road signs locate a photo. We propose GeoLocator, a vision-language model "
                  "for geo-localisation. Its reasoning over cues is trained with RL.")
    concepts, covered = cover("spatial reasoning in vision-language models", on, apart)
    assert on_topic(concepts, covered[0])
    assert not covered[1].complete


def test_a_vision_language_pre_training_model_is_a_vlm():
    vlp = paper("1", "Improving Adversarial Transferability on Vision-Language Pre-training Models",
                "We craft transferable adversarial examples against VLP models such as CLIP.",
                tldr="本文提出针对视觉-语言预训练模型的可迁移对抗攻击。")
    concepts, (covered,) = cover("视觉语言模型的对抗攻击", vlp)
    assert on_topic(concepts, covered)
