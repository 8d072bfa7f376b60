"""Session 23, from the study of the fifteenth topic group (blind: precision 0.45 @8 and @20, recall 0.26, one digest
empty): a task read in the words of another sense (视觉质量评估 as 视觉质量 · 评估); a whole Chinese term matched by
papers without its sense (人体姿态估计 learned 'human evaluation'); a generic English word required where the papers
write its sibling ('security' where they write safety, 安全); the verb 'learning' read as the concept and its object
dropped ('learning robot manipulation policies from videos'); a term written by its acronym (OOD 检测)."""

from __future__ import annotations

import numpy as np

from assistant.chains.digest.concept import Concept
from assistant.chains.digest.learned import _nearest_term
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, FixedEmbedder, cover, on_topic, paper


def _labels(topic: str) -> list[str]:
    return [c.label for c in split_concepts(topic, PROMPTS)]


# ---------------------------------------------------------------- visual quality assessment: one task
def test_visual_quality_assessment_is_one_task_of_what_is_seen():
    """视觉质量评估 was 视觉质量 · 评估: generators' benchmarks that evaluate 'visual quality' came in, while the judged
    papers write 'quality assessment' and none writes 'visual quality'."""
    assert _labels("视觉质量评估") == ["视觉质量评估"]
    pcqa = paper("1", "DAL-PCQA: Distortion-Level Reasoning for Point Cloud Quality Assessment",
                 "We propose DAL-PCQA for point cloud quality assessment with language-driven reasoning.",
                 tldr="本文提出点云质量评估方法。")
    bench = paper("2", "TECCI: Tricky Edits of Collected and Curated Images",
                  "We present a benchmark of image editors and evaluate the visual quality of their edits.",
                  tldr="本文提出图像编辑基准，评估编辑结果的视觉质量。")
    text_qa = paper("3", "Quality Assessment of Parallel Data for Machine Translation",
                    "We study quality assessment of parallel sentences mined from the web for translation.")
    concepts, covered = cover("视觉质量评估", pcqa, bench, text_qa)
    assert on_topic(concepts, covered[0])
    assert not covered[1].complete  # 'visual quality' evaluated is no quality-assessment task
    assert not covered[2].complete  # text quality: not the visual sense


# ---------------------------------------------------------------- human pose estimation: its sense, not its characters
def test_human_pose_estimation_by_its_sense():
    """人体姿态估计 kept whole learned 'human evaluation' and listed six evaluation papers, none about pose."""
    assert _labels("人体姿态估计") == ["人体姿态估计"]
    impose = paper("1", "IMPose: Interactive Multi-person Pose Estimation with Dynamic Correction Propagation",
                   "We propose IMPose, an interactive framework for multi-person pose estimation and annotation.")
    human_eval = paper("2", "Illusions of the Gold Standard: Human Evaluation Protocols for Long-form Generation",
                       "We analyse human evaluation protocols of long-form text generation.", tldr="本文分析人工评估协议。")
    camera = paper("3", "G2G: Camera Pose Estimation from Sparse Views",
                   "We propose a method for camera pose estimation from sparse unposed views of a scene.")
    concepts, covered = cover("人体姿态估计", impose, human_eval, camera)
    assert on_topic(concepts, covered[0])
    assert not covered[1].complete
    assert not covered[2].complete  # a camera's pose: not the human sense


def test_the_nearest_term_holds_the_sense_of_the_compounds_head():
    """The term the embedder puts nearest an unknown Chinese compound must hold a gloss of its head (估计, estimate), not
    only of a modifier (人体, human): 'human evaluation' was learned for 人体姿态估计."""
    texts = [PaperText.of(paper(str(n), title, f"{title}. We report results.")) for n, title in enumerate([
        "Human Evaluation of Summaries", "Human Evaluation Protocols", "Multi-person Pose Estimation",
        "Self-supervised Pose Estimation"])]
    embedder = FixedEmbedder({"人体姿态估计": [1.0, 0.0, 0.0], "human evaluation": [1.0, 0.0, 0.0],
                          "pose estimation": [0.8, 0.6, 0.0]})
    concept = Concept(label="人体姿态估计", forms=("人体姿态估计",))
    assert _nearest_term(concept, texts, embedder) == ("pose estimation",)
    assert np.isclose(np.dot([1.0, 0.0, 0.0], [0.8, 0.6, 0.0]), 0.8)  # above TRANSLATE_SIMILARITY (0.7)


