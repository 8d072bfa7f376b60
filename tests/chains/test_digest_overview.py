"""Issue 16: the digest overview a reader gets has no defect of the kinds the digest eval counts (name <-> citation,
repeated sentence, a last sentence cut mid-clause), whatever the model wrote. The model is a scripted
OpenAI-compatible server; each delivered overview is scored by the eval's own checks
(`assistant.eval.digests.overview_checks`), which share no code with the product's."""

from pathlib import Path

import pytest

from assistant.chains.digest import DigestRequest, build_digest, check_overview
from assistant.chains.digest.overview import paper_names
from assistant.eval.digests import overview_checks
from assistant.types import ChineseSummary, Paper

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"

SOURCES = {1: "LLM-Rec: Generative Recommendation with Language Models\nLLM-Rec 用大语言模型逐个生成推荐物品。",
           2: "TAG-HGT: Generative Recommendation over Heterogeneous Graphs\nTAG-HGT 在异构图上生成推荐列表。",
           3: "Speculative Decoding with Adaptive Drafts for AdaPLD Serving\n自适应草稿长度加速推测解码。"}


def defects(text: str, sources: dict[int, str]) -> dict:
    titles = {n: t.split("\n", 1)[0] for n, t in sources.items()}
    return overview_checks(text, titles, sources)


def test_paper_names_are_title_heads_and_acronym_words_not_field_acronyms():
    names = paper_names(SOURCES)
    assert names[1] == ["LLM-Rec"] and names[2] == ["TAG-HGT"]
    assert names[3] == ["AdaPLD"]  # no 'Name:' head: an acronym-like title word
    assert "LLM" not in str(paper_names({1: "Better LLM Serving\nx", 2: "Other\ny"}))  # a field's acronym


def test_a_sentence_naming_two_papers_cites_both():
    """Commit 718357a's defect: 'LLM-Rec …；TAG-HGT …[2]' (a sentence naming two papers, citing one)."""
    raw = "LLM-Rec 逐个生成推荐物品，而 TAG-HGT 在异构图上生成推荐列表 [2]。"
    check = check_overview(raw, SOURCES)
    assert "[1]" in check.text and "[2]" in check.text and check.recited >= 1
    assert defects(check.text, SOURCES)["name_mismatches"] == 0
    assert defects(raw, SOURCES)["name_mismatches"] == 1  # the eval flags the raw reply


def test_an_uncited_sentence_naming_a_paper_gets_its_citation():
    raw = "LLM-Rec 用大语言模型逐个生成推荐物品 [1]。AdaPLD 自适应地选择草稿长度。"
    check = check_overview(raw, SOURCES)
    assert check.text.endswith("[3]。") and defects(check.text, SOURCES)["defects"] == 0


def test_a_name_found_without_a_colon_head_is_cited():
    """The speculative-decoding @20 defect of the bundled-model run: 'AdaPLD uses …' citing only another paper."""
    raw = "The papers differ: AdaPLD adapts the draft length while LLM-Rec generates items [1]."
    check = check_overview(raw, SOURCES)
    assert defects(check.text, SOURCES)["name_mismatches"] == 0 and "[3]" in check.text


def test_repeats_and_a_cut_last_sentence_are_dropped():
    raw = ("LLM-Rec 用大语言模型逐个生成推荐物品 [1]。LLM-Rec 用大语言模型来逐个生成推荐物品 [1]。"
           "TAG-HGT 在异构图上生成推荐列表 [2]。两篇论文都把推荐形式化为")
    check = check_overview(raw, SOURCES)
    found = defects(check.text, SOURCES)
    assert found["repeated"] == 0 and not found["unfinished_last"] and found["defects"] == 0
    assert [d["reason"] for d in check.dropped] == ["unfinished (cut off)", "repeats an earlier sentence"]
    assert defects(raw, SOURCES)["defects"] >= 2


def test_a_last_sentence_ending_on_a_connector_before_its_citation_is_dropped():
    raw = "LLM-Rec 用大语言模型逐个生成推荐物品 [1]。TAG-HGT 将推荐形式化为[2]"
    check = check_overview(raw, SOURCES)
    assert check.text == "LLM-Rec 用大语言模型逐个生成推荐物品 [1]。" or check.text.startswith("LLM-Rec")
    assert not defects(check.text, SOURCES)["unfinished_last"]


def test_a_sentence_citing_a_paper_whose_words_it_does_not_use_is_re_cited():
    raw = "在异构图上生成推荐列表 [3]。"  # [2]'s words, no name, cited as [3]
    assert defects(raw, SOURCES)["misattributed"] == 1
    check = check_overview(raw, SOURCES)
    assert "[2]" in check.text and "[3]" not in check.text and defects(check.text, SOURCES)["defects"] == 0


