"""Session 22, from the study of the fourteenth topic group (blind: precision 0.61 @8 and 0.50 @20, recall 0.29 / 0.21,
two digests empty): a field whose papers write it in other words (computational pathology: whole slide images,
histopathology); a modifier that is the topic's point ('cultural' of 'cultural alignment of LLMs', not 'alignment');
a Chinese compound whose first character is no filler (音视频 is not 视频) and an LLM of a perceptual kind that is a
multimodal LLM; a phrase's synonyms and sense (video temporal grounding: moment retrieval, highlight detection; not the
'temporal grounding' of a text model); a method family before a head ('machine learning surrogate' is a surrogate) and a
two-word phrase no candidate writes ('physics simulations'); a dimension before an unknown Chinese compound (三维)."""

from assistant.chains.digest.topic import split_concepts
from assistant.chains.digest.topic_words import _atoms_zh, _without_qualifier
from assistant.chains.digest.vocabulary import _builtin, _content_stems
from tests.chains.digest_cases import PROMPTS, cover, on_topic, paper


def _labels(topic: str) -> list[str]:
    return [c.label for c in split_concepts(topic, PROMPTS)]


# ---------------------------------------------------------------- computational pathology, named by its objects
def test_computational_pathology_by_slides_and_histopathology():
    """计算病理学 matched only the papers writing 'computational pathology' (5 of 17 judged)."""
    wsi = paper("1", "LRMIL: Efficient Low-Resolution Multiple Instance Learning for Whole Slide Image Classification",
                "We propose LRMIL for gigapixel whole slide image classification.", tldr="本文提出全切片图像分类方法。")
    histo = paper("2", "DualGate-Net: A Prior-Gated Dual-Encoder Framework for Histopathology Cell Detection",
                  "We propose DualGate-Net for cell detection in histopathology images.")
    gait = paper("3", "LLM-Conditioned Synthesis of Pathological Gaits", "We synthesise pathological gaits for "
                 "clinical gait analysis.", tldr="本文生成病理步态数据。")
    concepts, covered = cover("计算病理学", wsi, histo, gait)
    assert len(concepts) == 1
    assert on_topic(concepts, covered[0]) and on_topic(concepts, covered[1]) and not covered[2].complete


# ---------------------------------------------------------------- 音视频: one compound, and a multimodal LLM
def test_audio_visual_llms_are_not_video_llms():
    """音视频大语言模型 was read as 视频 · 大语言模型: video MLLMs without audio filled the list (2 of 8 on topic)."""
    assert _labels("音视频大语言模型") == ["音视频", "大语言模型"]
    omni = paper("1", "AVI-Bench: Toward Human-like Audio-Visual Intelligence of Omni-MLLMs",
                 "We present AVI-Bench, a benchmark of audio-visual intelligence for Omni-MLLMs.",
                 tldr="本文提出评估全模态大模型音视频智能的基准。")
    video = paper("2", "VCIFBench: Evaluating Complex Instruction Following for Video Understanding",
                  "We present VCIFBench for video understanding with multimodal large language models.",
                  tldr="本文提出视频理解的多模态大语言模型基准。")
    concepts, covered = cover("音视频大语言模型", omni, video)
    assert "MLLM" in concepts[1].forms  # an LLM of a perceptual kind is a multimodal LLM
    assert on_topic(concepts, covered[0]) and not covered[1].complete
    # a text LLM stays an LLM ('MLLM' is not one of its forms)
    assert "MLLM" not in split_concepts("大语言模型的指令遵循", PROMPTS)[0].forms


def test_one_character_before_a_known_term_is_a_compound():
    """A single character before a known term was dropped as a filler (音 of 音视频, 多 of 多智能体): it makes a
    compound with the term, an unknown stretch the candidates teach the English of."""
    assert _atoms_zh("多智能体", _builtin(), True)[0][0] == "多智能体"
    assert _labels("多智能体强化学习") == ["多智能体", "强化学习"]
    # a filler character stays a filler (生成式推荐 is 生成式 · 推荐, 混合专家模型 is 混合专家)
    assert _labels("生成式推荐") == ["生成式", "推荐"]


