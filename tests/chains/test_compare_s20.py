"""Session 20: comparisons worded as a user writes them reach the comparison chain, and a synthesis sentence is
attributed to the papers it names (data/eval/results/session20-compare/README.md).

h15-c-minard-any2poster ("Compare two papers that turn research content into visual media: MINARD, which …, and
Any2Poster, which …") was answered by the single-answer chain: the counting lead before the colon was read as the only
name, since it goes on with what the papers are about. Scripted OpenAI-compatible server, the eval corpus's own
records, hash embedder."""

from __future__ import annotations

import pytest

from assistant.chains.compare import split_names
from assistant.chains.router import route
from tests.chains.test_answer_issue11 import _eval_corpus_app

MINARD, ANY2POSTER = "2606.12576", "2606.02915"
H15 = ("Compare two papers that turn research content into visual media: MINARD, which generates narrated videos "
       "explaining scientific figures, and Any2Poster, which generates posters from any source. What does MINARD "
       "ground its narrations to, and what does Any2Poster Bench pair each source with to test factual retention and "
       "understanding?")


@pytest.fixture(scope="module")
def s20_app(tmp_path_factory):
    return _eval_corpus_app(tmp_path_factory, "s20", (MINARD, ANY2POSTER))


def test_a_counting_lead_that_says_what_the_papers_are_about_is_no_name(s20_app):
    """"two papers that turn research content into visual media" counts the papers and says what they are about;
    the names follow the colon, each with a relative clause of its own ("MINARD, which generates …")."""
    from assistant.chains.compare import compare

    assert route(H15) == "compare"
    assert split_names(H15) == ["MINARD", "Any2Poster"]
    result = compare(H15, store=s20_app.store, retriever=s20_app.retriever(), llm=None,
                     prompts_dir=s20_app.settings.prompts_dir)
    assert [p.id for p in result.papers] == [MINARD, ANY2POSTER]


@pytest.mark.parametrize("question", [
    "How do GCRank and HarmonRank differ in what they optimise?",
    "GCRank vs HarmonRank: which one was deployed online?",
    "GCRank versus HarmonRank on CTR",
    "GCRank 与 HarmonRank 的区别",
    "GCRank 与 HarmonRank 的区别是什么？",
    "GCRank 和 HarmonRank 哪个用了更多数据？",
    "GCRank 还是 HarmonRank 更适合广告排序？",
    "Which is better, GCRank or HarmonRank?",
    "What are the differences between GCRank and HarmonRank in data?",
    "Compare the two ranking papers, GCRank and HarmonRank, on data.",
    "Compare GCRank, a generative ranker, and HarmonRank, a multi-objective ranker: what does each optimise?",
    "比较两篇论文：GCRank，一个生成式排序器，以及 HarmonRank，一个多目标排序方法。它们分别优化什么？",
])
def test_natural_comparisons_name_both_papers(question):
    """What a user writes to compare two papers: the route is a comparison and the names are the two papers' (not
    "HarmonRank 的区别", "HarmonRank on CTR", "a generative ranker", "the two ranking papers")."""
    assert route(question) == "compare"
    assert split_names(question) == ["GCRank", "HarmonRank"]


def test_glosses_of_names_are_read_whole():
    """A name's gloss in brackets may be long and hold 'and' ("ADR (Uber's agentic detection and response system)");
    "A (…) and B (…) are both …" says what they share after the names."""
    question = ("PROVE (reinforcement learning for multi-step tool use) and ADR (Uber's agentic detection and response "
                "system) both deal with agents calling MCP servers. What does each of the two papers do with MCP "
                "servers?")
    assert route(question) == "compare"
    assert split_names(question) == ["PROVE (reinforcement learning for multi-step tool use)",
                                     "ADR (Uber's agentic detection and response system)"]
    question = ("MemoBench (memory consistency of video generation models) and PM4Bench (a parallel multilingual "
                "benchmark for LVLMs) are both diagnostic benchmarks. What paradigm is MemoBench built around?")
    assert split_names(question) == ["MemoBench (memory consistency of video generation models)",
                                     "PM4Bench (a parallel multilingual benchmark for LVLMs)"]


