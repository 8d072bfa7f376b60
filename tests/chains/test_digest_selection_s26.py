"""Session 26, from the study of the eighteenth topic group (blind: precision 0.74 @8 / 0.74 @20, recall 0.38 / 0.37,
two digests empty): a word coordinated before a term that shares the term's head read as a concept of its own ('learned
image and video compression' as image · compression: empty); whole English phrases no paper writes kept whole
('monocular depth estimation', 'DNA data storage') where the papers write the field's other names."""

from __future__ import annotations

from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, FixedEmbedder, assert_selects, cover, on_topic, paper


def _far(topic: str) -> FixedEmbedder:
    """An embedder that puts every concept phrase of the topic far from every sentence: what is matched is matched by
    its words."""
    return FixedEmbedder({p: [1.0, 0.0, 0.0] for c in split_concepts(topic, PROMPTS) for p in c.phrases()})


# ---------------------------------------------------------------- a coordinated word sharing the term's head
def test_a_word_coordinated_before_a_term_with_its_head_is_that_term():
    """'learned image and video compression' is image compression and video compression (one field), not 'image' and
    'compression' (with 'video' somewhere): the digest was empty."""
    (concept,) = split_concepts("learned image and video compression", PROMPTS)
    assert {"image compression", "video compression", "lossy compression", "neural video compression"} <= \
        set(concept.forms)
    assert "compression" not in concept.forms  # KV-cache, token and model compression are other fields
    (zh,) = split_concepts("图像与视频压缩", PROMPTS)
    assert "图像压缩" in zh.forms and "video compression" in zh.forms
    codec = paper("1", "Ultra-Fast Neural Video Compression",
                  "While neural video codecs have demonstrated superior compression ratio, their complexity remains a "
                  "barrier.", "本文提出DCVC-UF，一种神经视频编解码器。")
    lossy = paper("2", "Few-step Generative Models as Lossy Compression",
                  "DiffC provides a principled way to reuse pre-trained diffusion models for lossy compression.")
    encoder = paper("4", "CoSTL: Spatial-Temporal Representation Learning for Moment Retrieval",
                    "We learn spatial-temporal representations for moment retrieval.", "本文在视频编码器之上学习时空表示。")
    kv = paper("3", "Token Compression for Video Large Language Models",
               "We propose a visual token compression method for video LLMs.", "本文提出视频大模型的视觉令牌压缩方法。")
    topic = "learned image and video compression"
    assert_selects(topic, codec, kv, encoder, embedder=_far(topic))
    assert_selects(topic, lossy, kv, embedder=_far(topic))


def test_two_terms_of_different_entries_stay_two_concepts():
    """'image and video generation' are two fields (two entries): the rule only merges a word into a term of the same
    entry."""
    labels = [c.label for c in split_concepts("image and video generation", PROMPTS)]
    assert len(labels) == 2


# ---------------------------------------------------------------- whole phrases: the field's other names
def test_monocular_depth_estimation_is_depth_estimation():
    """'monocular depth estimation' kept whole listed 1 of 4 judged papers: the others write 'Depth Estimation' or 'VLM
    depth estimation'; matched word by word without 'depth' it listed a drone-distance paper."""
    (concept,) = split_concepts("monocular depth estimation", PROMPTS)
    assert {"depth estimation", "depth prediction", "深度估计"} <= set(concept.forms) and not concept.loose
    assert "monocular depth" not in concept.forms  # 'monocular depth supervision' of novel view synthesis
    depth = paper("1", "PixVOD: Pixel-Level Video Object Depth Estimation",
                  "We propose PixVOD, a depth estimation model for video objects.")
    drone = paper("2", "DroneDAR: Long-Range Drone Distance Estimation Using Monocular Vision",
                  "We estimate the distance to a drone from monocular images and its bounding box.")
    nvs = paper("3", "DENSER: Depth-Guided Ensemble for Soccer Novel View Synthesis",
                "We propose DENSER for soccer novel view synthesis with monocular depth supervision from "
                "Depth-Anything-V2.")
    assert_selects("monocular depth estimation", depth, drone, nvs, embedder=_far("monocular depth estimation"))


