"""Session 36 (dev36a), from the thirty-fourth group's 双目立体视觉 (session35-blind34/topics): a concept matched through
its broad piece alone. No candidate writes 双目立体视觉 whole; the concept learned 'latent visual' (the embedder's
nearest English term) and five latent visual reasoning papers of VLMs were listed ('只有 5 篇', 0 on topic): they share
视觉 ('vision') with the topic, none writes 立体, 双目, stereo or 视差. Every listed paper must now meet a narrow piece
of each concept (a word in under 5 % of papers at large) when the concept was matched by what it learned, by the
embedder or by dense similarity (`narrow.meets_narrow_pieces`)."""

from __future__ import annotations

from dataclasses import replace

from assistant.chains.digest.concept import Concept
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.narrow import (
    concept_pieces,
    gloss_written,
    meets_narrow_pieces,
    meets_piece,
    narrow_pieces,
    piece_senses,
)
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest.select import pick_papers
from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, StoreOf, paper, retrieving

STEREO = paper("2606.00379", "Non-Learning Low-Light Stereo Vision",
               "We study stereo matching under low light. We propose a non-learning disparity estimator.",
               tldr="本文提出一种无需学习的低光照立体匹配方法，估计视差。")


def _latent(n: int):
    return paper(f"2606.0128{n}", f"Latent Visual Reasoning in Vision-Language Models {n}",
                 "Vision-language models reason in latent visual tokens. We diagnose latent visual reasoning.",
                 tldr="本文研究视觉语言模型的潜在视觉推理机制。")


def test_the_pieces_of_a_concept_and_its_narrow_ones():
    """双目立体视觉 is 双目 | 立体 | 视觉; 视觉 is in 17 % of papers at large, the other two in under 1 %. A concept of one
    word (定价), of broad words only (语言模型) or of narrow words only (多址接入) has no narrow piece to ask for."""
    assert concept_pieces("双目立体视觉") == ("双目", "立体", "视觉")
    assert narrow_pieces(Concept(label="双目立体视觉", forms=("双目立体视觉",))) == ("双目", "立体")
    assert concept_pieces("optimal transport") == ("optimal", "transport")
    assert narrow_pieces(Concept(label="optimal transport", forms=("optimal transport",), loose=True)) == \
        ("transport",)
    for label in ("定价", "语言模型", "多址接入"):
        assert narrow_pieces(Concept(label=label, forms=(label,))) == (), label


def test_a_paper_matched_by_a_learned_term_of_the_broad_piece_only_fails():
    """'latent visual' (learned) names the concept in the latent-reasoning paper, which writes no narrow piece; the
    stereo paper writes 立体 in its TL;DR; and a paper matched only by its dense similarity must write one too."""
    stereo = replace(Concept(label="双目立体视觉", forms=("双目立体视觉",)), learned=("latent visual",))
    assert not meets_narrow_pieces(stereo, PaperText.of(_latent(1)), "abstract")
    assert meets_narrow_pieces(stereo, PaperText.of(STEREO), "dense")
    assert not meets_narrow_pieces(stereo, PaperText.of(_latent(2)), "dense")


def test_own_forms_and_narrower_names_pass():
    """A known concept named by a glossary form ('GNN' names graph neural networks, whose 'neural' and 'networks' are
    narrow and 'graph' broad) passes whatever it writes; matched by the embedder alone it needs a narrow piece. An
    unknown phrase named by the head of a narrower name ('locally recoverable codes' for 'error-correcting codes':
    `relevance._head_rows`, no lexical naming) passes as before."""
    (gnn,) = split_concepts("graph neural networks", PROMPTS)
    assert narrow_pieces(gnn)
    named = PaperText.of(paper("2606.00001", "A GNN for molecules", "We train a GNN on molecular graphs."))
    assert meets_narrow_pieces(gnn, named, "title")
    unnamed = PaperText.of(paper("2606.00002", "Message passing on graphs", "We pass messages on a graph."))
    assert not meets_narrow_pieces(gnn, unnamed, "semantic")
    codes = Concept(label="error-correcting codes", forms=("error-correcting codes",), loose=True)
    lrc = PaperText.of(paper("2606.00003", "Quantum Locally Recoverable Codes", "We construct locally recoverable "
                                                                                 "codes."))
    assert narrow_pieces(codes) == ("error-correcting",) and meets_narrow_pieces(codes, lrc, "title")


