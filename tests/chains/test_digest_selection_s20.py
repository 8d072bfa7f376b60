"""Session 20, from the study of the twelfth topic group (blind: precision 0.83 @8 and @20 on 12 listed papers, recall
0.27 / 0.24, three digests empty): a known term that qualifies another known term other than the head is optional
(大模型 of 大模型智能体, 'retrieval-augmented' of 'retrieval-augmented LLMs'); 'X学习' for a noun X is about X (技能学习:
skills); a Chinese qualifier (三维: 3D) is the head's context as '3D' would be, not a concept; the setting of a topic
('in autonomous driving', 自动驾驶中的…) is named once where the paper says what it is about, not necessarily twice;
field vocabulary: differential privacy, speech language models, spoken dialogue, human-AI collaboration."""

from assistant.chains.digest.learned import translate_concepts
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, cover, on_topic, paper


def _labels(topic: str) -> list[str]:
    return [c.label for c in split_concepts(topic, PROMPTS)]


def _head(topic: str):
    return next(c for c in split_concepts(topic, PROMPTS) if c.head)


# ---------------------------------------------------------------- a known term qualifying a known term
def test_a_known_qualifier_of_the_heads_owner_or_setting_is_optional():
    """大模型智能体 is agents of LLMs: 16 of the 31 judged skill papers say 'agents' and never an LLM form."""
    assert _labels("大模型智能体的技能学习") == ["智能体", "技能学习"]  # (技能 when the candidates write skills: s33)
    assert _labels("knowledge conflicts in retrieval-augmented LLMs") == ["knowledge conflicts", "LLMs"]
    # the head's own qualifier stays a concept: 生成式推荐 is not any recommendation, nor 'LLM agents' any agents
    assert _labels("生成式推荐") == ["生成式", "推荐"]
    assert _labels("LLM agents for automated scientific discovery") == ["LLM", "agents", "scientific discovery"]
    # ... and so does the qualifier of what the head is for or related to: dropped, it let in test-time scaling of a
    # non-LLM pipeline and emergent communication in multi-agent RL
    assert _labels("test-time scaling for LLM reasoning") == ["test-time scaling", "LLM", "reasoning"]
    assert _labels("communication between LLM agents in multi-agent systems") == ["communication", "LLM", "agents",
                                                                                  "multi-agent"]


def test_knowledge_conflicts_without_a_retrieval_phrase():
    conflict = paper("1", "From Context-Aware to Conflict-Aware: Contrastive Decoding for Knowledge Conflict in LLMs",
                     "When large language models generate from retrieved or augmented contexts, conflicts between "
                     "external context and parametric priors remain a bottleneck. We generalize contrastive decoding "
                     "to a conflict-aware paradigm.")
    editing = paper("2", "Editing Knowledge in LLMs", "We propose a knowledge editing method for LLMs.")
    concepts, covered = cover("knowledge conflicts in retrieval-augmented LLMs", conflict, editing)
    assert on_topic(concepts, covered[0])
    assert not covered[1].complete


# ---------------------------------------------------------------- X学习
def test_learning_x_is_about_x():
    """技能学习 is skills: none of the 31 judged TL;DRs writes 技能学习, 29 write 技能."""
    # (since session 33 the topic reads 技能学习 with 技能 as the reading the candidates decide on, `learned_object`:
    # they write 'skills', so it is 技能)
    head = _head("大模型智能体的技能学习")
    assert head.label == "技能学习" and [c.label for c in head.apart] == ["技能"]
    skills = [paper(str(n), f"Agent Skills {n}", "Agents create and revise reusable skills.", tldr="智能体修订技能。")
              for n in (1, 2, 3)]
    concepts = translate_concepts(split_concepts("大模型智能体的技能学习", PROMPTS), [PaperText.of(p) for p in skills])
    assert [c.label for c in concepts if c.head] == ["技能"]
    # a verb before 学习 names a way of learning, kept whole (对比: 'to contrast'); known paradigms stay known
    assert _labels("对比学习") == ["对比学习"]
    assert _labels("大语言模型的持续学习") == ["大语言模型", "持续学习"]


def test_agent_skill_papers_without_an_llm_form():
    skills = [paper(str(n), title, abstract, tldr=tldr) for n, (title, abstract, tldr) in enumerate((
        ("SkillSmith: Co-Evolving Skills and Tools for Self-Improving Agents",
         "We propose SkillSmith, which evolves the skills of agents with their tools.", "本文提出SkillSmith，协同进化智能体的技能与工具。"),
        ("Agent Skills Should Go Beyond Text: The Case for Visual Skills",
         "We argue that agent skills should hold images.", "本文主张智能体技能应包含视觉技能。"),
        ("SkillPyramid: Hierarchical Skill Consolidation for Agents",
         "We present SkillPyramid, which consolidates agent skills into a hierarchy.", "本文提出分层整合智能体技能的框架。"),
        ("Anything2Skill: Compiling External Knowledge into Reusable Skills",
         "We introduce Anything2Skill, which turns documents into reusable skills for agents.",
         "本文将外部知识编译为智能体可复用的技能。"),
    ))]
    memory = paper("9", "DeltaMem: Episodic Memory for Agents", "We propose an episodic memory for agents.",
                   tldr="本文提出智能体的情景记忆。")
    concepts, covered = cover("大模型智能体的技能学习", *skills, memory, learn=True)
    head = next(c for c in concepts if c.head)
    assert any(f.lower().startswith("skill") for f in head.learned)
    assert all(on_topic(concepts, c) for c in covered[:4])
    assert not covered[4].complete