@pytest.mark.parametrize("question", [
    "What does GCRank propose?", "GCRank 比 DIN 好多少？",
    "Which datasets, MovieLens or Amazon, does GCRank use?",
    "How much does GCRank improve over HarmonRank-style baselines?",
])
def test_lookups_stay_lookups(question):
    """One paper asked about, though it names another method, a baseline or a choice of its data."""
    assert route(question) == "lookup"


AVGAS, AVOC, SKELHCC, INTENT, DIFFNET, CIFAKE, TASLORA, KVT, DSCACHE, AGCLR = (
    "2504.18283", "2606.24286", "2606.03610", "2606.03604", "2606.22285", "2606.27637", "2605.07256", "2503.18862",
    "2605.01858", "2606.07720")
DS_PAIR = ("比较两篇在模型中保留“记忆”的论文：流式视频理解的缓存构建机制 DSCache，以及为连续潜在推理加入持久残差记忆的 AGCLR。DSCache 在累积的"
           "历史 KV 缓存之外，还按需单独构建了什么缓存？AGCLR 的记忆由哪三个门控制？")
AV_PAIR = ("AV-GAS, which generates images from mixed audio, and AVOC, which compresses tokens for hour-level "
           "audio-video understanding, both work with audio and video. On which dataset or benchmarks is each of the two "
           "evaluated?")
SKEL_PAIR = ("单样本骨架动作识别框架 SkelHCC 和理解模因语用意图的 Intent Projection 分别怎样改进模型的输出：SkelHCC 在推理时靠什么做无需"
             "训练的适应，Intent Projection 在目标层面用什么惩罚复述字面描述的回答？")
FUSION_PAIR = ("The DiffNet paper on document tampering localization and the paper on recognizing AI-generated images on "
               "CIFAKE both rely on fusion. What does each of the two papers fuse?")
TAS_PAIR = ("比较两篇视觉 Transformer 论文：Transformer 架构搜索方法 TAS-LoRA，以及评估 KV Transformer 用于语义分割的研究。"
            "TAS-LoRA 要解决超网权重共享带来的什么问题？KV Transformer 的研究在哪个领域的图像上做语义分割？")


@pytest.fixture(scope="module")
def pairs_app(tmp_path_factory):
    return _eval_corpus_app(tmp_path_factory, "s20pairs", (AVGAS, AVOC, SKELHCC, INTENT, DIFFNET, CIFAKE, TASLORA, KVT, DSCACHE,
                                                                AGCLR))


def _compare(app, llm, question):
    from assistant.chains.compare import compare
    from assistant.chains.evidence import SentenceVectors

    return compare(question, store=app.store, retriever=app.retriever(), llm=llm,
                   prompts_dir=app.settings.prompts_dir, budget=400, vectors=SentenceVectors(app.embedder))


def test_a_claim_naming_one_paper_from_anothers_evidence_is_dropped(pairs_app, scripted, scripted_llm):
    """h10-c-avgas-avoc-data (session 14): "AV-GAS is evaluated on … OmniVideoBench and LVOmniBench [2]" -- AVOC's
    result under AV-GAS's name, citing AVOC, was kept (its numbers are [2]'s, so the citation stayed). A sentence
    naming a compared paper must cite that paper's evidence: dropped, and AV-GAS's half is its own sentences, quoted."""
    scripted.enqueue({"tokens": [
        "AV-GAS is evaluated on long-form audio-video benchmarks, surpassing the second-best model by 4.9 and 5.5 points "
        "in average accuracy on OmniVideoBench and LVOmniBench, respectively [2]. AVOC is evaluated on hour-level "
        "audio-video understanding benchmarks [2]."]})
    result = _compare(pairs_app, scripted_llm, AV_PAIR)
    assert [p.id for p in result.papers] == [AVGAS, AVOC]
    answer = result.synthesis_answer
    assert any(d["sentence"].startswith("AV-GAS is evaluated") and "names the paper [1] but cites [2]" in d["reason"]
               for d in answer.dropped)
    kept, quoted = result.synthesis.split("The paper also says:")
    assert "OmniVideoBench" not in kept and "AVOC is evaluated" in kept and kept.rstrip().endswith("[2].")
    assert "AV-GAS" in quoted and quoted.rstrip().endswith("[1]")
    assert [c.id for c in answer.citations] == [AVGAS, AVOC]