# ---------------------------------------------------------------- security: safety and 安全 are its words too
def test_security_of_agents_is_named_by_safety_and_anquan():
    """'security of LLM agents' required the word 'security', which one of 17 judged papers writes: the digest was
    empty. 安全 is safety and security (CC-CEDICT), and the papers write either."""
    assert _labels("security of LLM agents") == ["security", "agents"]
    trace = paper("1", "TRACE: Trajectory Risk-Aware Compression for Long-Horizon Agent Safety",
                  "We propose TRACE for safety detection of long-horizon LLM agents facing malicious objectives.",
                  tldr="本文提出面向长程智能体安全检测的轨迹压缩方法。")
    jailbreak = paper("2", "An Obfuscation Attack on Large Language Models",
                      "We propose an obfuscation jailbreak attack on large language models.")
    # security is safety against an adversary: the hazards an embodied agent avoids are the other sense of 安全
    hazard = paper("3", "EMBGuard: Hazard-Aware Planning for Embodied Agents",
                   "We study the physical safety of embodied agents that plan household tasks near hazards.",
                   tldr="本文研究具身智能体在家务规划中的物理安全。")
    concepts, covered = cover("security of LLM agents", trace, jailbreak, hazard)
    assert "safety" in concepts[0].forms and "安全" in concepts[0].forms
    assert on_topic(concepts, covered[0]) and not covered[1].complete and not covered[2].complete
    # the safety of an entry written 'safety' is the whole entry (no adversary asked for)
    assert not split_concepts("safety of embodied agents", PROMPTS)[0].context


# ---------------------------------------------------------------- learning X: X is the concept
def test_learning_policies_keeps_the_object_and_its_head():
    """'learning robot manipulation policies from videos' was read as 'learning' (robot its context) · 'videos':
    the policies and the manipulation were gone, and RL from videos of locomotion came in."""
    concepts = split_concepts("learning robot manipulation policies from videos", PROMPTS)
    assert [c.label for c in concepts] == ["manipulation policies", "videos"]
    assert concepts[0].head and "robot" in concepts[0].context
    # 'learning' that is no verb before a known term stays ('learning rate schedules' names no learned object)
    assert _labels("learning rate schedules for LLMs")[0] == "learning rate schedules"
    # a verb other than learning is still the action ('steering' of 'steering LLM behavior …')
    assert _labels("steering LLM behavior with activation vectors")[0] == "steering"


def test_a_policy_is_named_by_a_vla():
    """A vision-language-action model is a robot policy: the head 'policies' is matched by VLA / visuomotor too."""
    light = paper("1", "Light-WAM: Efficient World Action Models for Robot Manipulation Policies",
                  "We propose Light-WAM, a world action model that learns robot manipulation policies with future-video "
                  "supervision. The video backbone is compact and trained on robot videos.")
    vla = paper("2", "LARA: Latent Action Alignment for VLA Manipulation",
                "We propose LARA, which learns VLA manipulation skills from unlabeled human videos. Our videos are "
                "from the web, and the robot follows them.")
    locomotion = paper("3", "Reinforcement Learning from Cross-domain Videos",
                       "We propose XIPER, a reward model for learning from expert videos of robot locomotion.")
    concepts, covered = cover("learning robot manipulation policies from videos", light, vla, locomotion)
    assert on_topic(concepts, covered[0]) and on_topic(concepts, covered[1])
    assert not covered[2].complete


# ---------------------------------------------------------------- OOD detection by its acronym
def test_ood_detection_by_its_acronym_and_distribution_shift():
    """分布外检测 learned 'out-of-distribution detection' only: 'OOD detection', 'OOD检测' and 'distribution shift
    detection' were missed."""
    klip = paper("1", "KLIP: Localized Distribution Shift Detection via KL-Divergence with Diffusion Priors",
                 "We propose an OOD detection metric for inverse problems.", tldr="本文提出一种OOD检测指标。")
    anomaly = paper("2", "MemoVAD: Video Anomaly Detection with Memory", "We propose MemoVAD for video anomaly "
                    "detection.", tldr="本文提出视频异常检测方法。")
    concepts, covered = cover("分布外检测", klip, anomaly)
    assert on_topic(concepts, covered[0]) and not covered[1].complete