def test_a_one_concept_topic_no_paper_writes_lists_only_papers_meeting_a_narrow_piece():
    """No candidate names 双目立体视觉, so a one-concept topic falls back to dense similarity (all 0.5 here): before,
    the three latent-reasoning papers were listed beside the stereo paper; now only the stereo paper is."""
    pool = [_latent(1), _latent(2), _latent(3), STEREO]
    request = DigestRequest(topic="双目立体视觉", language="zh", max_papers=8)
    picked = pick_papers(request, store=StoreOf(pool), retriever_factory=retrieving(pool), prompts_dir=PROMPTS).picked
    assert [p.paper.arxiv_id for p in picked] == ["2606.00379"]


def test_a_chinese_piece_is_met_by_a_sense_of_it_not_by_any_longer_word():
    """手语 is 'sign language': its narrow word 'sign' (the broad 'language' is any paper's) written as itself, not as
    'signals' or 'signatures' (`narrow.gloss_written`); a sense of broad words only is met by any of them (人体 'human
    body'); senses apart by semicolons are apart (疾病 'disease; sickness; ailment'). 手语识别 (invented) listed a
    crisis-detection paper that 'distinguishes early warning signals' through its glosses sign | recognise."""
    assert {"sign"} in [set(s) for s in piece_senses("手语")] and all("languag" not in s for s in piece_senses("手语"))
    assert {"human"} in [set(s) for s in piece_senses("人体")]
    assert [set(s) for s in piece_senses("疾病")] == [{"diseas"}, {"sick"}, {"ailment"}]
    sign = Concept(label="手语识别", forms=("手语识别",),
                   glossed=(frozenset({"sign"}), frozenset({"recogn", "distinguish", "identifi"})))
    crisis = paper("2606.10380", "Expert-Level Crisis Detection in Mental Health Conversations",
                   "We propose a protocol that distinguishes early warning signals from turns where a crisis becomes "
                   "identifiable.")
    slr = paper("2606.08056", "Spatial Grammar for Sign Language Processing",
                "We present a targeted evaluation of indexing in Sign Language Recognition.")
    assert not meets_narrow_pieces(sign, PaperText.of(crisis), "abstract")
    assert meets_narrow_pieces(sign, PaperText.of(slr), "abstract")
    assert gloss_written("hacker", {"reward", "hack"}) and not gloss_written("sign", {"signal"})


def test_the_narrowest_piece_written_as_words():
    """The review of session 36: only the narrowest pieces are asked for (ties under 1 % of papers at large: any of
    them), so 'code' (2.9 %) does not meet 代码漏洞检测 nor 'attacks' 'membership inference attacks' (A4); a Chinese
    piece is written within one jieba word or as whole words, not across a boundary: 双目 is not in 双目标 (bi-objective),
    定价 not in 确定价值 (A1)."""
    assert narrow_pieces(Concept(label="代码漏洞检测", forms=("代码漏洞检测",))) == ("漏洞",)
    assert narrow_pieces(Concept(label="membership inference attacks", forms=("membership inference attacks",),
                                 loose=True)) == ("membership",)
    assert narrow_pieces(Concept(label="双目立体视觉", forms=("双目立体视觉",))) == ("双目", "立体")
    biobjective = PaperText.of(paper("2606.04661", "Bi-objective routing", "We route.", tldr="本文提出双目标优化方法。"))
    binocular = PaperText.of(paper("2606.00001", "Depth from two views", "We match views.", tldr="本文研究双目立体匹配。"))
    assert not meets_piece("双目", biobjective) and meets_piece("双目", binocular)
    assert meets_piece("立体", binocular)  # (inside the one word 立体匹配)
    value = PaperText.of(paper("2606.00002", "Valuation", "We value data.", tldr="我们确定价值函数。"))
    assert not meets_piece("定价", value)


def test_a_concept_of_broad_pieces_only_asks_for_none():
    """review36 A5: the narrowest piece is taken among the pieces under BROAD_WORD_SHARE only; a concept whose pieces
    are all broad ('object detection', 目标检测: 'object' and 'detection', 目标 and 检测 each in 10 % of papers or
    more) asks for none, as one of narrow pieces only does."""
    for label in ("目标检测", "参数高效"):
        assert narrow_pieces(Concept(label=label, forms=(label,))) == (), label
    broad = Concept(label="visual understanding", forms=("visual understanding",), loose=True)
    assert narrow_pieces(broad) == ()