def test_a_half_blending_both_papers_cited_to_the_other_is_dropped(pairs_app, scripted, scripted_llm):
    """h15-c-dscache-agclr (session 19, blind): AGCLR's three gates invented from DSCache's words ("离线预训练模型",
    "流式视频理解的缓存") under DSCache's citation. Half of its words are in AGCLR's evidence too, so moving the
    citation to AGCLR would keep an invented claim: words only the other paper's evidence has (five here) mark it as
    blended. Dropped, and AGCLR's half is its gates sentence, quoted."""
    scripted.enqueue({"tokens": [
        "DSCache 在累积的历史 KV 缓存之外，还按需单独构建了即时缓存。AGCLR 的记忆由三个门控制：一个用于控制连续潜在推理的残差记忆，另一个用于"
        "控制离线预训练模型的记忆，第三个用于控制流式视频理解的缓存。[1]"]})
    result = _compare(pairs_app, scripted_llm, DS_PAIR)
    assert [p.id for p in result.papers] == [DSCACHE, AGCLR]
    answer = result.synthesis_answer
    dropped = next(d for d in answer.dropped if d["sentence"].startswith("AGCLR"))
    assert "words of another paper's only" in dropped["reason"] and "流式" in dropped["reason"]
    kept, quoted = result.synthesis.split("论文原文还写道")
    assert "即时缓存" in kept and "[1]" in kept and "离线预训练" not in result.synthesis
    assert "写门" in quoted and "遗忘门" in quoted and quoted.rstrip().endswith("[2]")


def test_a_claim_about_both_that_one_papers_evidence_does_not_say_is_dropped(pairs_app, scripted, scripted_llm):
    """h12-c-skelhcc-intentproj (session 19 live): "SkelHCC 和 Intent Projection 都是单样本骨架动作识别框架 [1]" is
    false of Intent Projection (a meme-understanding paper), and cited to SkelHCC only: it names a paper it does not
    cite, whose evidence does not say it. The two halves, each citing its paper, stay."""
    scripted.enqueue({"tokens": [
        "SkelHCC 和 Intent Projection 都是单样本骨架动作识别框架，但它们在改进模型的输出方面有所不同[1]。SkelHCC 在推理时依靠LLM引导的"
        "多粒度投票缓存做无需训练的适应[1]。Intent Projection 在目标层面用对比奖励惩罚复述字面描述的答案[2]。"]})
    result = _compare(pairs_app, scripted_llm, SKEL_PAIR)
    assert [p.id for p in result.papers] == [SKELHCC, INTENT]
    assert "单样本骨架动作识别框架" not in result.synthesis
    assert result.synthesis == ("SkelHCC 在推理时依靠LLM引导的多粒度投票缓存做无需训练的适应[1]。Intent Projection 在目标层面用对比奖励惩罚"
                                "复述字面描述的答案[2]。")