# ---------------------------------------------------------------- video temporal grounding
def test_video_temporal_grounding_by_its_tasks_and_in_video():
    """'video temporal grounding' was matched word by word: a historical LM's 'temporal grounding' and a news paper's
    'temporal' framing 'grounded in prior work' were listed, moment retrieval and highlight detection missed."""
    [concept] = split_concepts("video temporal grounding", PROMPTS)
    assert not concept.loose and {"moment retrieval", "highlight detection"} <= set(concept.forms)
    moment = paper("1", "GIRL-DETR: Gradient-Isolated Reinforcement Learning for Video Moment Retrieval",
                   "We propose GIRL-DETR for video moment retrieval from natural language queries.")
    highlight = paper("2", "SVHighlights: Towards Extremely Long Sport Video Highlight Detection",
                      "We introduce SVHighlights, a benchmark for highlight detection in long sport videos.")
    history = paper("3", "Pretraining Language Models on Historical Text", "We pretrain language models on historical "
                    "text and test their temporal grounding in the period.")
    news = paper("4", "Uncovering Temporal Framing in the News", "We study temporal framing in news articles, "
                 "grounded in prior work on framing.")
    concepts, covered = cover("video temporal grounding", moment, highlight, history, news)
    assert on_topic(concepts, covered[0]) and on_topic(concepts, covered[1])
    assert not covered[2].complete and not covered[3].complete


# ---------------------------------------------------------------- surrogates of physics simulations
def test_machine_learning_is_how_a_surrogate_is_built():
    """'machine learning surrogate' asked for 'learning' beside 'surrogate' in one sentence: papers write neural or
    deep-learning surrogates, emulators."""
    assert _content_stems("machine learning surrogate") == ["surrog"]
    assert _content_stems("machine learning") == ["learn"]  # the family alone stays itself (its weak word out)


def test_a_phrase_no_candidate_writes_is_its_head_with_the_modifier_anywhere():
    """'physics simulations' is written by no judged paper (they simulate an ocean, subsurface flow, waves): when
    fewer than three of the candidates naming the head write the two words in one sentence and three or more name the
    last, the last word is the concept and the first its context, named anywhere by its stems ('physical')."""
    topic = "machine learning surrogate models for physics simulations"
    on = [paper(f"s{n}", f"Neural Surrogate {n} for {what}", f"We propose a neural surrogate for {what} simulation. "
                "It respects the physical conservation laws.") for n, what in enumerate(("ocean", "subsurface flow",
                                                                                       "acoustic wave"))]
    attack = paper("a", "Transferable Attacks with Surrogate Models", "We propose a transfer attack that uses a "
                   "surrogate model to craft adversarial examples.")
    social = paper("b", "LLM Agents for Social Simulation", "We propose LLM agents that simulate social networks.")
    concepts, covered = cover(topic, *on, attack, social, learn=True)
    assert [c.label for c in concepts] == ["machine learning surrogate", "simulations"]
    assert concepts[1].context == ("physics",) and concepts[1].context_loose
    assert all(on_topic(concepts, c) for c in covered[:3])
    assert not covered[3].complete and not covered[4].complete
    # a phrase the candidates write together stays a phrase
    together = [paper(f"t{n}", f"Surrogates for Physics Simulations {n}", "We accelerate physics simulations with a "
                      "learned surrogate.") for n in range(3)]
    concepts, _ = cover(topic, *together, learn=True)
    assert [c.label for c in concepts] == ["machine learning surrogate", "physics simulations"]