def test_dna_data_storage_is_named_by_dna_based_storage():
    """'DNA data storage' kept whole listed only the two papers whose titles write it; the codes 'motivated by their
    applications in DNA-based storage systems' were missed."""
    (concept,) = split_concepts("DNA data storage", PROMPTS)
    assert {"DNA storage", "DNA-based storage", "DNA存储"} <= set(concept.forms)
    codes = paper("1", "Multiple b-Burst Deletion-Correcting Codes",
                  "Motivated by their applications in DNA-based storage systems, we construct codes correcting "
                  "multiple bursts of deletions.")
    concepts, covered = cover("DNA data storage", codes, embedder=_far("DNA data storage"))
    assert on_topic(concepts, covered[0])


# ---------------------------------------------------------------- a full stop with no space after it ends a sentence
def test_a_glued_full_stop_ends_the_contribution_sentence():
    """'… we propose Graph2Idea, a framework for retrieval-augmented idea generation.Experiments on a … benchmark show
    …' was one sentence: the benchmark it is evaluated on was named where the paper says what it proposes, and an
    idea-generation paper was listed for 检索增强生成的评测基准."""
    from assistant.chains.digest.lexical import PaperText

    graph2idea = paper("1", "Graph2Idea: Retrieval-Augmented Scientific Idea Generation with Graph-Structured Contexts",
                       "Generating research ideas is challenging in scientific discovery.To address this challenge, we "
                       "propose Graph2Idea, a framework for retrieval-augmented scientific idea generation.Experiments "
                       "on a scientific idea generation benchmark show that Graph2Idea outperforms baselines under the "
                       "automatic evaluation protocol.")
    sentences = [s for where, s in PaperText.of(graph2idea).sentences if where == "abstract"]
    assert len(sentences) == 3 and sentences[2].startswith("Experiments")
    bench = paper("2", "QO-Bench: A Diagnostic Benchmark for Retrieval-Augmented Generation",
                  "We introduce QO-Bench, a diagnostic benchmark for evaluating retrieval-augmented generation.")
    concepts, covered = cover("检索增强生成的评测基准", bench, graph2idea, embedder=_far("检索增强生成的评测基准"))
    assert on_topic(concepts, covered[0]) and not on_topic(concepts, covered[1])


# ---------------------------------------------------------------- LLMs whose head the topic names: named once in focus
def test_llms_whose_head_the_topic_names_are_named_once_where_the_paper_says_what_it_is_about():
    """大语言模型的情感分析 was empty: the Graph-RAG study of financial sentiment analysis names 'large language models'
    once, in its abstract's opening sentence (its TL;DR says 图检索增强生成). The LLMs are where the head is studied, as
    a setting is; they take no multimodal forms ('hallucination of LLMs' is not of VLMs)."""
    llms, head = split_concepts("大语言模型的情感分析", PROMPTS)
    assert head.head and llms.setting and "VLM" not in llms.forms
    study = paper("1", "Graph-Augmented Retrieval for Cross-Entity Financial Sentiment Analysis: A Comparative Study",
                  "Retrieval-Augmented Generation (RAG) has become foundational for grounding large language models in "
                  "domain-specific corpora. We compare a two-hop Graph-RAG architecture with vector RAG on entity "
                  "recall.", "本文提出并评估了一种两跳图检索增强生成（Graph-RAG）架构，用于跨实体金融情感分析。")
    concepts, covered = cover("大语言模型的情感分析", study, embedder=_far("大语言模型的情感分析"))
    assert on_topic(concepts, covered[0])
    # ... but named only in passing, deep in the abstract, they are not where the paper works
    bert = paper("2", "Aspect-Based Sentiment Analysis of Product Reviews with BERT",
                 "We fine-tune BERT for aspect-based sentiment analysis of product reviews. Results beat baselines. "
                 "Future work may compare with large language models.", "本文用BERT进行方面级情感分析。")
    concepts, covered = cover("大语言模型的情感分析", bert, embedder=_far("大语言模型的情感分析"))
    assert not on_topic(concepts, covered[0])
    llm, _ = split_concepts("大语言模型的幻觉", PROMPTS)
    assert "VLM" not in llm.forms


