"""Session 35 (Chinese topics, from the blind thirty-second and thirty-third groups, studied after their runs, and
session 34's NEXT.md): an acronym glued to a Chinese compound it does not spell is two parts, not one string no paper
writes (HCI人机交互, LLM长文本建模); a setting word after a noun that no candidate writes with it (电商场景) leaves the
noun, which the papers name. From review34: a narrow word glossed only by phrases needs the words of its sense
together (歌声 'singing voice'); 'X感知' is named by 'X-aware' too."""

from __future__ import annotations

from assistant.chains.digest.concept import Concept
from assistant.chains.digest.learned import translate_concepts
from assistant.chains.digest.lexical import PaperText, lexical_field
from assistant.chains.digest.readings import aware_of, without_setting_word
from assistant.chains.digest.topic import split_concepts
from assistant.chains.digest.topic_zh import glued_acronym
from tests.chains.digest_cases import PROMPTS, FixedEmbedder, cover, on_topic, paper


def labels(topic: str) -> list[str]:
    return [c.label for c in split_concepts(topic, PROMPTS)]


def test_an_acronym_glued_to_a_compound_it_does_not_spell_is_two_parts():
    assert glued_acronym("HCI人机交互") == ("HCI", "人机交互")
    assert glued_acronym("LLM长文本建模") == ("LLM", "长文本建模")
    # an apposition the dictionary spells is `acronym_apposition`'s, and a short compound or a single capital is no
    # glued pair
    assert glued_acronym("OCR文字识别") is None
    assert glued_acronym("GPU推理") is None and glued_acronym("Shapley值") is None and glued_acronym("3D目标检测") is None
    assert labels("HCI人机交互") == ["HCI", "人机交互"]
    # the words after the acronym are no longer glued to it ('LLM长' · 文本 · 建模, 'MAS多' · 智能体)
    assert labels("LLM长文本建模")[0] == "LLM" and "LLM长" not in labels("LLM长文本建模")
    assert labels("MAS多智能体系统")[0] == "MAS" and not any(label.startswith("MAS") and label != "MAS"
                                                          for label in labels("MAS多智能体系统"))
    assert "RLHF人类反馈" not in labels("RLHF人类反馈强化学习")
    # an acronym of one member of a broader entry is that member, not the entry (review35 G4: PPO is no RL paper of
    # any kind), while one that abbreviates its entry's name stands for the entry (LLM: large language models)
    ppo = split_concepts("PPO近端策略优化", PROMPTS)[0]
    assert ppo.label == "PPO" and ppo.forms == ("PPO",)
    assert "large language model" in split_concepts("LLM长文本建模", PROMPTS)[0].forms
    # no backtracking on a long run of capitals (review35 B1)
    assert glued_acronym("A" * 2000 + "长文本") is None
    # a coordination with a glued pair is read as with any part of two concepts (review35 G1: not 人机交互 or EEG)
    assert labels("HCI人机交互与EEG情绪识别") == ["HCI", "人机交互", "EEG", "情绪识别"]
    assert not any(c.alternatives for c in split_concepts("EEG情绪识别与RAG", PROMPTS))
    # ... while a side of an explicit 'or' is not cut, so the coordination stays an either (review35 G1')
    (either_one,) = split_concepts("EEG情绪识别或语音情绪识别", PROMPTS)
    assert len(either_one.alternatives) == 2
    # the head is the compound, which the acronym qualifies or names again
    assert [c.label for c in split_concepts("EEG情绪识别", PROMPTS) if c.head] == ["情绪识别"]
    # a glossary term written with an acronym stays whole, and so does a means ('AI辅助Y')
    assert "AI" not in labels("AI生成图像检测") and "AI" not in labels("AI辅助药物发现")
    assert "OCR" in [a.label for a in split_concepts("OCR文字识别", PROMPTS)[0].alternatives]
    # an acronym of one member of the compound's broader entry stays that member (LoRA of parameter-efficient
    # fine-tuning): cut off, it was read as the whole entry
    (lora, peft) = split_concepts("LoRA低秩适配", PROMPTS)
    assert lora.forms == ("LoRA",) and "LoRA" in peft.forms
    # a paper naming both the acronym and the compound (its TL;DR) covers the topic, one naming only the compound does
    # not
    on = paper("1", "EEG-Based Emotion Recognition with Graph Networks", "We recognise emotions from EEG signals.",
               tldr="本文研究基于脑电（EEG）的情绪识别。")
    off = paper("2", "Facial Expression Analysis", "We recognise emotions from faces.", tldr="本文研究人脸的情绪识别。")
    concepts, covered = cover("EEG情绪识别", on, off)
    assert covered[0].complete and not covered[1].complete


def _again(texts, embedder=None):
    """The readings' `translate` step: `translate_concepts` over the same candidates."""
    return lambda concepts: translate_concepts(concepts, texts, embedder)


def _retail(n: int, tldr: str = "本文研究零售推荐。") -> object:
    return paper(str(n), f"Recommendation for Retail {n}", "We build a recommender for retail platforms.", tldr=tldr)