# ---------------------------------------------------------------- 三维 before an unknown compound
def test_a_dimension_before_an_unknown_compound_is_dropped():
    """三维语义占据预测 was kept whole and matched by no paper (they write 3D语义占据预测, 语义占据, 'semantic
    occupancy'), as 三维目标检测 was before the twelfth group's study."""
    assert _without_qualifier("三维人体姿态估计") == "人体姿态估计"
    assert _without_qualifier("二维码识别") == "二维码识别"  # 二维码 (QR code) is one word
    assert _without_qualifier("知识编辑") == "知识编辑"
    [concept] = split_concepts("三维语义占据预测", PROMPTS)
    assert concept.label == "语义占据预测" and "semantic occupancy" in concept.forms
    occ = paper("1", "UnsOcc: 3D Semantic Occupancy Prediction in Unstructured Scene via Rendering Fusion",
                "We propose UnsOcc for 3D semantic occupancy prediction.", tldr="本文提出非结构化场景的3D语义占据预测方法。")
    ssc = paper("2", "Exploring Easy Boosts for Lidar Semantic Scene Completion", "We study LiDAR semantic scene "
                "completion.")
    depth = paper("3", "Monocular Depth Estimation", "We propose a 3D depth estimation method.")
    concepts, covered = cover("三维语义占据预测", occ, ssc, depth)
    assert on_topic(concepts, covered[0]) and on_topic(concepts, covered[1]) and not covered[2].complete


# ---------------------------------------------------------------- the modifier that is the point
def test_a_modifier_the_term_does_not_go_with_is_the_head():
    """'cultural alignment of large language models' required 'alignment' (4 of 13 judged papers write it) with
    'cultural' beside it in focus; the candidates naming culture in focus mostly do not name alignment, and the
    alignment candidates do not name culture: culture is the point."""
    topic = "cultural alignment of large language models"
    culture = [paper(f"c{n}", title, abstract) for n, (title, abstract) in enumerate((
        ("CultureForest: Cultural Norm Grounded Reasoning in LLMs", "We study cultural norms in large language models."),
        ("IndoBias: A Culturally Grounded Benchmark for LLM Bias", "We present a culturally grounded benchmark for LLMs."),
        ("SEA-NLI: Southeast Asian Cultural Understanding of LLMs", "We probe the cultural understanding of LLMs."),
    ))]
    alignment = [paper(f"a{n}", f"Safety Alignment of LLMs {n}", "We propose a preference alignment method for "
                       "large language models.") for n in range(3)]
    concepts, covered = cover(topic, *culture, *alignment, learn=True)
    assert [c.label for c in concepts] == ["cultural", "large language models"] and concepts[0].head
    assert all(on_topic(concepts, c) for c in covered[:3])
    assert not any(c.complete for c in covered[3:])


def test_a_modifier_its_papers_use_with_the_term_stays_a_modifier():
    """'spatial reasoning in VLMs': the spatial candidates name reasoning, so reasoning stays the head and spatial its
    context in focus."""
    topic = "spatial reasoning in vision-language models"
    spatial = [paper(f"s{n}", f"Spatial Reasoning Benchmark {n}", "We study the spatial reasoning of vision-language "
                     "models.") for n in range(3)]
    other = [paper(f"o{n}", f"Chart Reasoning {n}", "We study chart reasoning of vision-language models.")
             for n in range(3)]
    concepts, covered = cover(topic, *spatial, *other, learn=True)
    assert [c.label for c in concepts] == ["reasoning", "vision-language models"] and concepts[0].context
    assert all(on_topic(concepts, c) for c in covered[:3]) and not any(on_topic(concepts, c) for c in covered[3:])


def test_a_narrow_term_stays_the_head():
    """'visual navigation for embodied agents': navigation is named by few candidates (a narrow task, 1 of 4 here), so
    the visual papers that do not navigate do not make 'visual' the head ('vision-language navigation' of the seventh
    group keeps its head too: 18 of 120 candidates name navigation)."""
    topic = "visual navigation for embodied agents"
    visual = [paper(f"v{n}", f"Visual Benchmark {n} for Embodied Agents", "We present a visual benchmark for embodied "
                    "agents.") for n in range(3)]
    nav = paper("n", "Visual Navigation with Instructions", "We propose a visual navigation agent for embodied agents.")
    concepts, covered = cover(topic, *visual, nav, learn=True)
    assert concepts[0].label == "navigation" and concepts[0].head and concepts[0].context == ("visual",)
    assert on_topic(concepts, covered[3]) and not any(on_topic(concepts, c) for c in covered[:3])