def test_an_abbreviation_does_not_leave_a_fragment():
    raw = "LLM-Rec 用大语言模型逐个生成推荐物品 [1]. Some use graphs (e.g., TAG-HGT heterogeneous graphs) [2]."
    check = check_overview(raw, SOURCES)
    assert "for example" in check.text and "(e [" not in check.text and defects(check.text, SOURCES)["defects"] == 0
    assert not any(d["reason"].startswith("a fragment") for d in check.dropped)


# ---------------------------------------------------------------- end to end: scripted model, eval's checks
def paper(arxiv_id, title, abstract, tldr) -> Paper:
    return Paper(arxiv_id=arxiv_id, title=title, authors=["A. Author"], categories=["cs.IR"], dates=["2026-06-02"],
                 abstract=abstract, summary=ChineseSummary(tldr=tldr), summary_usable=True)


PAPERS = [
    paper("2606.20001", "LLM-Rec: Generative Recommendation with Language Models",
          "We propose LLM-Rec, a generative recommendation model that decodes items one by one.",
          "LLM-Rec 用大语言模型逐个生成推荐物品，实现生成式推荐。"),
    paper("2606.20002", "TAG-HGT: Generative Recommendation over Heterogeneous Graphs",
          "We propose TAG-HGT, generative recommendation over heterogeneous graphs of users and items.",
          "TAG-HGT 在异构图上做生成式推荐，生成推荐列表。"),
    paper("2606.20003", "SemID: Semantic IDs for Generative Recommendation",
          "We propose SemID, semantic item IDs for generative recommendation.",
          "SemID 为生成式推荐设计语义ID。"),
]


@pytest.fixture()
def rec_app(mock_app):
    mock_app.store.ingest(PAPERS)
    return mock_app


@pytest.mark.parametrize("reply", [
    # two papers named, one cited; then a repeat; then cut mid-clause
    ["LLM-Rec 逐个生成推荐物品，", "而 TAG-HGT 在异构图上生成推荐列表 [2]。", "LLM-Rec 逐个生成推荐物品 [1]。",
     "TAG-HGT 在异构图上生成推荐列表 [2]。", "SemID 把物品", "形式化为"],
    # a name without a citation, a citation on the wrong paper, and a last sentence ending on a connector
    ["三篇论文都研究生成式推荐。", "SemID 设计语义ID [1]。", "它们的区别在于", "物品表示和 [3]"],
])
def test_delivered_overview_has_no_defect_the_eval_counts(rec_app, scripted, scripted_llm, reply):
    scripted.enqueue({"tokens": reply})
    digest = build_digest(DigestRequest(topic="生成式推荐", language="zh", max_papers=3), store=rec_app.store,
                          retriever_factory=rec_app.retriever, llm=scripted_llm, embedder=rec_app.embedder,
                          prompts_dir=rec_app.settings.prompts_dir, min_relevance=0.05)
    assert len(digest.papers) == 3 and digest.overview
    titles = {p.n: p.title for p in digest.papers}
    texts = {p.n: f"{p.title} {p.line}" for p in digest.papers}
    found = overview_checks(digest.overview, titles, texts)
    assert found["defects"] == 0, found["problems"]
    raw = overview_checks("".join(reply), titles, texts)
    assert raw["defects"] >= 1  # the model's reply had defects; the delivered overview does not


# ---------------------------------------------------------------- the reply ends at a sentence boundary
def test_overview_stop_at_sentence_ends():
    from assistant.chains.digest.chain import overview_stop

    now = [5.0]  # the first piece arrives 5 s into the call (the prompt's evaluation)
    stop = overview_stop(sentences=3, soft_seconds=12, clock=lambda: now[0])
    assert stop("LLM") is None
    now[0] = 16.0  # 11 s of writing
    assert stop("LLM-Rec 逐个生成物品 [1]。TAG-HGT 在") is None  # one sentence, early: go on
    text = "A [1]。B [2]。C [3]。D"
    assert stop(text) == len("A [1]。B [2]。C [3]。")  # three sentences and the next begun: keep the three
    assert stop("It decodes. It ranks. It caches. The") == len("It decodes. It ranks. It caches.")  # uncited too
    assert stop("结果。[1][2]这些。[3]它们。[4]") is None  # a citation after the full stop belongs to its sentence
    assert stop("Version 1.5 is") is None  # a decimal point is no sentence end
    now[0] = 17.5  # 12.5 s of writing, past the soft limit: the first finished sentence will do
    assert stop("LLM-Rec 逐个生成物品 [1]。TAG") == len("LLM-Rec 逐个生成物品 [1]。")
    assert stop("LLM-Rec 逐个生成物品。[1]") is None  # wait: the next sentence has not begun


