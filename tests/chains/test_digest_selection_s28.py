"""Session 28, from the twentieth group's blind misses (session27-blind/topics): how a topic becomes concepts and how a
concept is matched in the other language. A generic task head after a qualified kind of data is no concept
(第一人称视频理解, 'sports video analysis'); first-person vision is written 'egocentric'; an unknown Chinese concept
is written in English by the term of its own papers' English text nearest it (语码转换 -> code-switching)."""

from __future__ import annotations

from assistant.chains.digest.concept import Concept
from assistant.chains.digest.learned import translate_concepts
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, FixedEmbedder, assert_selects, cover, on_topic, paper


def _far(topic: str) -> FixedEmbedder:
    """Every concept phrase of the topic far from every sentence: what is matched is matched by its words."""
    return FixedEmbedder({p: [1.0, 0.0, 0.0] for c in split_concepts(topic, PROMPTS) for p in c.phrases()})


def _labels(topic: str) -> list[str]:
    return [c.label for c in split_concepts(topic, PROMPTS)]


def test_a_task_head_after_a_qualified_data_kind_is_no_concept():
    """'analysis' / 理解 after a kind of data that a modifier qualifies says only that the data is studied: the
    concepts are the modifier and the data ('sports video', 第一人称 · 视频). Without a modifier, after a weak one or
    a single Chinese character, the head stays (video understanding, long video understanding, 长视频理解)."""
    assert _labels("sports video analysis") == ["sports video"]
    assert _labels("第一人称视频理解") == ["第一人称", "视频"]
    assert _labels("video understanding") == ["video understanding"]
    assert _labels("long video understanding with multimodal LLMs")[0] == "long video understanding"
    assert _labels("长视频理解") == ["长视频理解"]
    assert "文档理解" in _labels("多模态大模型的文档理解")


def test_sports_video_papers_name_the_task_not_analysis():
    """SVHighlights writes 'sport video highlight detection', never 'analysis'; a motion-capture paper naming 'sport
    performance analysis' as a use, with no video, is off topic."""
    topic = "sports video analysis"
    on = paper("1", "SVHighlights: Towards Extremely Long Sport Video Highlight Detection",
               "We introduce a benchmark of full-length sports videos with highlight annotations.")
    off = paper("2", "GraCE: Gravity-Guided Contact Dynamics Estimation from 3D Human Motions",
                "Ground contact forces matter for biomechanics studies or sport performance analysis. We estimate "
                "them from motion capture.")
    assert_selects(topic, on, off, embedder=_far(topic))


def test_first_person_video_is_egocentric_video():
    """10 of the 13 judged papers of 第一人称视频理解 write 'egocentric', not 第一人称 or 'first-person'; a first-person
    paper with no video is not on topic."""
    topic = "第一人称视频理解"
    on = paper("1", "FROST-STA: Frozen Dense Features for Short-Term Object Interaction Anticipation",
               "Short-term anticipation in egocentric video requires more than recognition. We propose frozen "
               "dense features for egocentric video anticipation.")
    off = paper("2", "Cognitive-Linguistic Indicators of Depression in Online Communities",
                "We study measurable features, including first-person pronoun density, in online posts.")
    concepts, covered = cover(topic, on, off, embedder=_far(topic))
    assert on_topic(concepts, covered[0]) and not covered[1].complete


def _code_switching(tldr: str, title: str, n: str) -> PaperText:
    return PaperText.of(paper(n, title, f"{title}. We study {title.lower()} across language pairs.", tldr))


def test_a_chinese_concept_learns_the_english_term_of_its_own_papers():
    """语码转换 is in one candidate's TL;DR (too few to learn from, and CC-CEDICT has no 语码): the term of that
    paper's English text the embedder puts nearest it (cosine >= 0.6), the fewest words first, is its English; the
    other paper, whose TL;DR writes 代码切换 and whose title 'Code-Switching ASR', is then named."""
    one = _code_switching("本文研究语码转换语音识别中的近似错误。", "Robust Code-Switching Speech Recognition", "1")
    two = _code_switching("本文将代码切换语音识别推广到未见语言对。", "Generalizing Code-Switching ASR", "2")
    concept = Concept(label="语码转换", forms=("语码转换",))
    near = FixedEmbedder({"语码转换": [1.0, 0.0, 0.0], "code-switching": [0.62, 0.78, 0.0],
                          "code-switching speech": [0.7, 0.71, 0.0]})
    (learned,) = translate_concepts([concept], [one, two], near)
    assert learned.learned == ("code-switching",)
    covered = cover("语码转换", two.paper, embedder=_far("语码转换"))[1]
    assert not covered[0].complete  # without the learned form the second paper is not named
    from assistant.chains.digest.relevance import coverage

    assert coverage([learned], [two], _far("语码转换"), topic="语码转换")[0].complete