def test_a_benchmark_is_also_a_testbed():
    """'PAVE, a diagnostic testbed' (测试平台) is a benchmark of RAG."""
    _, head = split_concepts("检索增强生成的评测基准", PROMPTS)
    assert head.head and {"testbed", "benchmark", "测评"} <= set(head.forms)


# ---------------------------------------------------------------- one concept named only as an item of a list
def test_a_one_concept_topic_named_only_as_one_item_of_a_list_is_not_the_paper_s_subject():
    """A driving dataset 'advancing … online HD map construction, long-range depth estimation, novel view synthesis,
    and end-to-end driving' is no depth-estimation paper, as a head named only in a list is not (`listed_only`)."""
    dataset = paper("1", "The Road Ahead in Autonomous Driving: The KITScenes Multimodal Dataset",
                    "We present KITScenes, a dataset advancing spatial learning for embodied AI: online HD map "
                    "construction, long-range depth estimation, novel view synthesis, and end-to-end driving.")
    concepts, covered = cover("monocular depth estimation", dataset, embedder=_far("monocular depth estimation"))
    assert covered[0].complete and not on_topic(concepts, covered[0])
    depth = paper("2", "Leveraging Metric Depth for Relative Depth Prediction",
                  "We present our solution to the monocular depth estimation challenge, predicting relative depth.")
    concepts, covered = cover("monocular depth estimation", depth, embedder=_far("monocular depth estimation"))
    assert on_topic(concepts, covered[0])


# ---------------------------------------------------------------- the contributions a 'we present' sentence enumerates
def test_the_contributions_a_we_present_sentence_enumerates_are_where_the_paper_says_what_it_does():
    """Traj-Evolve names multi-agent reinforcement learning in 'Second, …' after 'We present Traj-Evolve, … with two
    complementary evolving mechanisms': one of the two things the paper does, not a passing mention."""
    traj = paper("1", "Traj-Evolve: A Self-Evolving Multi-Agent System for Patient Trajectory Modeling",
                 "Modeling patient trajectories requires reasoning over long multimodal sequences. We present "
                 "Traj-Evolve, a self-evolving multi-agent system with two complementary evolving mechanisms. First, "
                 "an experience pool acts as a non-parametric memory. Second, multi-agent reinforcement learning "
                 "(MARL) via reward-ranked fine-tuning optimizes inter-agent collaboration. On a lung cancer "
                 "prediction task, Traj-Evolve outperforms baselines.")
    from assistant.chains.digest.lexical import PaperText

    rows = PaperText.of(traj).focus_rows()
    sentences = PaperText.of(traj).sentences
    focus = [sentences[i][1][:6] for i in rows]
    assert "First," in focus and "Second" in focus and "On a l" not in focus


# ---------------------------------------------------------------- what a paper tests its own work on
def test_what_a_paper_tests_its_own_work_on_is_not_what_it_is_about():
    """'We design an agentic system … and evaluate its performance on questions from MoNaCo, a challenging Wikipedia QA
    benchmark': a graph-RAG method for hallucination, not a benchmark of RAG; 'We introduce EVID-Bench, a benchmark …'
    and 'we evaluate nine frontier models' stay what a benchmark paper does."""
    method = paper("1", "Reducing Hallucinations using Simple Graph-based Retrieval-Augmented Generation",
                   "LLMs hallucinate. In this work, we explore a lightweight graph structure to support the RAG "
                   "subsystem. We design an agentic system with graph query tools and evaluate its performance on "
                   "questions from MoNaCo, a challenging Wikipedia QA benchmark.",
                   "本文在RAG系统中引入轻量级图结构，在MoNaCo基准上将幻觉答案减半。")
    bench = paper("2", "Evaluating RAG Reliability under Clean, Misleading, and Mixed Retrieval",
                  "We present a benchmark for retrieval-augmented generation and evaluate nine frontier models on it.")
    topic = "检索增强生成的评测基准"
    concepts, covered = cover(topic, bench, method, embedder=_far(topic))
    assert on_topic(concepts, covered[0]) and covered[1].complete and not on_topic(concepts, covered[1])