def test_the_model_is_stopped_after_three_sentences(rec_app, scripted, scripted_llm):
    sentences = ["LLM-Rec 逐个生成推荐物品 [1]。", "TAG-HGT 在异构图上生成推荐列表 [2]。", "SemID 为生成式推荐设计语义ID [3]。",
                 "三篇论文都属于生成式推荐 [1][2][3]。", "它们的区别在于物品表示 [3]。"]
    scripted.enqueue({"tokens": sentences})
    digest = build_digest(DigestRequest(topic="生成式推荐", language="zh", max_papers=3), store=rec_app.store,
                          retriever_factory=rec_app.retriever, llm=scripted_llm, embedder=rec_app.embedder,
                          prompts_dir=rec_app.settings.prompts_dir, min_relevance=0.05)
    assert digest.overview and "三篇论文" not in digest.overview and "区别" not in digest.overview
    assert digest.overview.count("。") == 3 and not digest.overview_dropped  # nothing cut, nothing wasted


# ---------------------------------------------------------------- the instruction handed back is no overview
def test_a_sentence_echoing_the_instruction_is_dropped():
    """The bundled model's 混合专家模型 overviews (2026-12-02 and 12-03): '这些论文在共同点上，它们在不同点上，以及它们的
    显著结果[1]…[8]。' is the prompt's 'what they have in common, where they differ, any notable result' handed back,
    citing every paper: it says nothing about any of them. A sentence with the same words and a paper's content
    stays."""
    from assistant.chains.digest.overview import echoes_instruction

    echo = "这些论文在共同点上，它们在不同点上，以及它们的显著结果[1][2][3]。"
    assert echoes_instruction(echo, "生成式推荐")
    assert echoes_instruction("These papers have in common and differ in notable results [1][2].", "MoE")
    assert not echoes_instruction("它们的共同点是生成推荐物品，不同点在于物品表示 [1][3]。", "生成式推荐")
    assert not echoes_instruction("These papers all study speculative decoding [3].", "speculative decoding")
    check = check_overview(echo + "TAG-HGT 在异构图上生成推荐列表 [2]。", SOURCES, "生成式推荐")
    assert "共同点" not in check.text and "TAG-HGT" in check.text
    assert any(d["reason"].startswith("echoes the instruction") for d in check.dropped)


def test_an_overview_that_only_echoes_the_instruction_is_left_out(rec_app, scripted, scripted_llm):
    scripted.enqueue({"tokens": ["这些论文在共同点上，", "它们在不同点上，", "以及它们的显著结果[1][2][3]。"]})
    digest = build_digest(DigestRequest(topic="生成式推荐", language="zh", max_papers=3), store=rec_app.store,
                          retriever_factory=rec_app.retriever, llm=scripted_llm, embedder=rec_app.embedder,
                          prompts_dir=rec_app.settings.prompts_dir, min_relevance=0.05)
    assert len(digest.papers) == 3 and not digest.overview
    assert any("总览" in n for n in digest.notes)


def test_a_sentence_using_a_citation_as_its_subject_is_dropped():
    """The bundled model's GUI智能体 @20 overview (2026-12-03): '[1][2]提出基于实体污迹追踪的流程奖励模型，而[3][4]则专注于…'
    was delivered as '提出基于…，而则专注于…[3]。' (the checks put citations at the sentence's end). A citation that is
    its sentence's subject cannot be moved without losing it: the sentence is dropped. A citation after the full
    stop followed by a name is the previous sentence's ('…物品。[1] TAG-HGT …')."""
    raw = "LLM-Rec 用大语言模型逐个生成推荐物品 [1]。[2]在异构图上生成推荐列表，而[3]则自适应地选择草稿长度。"
    check = check_overview(raw, SOURCES, "生成式推荐")
    assert check.text == "LLM-Rec 用大语言模型逐个生成推荐物品[1]。"
    assert any(d["reason"].startswith("uses a citation as its subject") for d in check.dropped)
    assert "TAG-HGT" not in check_overview("TAG-HGT generates lists over graphs [2]. [3] proposes adaptive drafts.",
                                           SOURCES).text.replace("TAG-HGT generates", "")
    kept = check_overview("LLM-Rec 逐个生成推荐物品。[1] TAG-HGT 在异构图上生成推荐列表。[2]", SOURCES)
    assert kept.text == "LLM-Rec 逐个生成推荐物品[1]。TAG-HGT 在异构图上生成推荐列表[2]。"


def test_delivered_overview_keeps_no_subjectless_sentence(rec_app, scripted, scripted_llm):
    scripted.enqueue({"tokens": ["LLM-Rec 逐个生成推荐物品 [1]。", "[2][3]提出在异构图上生成推荐列表，", "而[1]则设计语义ID。"]})
    digest = build_digest(DigestRequest(topic="生成式推荐", language="zh", max_papers=3), store=rec_app.store,
                          retriever_factory=rec_app.retriever, llm=scripted_llm, embedder=rec_app.embedder,
                          prompts_dir=rec_app.settings.prompts_dir, min_relevance=0.05)
    assert digest.overview and "而则" not in digest.overview and "提出" not in digest.overview