def test_an_aligned_term_must_be_near_the_concept():
    """Below ALIGNED_SIMILARITY the paper's terms are its own topic, not a translation: nothing is learned."""
    one = _code_switching("本文研究语码转换语音识别。", "Robust Code-Switching Speech Recognition", "1")
    concept = Concept(label="语码转换", forms=("语码转换",))
    far = FixedEmbedder({"语码转换": [1.0, 0.0, 0.0], "code-switching": [0.5, 0.87, 0.0]})
    assert translate_concepts([concept], [one], far)[0].learned == ()


def test_an_english_phrase_learns_the_chinese_term_of_its_own_papers():
    """'sports video' is in one candidate's title, whose TL;DR writes 体育视频: the other judged paper writes 'team
    sports' and 'broadcast video' in two sentences and 团队体育视频 in its TL;DR."""
    highlights = PaperText.of(paper("1", "SVHighlights: Towards Extremely Long Sport Video Highlight Detection",
                                    "We introduce a benchmark of full-length sports videos.", "本文提出长体育视频高光检测基准。"))
    team = PaperText.of(paper("2", "SVI-Bench: A Dynamic Microworld for Strategic Video Intelligence",
                              "We study team sports. Models watch broadcast video and answer questions.",
                              "本文提出团队体育视频中的策略推理基准。"))
    concept = Concept(label="sports video", forms=("sports video",), loose=True)
    near = FixedEmbedder({"sports video": [1.0, 0.0, 0.0], "体育视频": [0.86, 0.51, 0.0]})
    (learned,) = translate_concepts([concept], [highlights, team], near)
    assert learned.learned == ("体育视频",)
    from assistant.chains.digest.relevance import coverage

    assert coverage([learned], [team], _far("sports video analysis"), topic="sports video analysis")[0].complete


def test_a_longer_concept_learns_no_aligned_term():
    """A concept of three words or more is not translated by a word or a word pair of its papers: 'radiology report
    generation' learned 放射学报告 (the report, not its generation) and let in a report-extraction paper."""
    one = PaperText.of(paper("1", "SDR: Set-Distance Rewards for Radiology Report Generation",
                             "We propose set-distance rewards for radiology report generation.", "本文提出放射学报告生成的奖励。"))
    concept = Concept(label="radiology report generation", forms=("radiology report generation",), loose=True)
    near = FixedEmbedder({"radiology report generation": [1.0, 0.0, 0.0], "放射学报告": [0.9, 0.43, 0.0]})
    assert translate_concepts([concept], [one], near)[0].learned == ()


def test_a_phrase_whose_modifier_is_one_item_of_a_list_is_not_the_subject():
    """'domains such as egocentric, sports, instructional, medical, and narrative videos' names sports videos as one
    kind among five: a survey of video understanding is no sports-video paper, though the phrase is matched word by
    word in that sentence."""
    topic = "sports video analysis"
    on = paper("1", "SVHighlights: Towards Extremely Long Sport Video Highlight Detection",
               "We introduce a benchmark of full-length sports videos with highlight annotations.")
    survey = paper("2", "Watch, Remember, Reason: Human-View Video Understanding with MLLMs",
                   "Video understanding with MLLMs has progressed quickly. We further examine application domains such "
                   "as egocentric, sports, instructional, medical, and narrative videos.")
    concepts, covered = cover(topic, on, survey, embedder=_far(topic))
    assert on_topic(concepts, covered[0])
    assert covered[1].complete and not on_topic(concepts, covered[1])


def test_graph_neural_networks_are_named_by_their_architectures():
    """8 of the 15 judged papers of 'graph neural networks' write a graph attention network, a graph transformer, a
    graph encoder or graph learning and no GNN form; a knowledge-graph paper with none of them is not named."""
    topic = "graph neural networks"
    gat = paper("1", "Graph Attention-Based Virtual Metrology for Film Deposition Processes",
                "We propose a graph attention model over process sensors for virtual metrology.")
    kg = paper("2", "Knowledge Graph Completion with Large Language Models",
               "We propose prompting LLMs to complete knowledge graphs.")
    assert_selects(topic, gat, kg, embedder=_far(topic))


def test_a_chinese_compound_topic_is_stated_by_its_english_compound():
    """FROST-STA opens 'Short-term anticipation in egocentric video requires …' and names 'egocentric' nowhere else:
    the topic 第一人称视频(理解) in the paper's English, where it says what it is about. The concepts named apart in
    one opening sentence are not the topic's wording."""
    topic = "第一人称视频理解"
    frost = paper("1", "FROST-STA: Frozen Dense Features for the Ego4D Short-Term Object Interaction Anticipation",
                  "Short-term anticipation in egocentric video requires more than recognition. We fuse frozen dense "
                  "features with a detector. Results improve on the benchmark.")
    apart = paper("2", "Planning Wearable Assistants",
                  "Egocentric assistants must plan ahead, and we compress the video they record. We fuse features "
                  "with a planner. Results improve on the benchmark.")
    concepts, covered = cover(topic, frost, apart, embedder=_far(topic))
    assert covered[0].stated and on_topic(concepts, covered[0])
    assert covered[1].complete and not covered[1].stated and not on_topic(concepts, covered[1])