def test_a_setting_word_no_candidate_writes_with_the_noun_leaves_the_noun():
    # 零售场景 (retail scenario): the candidates write 零售 / retail, none 零售场景: the concept is 零售
    concepts = split_concepts("零售场景中的推荐系统", PROMPTS)
    assert [c.label for c in concepts][0] == "零售场景"
    scenario = paper("9", "Recommendation in Negotiation Scenarios", "A recommender in a negotiation scenario.",
                     tldr="本文研究谈判场景中的推荐。")
    texts = [PaperText.of(p) for p in (*[_retail(n) for n in range(1, 5)], scenario)]
    far = FixedEmbedder({"零售": [1.0, 0.0, 0.0], "零售场景": [1.0, 0.0, 0.0], "驾驶场景": [0.0, 1.0, 0.0]})
    read = without_setting_word(concepts, texts, _again(texts, far))
    assert [c.label for c in read] == ["零售", *[c.label for c in concepts[1:]]]
    assert read[0].forms == ("零售",) and read[0].setting == concepts[0].setting
    learned, covered = cover("零售场景中的推荐系统", *[_retail(n) for n in range(1, 5)], scenario, embedder=far,
                             learn=True)
    assert on_topic(learned, covered[0])
    assert not covered[4].complete  # a scenario, no retail
    # a compound the candidates write whole keeps its reading (驾驶场景, the driving scenarios of three TL;DRs)
    driving = [paper(str(n), f"Detection in Driving Scenarios {n}", "Object detection in driving scenarios.",
                     tldr="本文研究驾驶场景中的目标检测。") for n in range(1, 5)]
    driving_texts = [PaperText.of(p) for p in driving]
    kept = without_setting_word(split_concepts("驾驶场景中的目标检测", PROMPTS), driving_texts,
                                _again(driving_texts, far))
    assert kept[0].label == "驾驶场景"
    # ... written 'X场景下' or '在X场景中' too, and a setting word merged after a known term leaves the term (review35 S2)
    assert without_setting_word(split_concepts("零售场景下的推荐系统", PROMPTS), texts, _again(texts, far))[0].label == "零售"
    driving_scene = split_concepts("自动驾驶场景中的目标检测", PROMPTS)
    (term, *_) = without_setting_word(driving_scene, texts, _again(texts, far))
    assert term.label == "自动驾驶" and "autonomous driving" in term.forms and not term.merged
    # a broad X is a modifier of any field, no setting (review35 S1: 真实环境 is no paper on anything 'real')
    real = split_concepts("真实环境中的推荐系统", PROMPTS)
    assert real[0].label == "真实环境" and without_setting_word(real, texts, _again(texts, far))[0].label == "真实环境"
    # the head itself is never a setting (what the topic is about), nor is a one-concept topic's concept
    head = Concept(label="零售场景", forms=("零售场景",), head=True)
    assert without_setting_word([head], texts, _again(texts, far)) == [head]


def test_a_narrow_word_glossed_by_phrases_needs_every_narrow_word_of_its_sense():
    # 歌声 'singing voice' (no sense of one word): a singing voice, not any voice; 合成 'synthesis, compound, mixture …'
    speech = [paper(str(n), f"Speech Synthesis {n}", "We train on synthetic voice data for speech recognition.")
              for n in range(1, 4)]
    singing = paper("4", "Expressive Singing", "We synthesize a singing voice from scores.")
    far = FixedEmbedder({"歌声合成": [1.0, 0.0, 0.0]})
    (read,) = translate_concepts(split_concepts("歌声合成", PROMPTS), [PaperText.of(p) for p in (*speech, singing)], far)
    assert frozenset({"sing"}) in read.glossed and frozenset({"voic"}) in read.glossed
    assert not any(lexical_field(read, PaperText.of(p)) for p in speech)
    assert lexical_field(read, PaperText.of(singing)) is not None
    # a word with a sense of one word keeps its glosses as alternatives (无悔 'to have no regrets': regret)
    (regret,) = translate_concepts(split_concepts("无悔学习", PROMPTS), [PaperText.of(p) for p in speech],
                                   FixedEmbedder({"无悔学习": [1.0, 0.0, 0.0]}))
    assert any("regret" in group for group in regret.glossed)


def test_x_aware_is_also_named_by_the_hyphened_compound_however_broad_x_is():
    # 上下文 'context' is in 14 % of papers at large, too broad as a context of its own; 'context-aware' is narrow
    editing = [paper(str(n), f"Image Editing {n}", "We edit images with instructions.", tldr="本文研究图像编辑。")
               for n in range(1, 4)]
    aware = paper("4", "Context-Aware Reinforcement Learning for Multi-Turn Image Editing",
                  "We propose context-aware image editing over dialogue turns.", tldr="本文研究多轮图像编辑。")
    concepts = split_concepts("上下文感知的图像编辑", PROMPTS)
    texts = [PaperText.of(p) for p in (*editing, aware)]
    read = aware_of(concepts, texts, _again(texts))
    contexts = [c.context for c in read if c.context]
    assert contexts and any("context-aware" in c for c in contexts)
    assert not any("context" in c for c in contexts)