def test_citations_standing_for_papers_become_their_names(pairs_app, scripted, scripted_llm):
    """h9-c-diffnet-cifake-fusion (session 19 live): "… results. [1] fuses …, while [2] fuses …" -- read as trailing
    citations, [1] went to the sentence before and the user read "… results [1]. fuses RGB and DCT features, while
    fuses CNNs … [2]" (no subject, DiffNet's half cited to CIFAKE's paper). A citation used as a paper's name is the
    name the question gave it, cited at the end of its clause. "Both papers rely on fusion, but they differ …", cited to
    the first paper only, says nothing the second paper's evidence says: dropped."""
    scripted.enqueue({"tokens": [
        "Both papers rely on fusion, but they differ in their specific approaches and results. [1] fuses RGB and DCT "
        "features, while [2] fuses CNNs and Vision Transformers."]})
    result = _compare(pairs_app, scripted_llm, FUSION_PAIR)
    assert [p.id for p in result.papers] == [DIFFNET, CIFAKE]
    assert ("The DiffNet paper on document tampering localization fuses RGB and DCT features [1], while the paper on "
            "recognizing AI-generated images on CIFAKE fuses CNNs and Vision Transformers [2].") == result.synthesis
    assert any(d["sentence"].startswith("Both papers rely on fusion") for d in result.synthesis_answer.dropped)


def test_a_sentence_of_two_cited_clauses_keeps_both_citations(pairs_app, scripted, scripted_llm):
    """"A…[1]，而B…[2]。" was one claim: the verifier saw it name TAS-LoRA (the head of paper 1's title) and kept only
    [1], so KV Transformer's half was cited to TAS-LoRA. Each clause is checked against its own citation now."""
    scripted.enqueue({"tokens": ["TAS-LoRA 解决超网权重共享导致的特征坍缩问题[1]，而 KV Transformer 的研究针对医学图像的语义分割[2]。"]})
    result = _compare(pairs_app, scripted_llm, TAS_PAIR)
    assert [p.id for p in result.papers] == [TASLORA, KVT]
    assert result.synthesis == "TAS-LoRA 解决超网权重共享导致的特征坍缩问题[1]，而 KV Transformer 的研究针对医学图像的语义分割[2]。"
    assert not result.synthesis_answer.flagged


def test_clauses_are_rejoined_around_a_dropped_one():
    """A clause whose continuation was dropped ends the sentence; one whose first half was dropped loses its
    connective. Clauses citing the same source stay one sentence."""
    from assistant.citations import cited_clauses, verify

    sources = {1: "GCRank: A Generative Ranker\nGCRank encodes context with three modules.",
               2: "HarmonRank: Multi-objective\nHarmonRank aligns ranking objectives."}
    check = verify("GCRank encodes context with three modules [1], while HarmonRank uses 7 towers [2].", sources, "q")
    assert check.text == "GCRank encodes context with three modules [1]."
    check = verify("GCRank uses 9 towers [1], while HarmonRank aligns ranking objectives [2].", sources, "q")
    assert check.text == "HarmonRank aligns ranking objectives [2]."
    assert cited_clauses("A uses X [1], and Y [1].") == [("A uses X [1], and Y [1].", "")]


def test_a_named_claim_its_papers_evidence_says_moves_to_it():
    """A comparison sentence naming one paper and citing the other, which its named paper's evidence says (and no
    other paper's words blend in), is cited to the named paper (the model wrote the wrong number)."""
    from assistant.citations import verify

    sources = {1: "GCRank: A Generative Ranker\nGCRank encodes context with three modules.",
               2: "HarmonRank: Multi-objective\nHarmonRank aligns ranking objectives."}
    papers = {1: ("GCRank", {"GCRank"}), 2: ("HarmonRank", {"HarmonRank"})}
    check = verify("HarmonRank aligns ranking objectives [1].", sources, "compare", papers=papers)
    assert check.text == "HarmonRank aligns ranking objectives [2]." and check.recited
    check = verify("HarmonRank encodes context with three modules [1].", sources, "compare", papers=papers)
    assert not check.text and "names the paper [2] but cites [1]" in check.dropped[0]["reason"]