# ---------------------------------------------------------------- 三维, the setting
def test_a_chinese_qualifier_is_the_heads_context():
    """三维 was a concept no driving paper writes (they say 3D); now it is the head's context, as '3D' of '3D object
    detection' would be, named with the head where the paper says what it is about."""
    concepts = split_concepts("自动驾驶中的三维目标检测", PROMPTS)
    assert [c.label for c in concepts] == ["自动驾驶", "目标检测"]
    head = next(c for c in concepts if c.head)
    assert head.label == "目标检测" and "3d" in head.context and head.context_in_focus
    assert next(c for c in concepts if c.label == "自动驾驶").setting


def test_the_setting_is_named_once_where_the_paper_says_what_it_is_about():
    detector = paper("1", "Shape-Prior Point Cloud Completion for Fully Sparse 3D Object Detection",
                     "Fully sparse 3D object detectors detect objects in autonomous driving scenarios. We propose a "
                     "completion method for 3D object detection on KITTI.")
    in_passing = paper("2", "Learned Suppression for 3D Object Detection",
                       "Post-processing matters in LiDAR 3D object detection. We introduce learned suppression for "
                       "3D object detection. It also helps autonomous driving stacks.")
    flat = paper("3", "Introspection of 2D Object Detection in Autonomous Driving",
                 "Object detection is a safety-critical component of autonomous driving. We propose an introspection "
                 "method for object detection.")
    concepts, covered = cover("自动驾驶中的三维目标检测", detector, in_passing, flat)
    assert on_topic(concepts, covered[0])
    assert covered[1].complete and not on_topic(concepts, covered[1])  # driving once, outside the focus sentences
    assert not covered[2].complete  # no 3D


# ---------------------------------------------------------------- field vocabulary
def test_differential_privacy_is_one_term():
    """差分 · 隐私 let in InfoShield, which names DP once as the method it sets aside."""
    assert _labels("差分隐私") == ["差分隐私"]
    dp = paper("1", "Optimal Hypothesis Testing under Local Differential Privacy",
               "We characterize optimal binary hypothesis testing when data are released under local differential "
               "privacy.")
    aside = paper("2", "InfoShield: Privacy-Preserving Speech Representations",
                  "Speech screening raises privacy concerns. Adversarial training fails against unseen threats, whereas "
                  "Differential Privacy compromises performance. This paper presents InfoShield, which minimizes "
                  "mutual information.", tldr="本文提出InfoShield，保护隐私。")
    concepts, covered = cover("差分隐私", dp, aside)
    assert on_topic(concepts, covered[0])
    assert not on_topic(concepts, covered[1])


def test_speech_language_models_for_spoken_dialogue():
    """'speech language models' had become 'language' (with speech somewhere), which 2 of the 4 judged papers say."""
    topic = "speech language models for spoken dialogue"
    assert _labels(topic) == ["speech language models", "spoken dialogue"]
    assert _head(topic).label == "speech language models"
    full_duplex = paper("1", "Liberating LLM Capabilities in Full-Duplex Speech Models",
                        "Speech-based large language models are constrained to spoken replies. We propose LWS, a "
                        "text-first paradigm. LWS shows strong full-duplex interaction. Visible writing serves speech "
                        "interaction.")
    asr = paper("2", "Speech LLMs for Recognition", "We propose a speech LLM for speech recognition benchmarks.")
    concepts, covered = cover(topic, full_duplex, asr)
    assert on_topic(concepts, covered[0])
    assert not covered[1].complete


def test_human_ai_collaboration_by_its_other_names():
    desk = paper("1", "DeskCraft: Benchmarking Desktop Agents and Human-in-the-Loop Collaboration",
                 "We introduce DeskCraft, a benchmark of workflows and proactive human-agent collaboration.",
                 tldr="该基准通过人机协作协议评估智能体。")
    publishing = paper("2", "Traxia: Agent-Native Scientific Publishing",
                       "We introduce Traxia, in which AI research agents publish papers and collaborate with humans "
                       "in a shared provenance model.")
    concepts, covered = cover("human-AI collaboration", desk, publishing)
    assert on_topic(concepts, covered[0])
    assert not covered[1].complete
