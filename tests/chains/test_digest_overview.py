"""Issue 16: the digest overview a reader gets has no defect of the kinds the digest eval counts (name <-> citation,
repeated sentence, a last sentence cut mid-clause), whatever the model wrote. The model is a scripted
OpenAI-compatible server; each delivered overview is scored by the eval's own checks
(`assistant.eval.digests.overview_checks`), which share no code with the product's."""

import re
from pathlib import Path

import pytest

from assistant.chains.digest import DigestRequest, build_digest, check_overview
from assistant.chains.digest.overview import OverviewPaper, fallback_phrase, paper_names, phrases_stop, short_name
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


# ---------------------------------------------------------------- the overview as composed (session 13)
def zh_digest(app, scripted_llm, **kwargs):
    return build_digest(DigestRequest(topic="生成式推荐", language="zh", max_papers=3), store=app.store,
                        retriever_factory=app.retriever, llm=scripted_llm, embedder=app.embedder,
                        prompts_dir=app.settings.prompts_dir, min_relevance=0.05, **kwargs)


def eval_defects(digest) -> dict:
    titles = {p.n: p.title for p in digest.papers}
    texts = {p.n: f"{p.title} {p.line}" for p in digest.papers}
    return overview_checks(digest.overview, titles, texts)


def by_name(digest) -> dict[str, int]:
    return {p.title.split(":")[0]: p.n for p in digest.papers}


def assert_complete(digest):
    """What issue 16 asks of an overview: what every paper shares (an opening sentence citing them all), then one
    sentence per paper citing it alone; no defect the eval counts."""
    found = eval_defects(digest)
    assert found["defects"] == 0, found["problems"]
    assert found["sentences"] == len(digest.papers) + 1, digest.overview
    first = digest.overview.split("。")[0]
    assert first.startswith(f"这{len(digest.papers)}篇论文都涉及生成式推荐")
    assert sorted(int(n) for n in re.findall(r"\[(\d+)\]", first)) == [p.n for p in digest.papers]
    for n in range(1, len(digest.papers) + 1):
        assert f"[{n}]。" in digest.overview


@pytest.mark.parametrize("reply", [
    # the instruction handed back (混合专家模型, 2026-12-02/03): no paper's sentence in it
    ["这些论文在共同点上，差异在哪里，以及它们的显著结果[1][2][3]。"],
    # the numbered list, each line the instruction again
    ["1. 它们共同研究的具体问题或共同使用的方法，句末标注 [1][2][3]。\n", "2. 以论文名称作主语。\n", "3. 不同点。\n"],
])
def test_an_echoed_instruction_still_gives_a_complete_overview(rec_app, scripted, scripted_llm, reply):
    scripted.enqueue({"tokens": reply})
    digest = zh_digest(rec_app, scripted_llm)
    assert digest.overview and "共同点" not in digest.overview and "句末" not in digest.overview
    assert_complete(digest)
    # each paper's sentence is a clause of its own line, since the model wrote none usable
    assert digest.overview_dropped and all("its line is used" in d["reason"] for d in digest.overview_dropped)
    assert "逐个生成推荐物品" in digest.overview and "异构图" in digest.overview and "语义ID" in digest.overview


def test_model_sentences_are_kept_when_they_are_their_papers(rec_app, scripted, scripted_llm):
    digest = zh_digest(rec_app, scripted_llm)  # numbering depends on the themes: learn it, then ask again
    n = by_name(digest)
    scripted.enqueue({"tokens": [f"{n['LLM-Rec']}. LLM-Rec 用大语言模型逐个生成物品。\n",
                                 f"{n['TAG-HGT']}. TAG-HGT 在异构图上生成推荐。\n",
                                 f"{n['SemID']}. SemID 设计语义ID。"]})
    digest = zh_digest(rec_app, scripted_llm)
    assert_complete(digest)
    assert f"LLM-Rec 用大语言模型逐个生成物品[{n['LLM-Rec']}]。" in digest.overview
    assert f"SemID 设计语义ID[{n['SemID']}]。" in digest.overview
    assert not digest.overview_dropped


def test_citation_as_subject_wrong_paper_and_unsupported_number_fall_back_to_the_line(rec_app, scripted,
                                                                                   scripted_llm):
    """GUI智能体 @20 (2026-12-03): '[1][2]提出…，而[3][4]则专注于…' (citations as subjects); a line about another
    paper under this number; a number no source has; a line cut mid-clause."""
    digest = zh_digest(rec_app, scripted_llm)
    n = by_name(digest)
    scripted.enqueue({"tokens": [f"{n['LLM-Rec']}. [{n['LLM-Rec']}][{n['TAG-HGT']}]提出生成式推荐，而[{n['SemID']}]则设计语义ID。\n",
                                 f"{n['TAG-HGT']}. SemID 为生成式推荐设计语义ID。\n",
                                 f"{n['SemID']}. SemID 为生成式推荐设计语义ID，覆盖99%的物品。\n"]})
    digest = zh_digest(rec_app, scripted_llm)
    assert_complete(digest)
    assert "99" not in digest.overview and "而则" not in digest.overview and "提出生成式推荐，而" not in digest.overview
    reasons = " ".join(d["reason"] for d in digest.overview_dropped)
    assert f"[{n['LLM-Rec']}]" in reasons and f"[{n['TAG-HGT']}]" in reasons and "99" in reasons
    assert eval_defects(digest)["name_mismatches"] == 0


def test_a_bare_citation_leftover_is_never_delivered(rec_app, scripted, scripted_llm):
    """'… of large language models [5][6].  [5][6]' (llm-quant, 2026-12-02): the eval counts it, the overview has none."""
    assert overview_checks("LLM-Rec 生成推荐 [1][2]。 [1][2]", {1: "LLM-Rec: x", 2: "TAG-HGT: y"},
                           {1: "LLM-Rec 生成推荐", 2: "TAG-HGT 生成推荐"})["bare_citations"] == 1
    digest = zh_digest(rec_app, scripted_llm)
    n = by_name(digest)
    scripted.enqueue({"tokens": [f"{n['LLM-Rec']}. LLM-Rec 用大语言模型逐个生成物品 [{n['LLM-Rec']}]。 [1][2]\n",
                                 "[1][2]\n", f"{n['SemID']}. [1][2]\n"]})
    digest = zh_digest(rec_app, scripted_llm)
    assert_complete(digest)
    assert eval_defects(digest)["bare_citations"] == 0 and not re.search(r"[。.]\s*\[", digest.overview)


def test_an_overview_without_time_for_the_model_is_still_complete(rec_app, scripted, scripted_llm):
    """A model too slow to finish its list: the reply ends at a whole line once its time is up (`phrases_stop`), the
    papers left get their line's clause."""
    digest = zh_digest(rec_app, scripted_llm)
    n = by_name(digest)
    scripted.enqueue({"tokens": [f"{n['LLM-Rec']}. LLM-Rec 用大语言模型逐个生成物品。\n", f"{n['TAG-HGT']}. TAG-HGT 在"]})
    digest = zh_digest(rec_app, scripted_llm)
    assert_complete(digest)
    assert f"LLM-Rec 用大语言模型逐个生成物品[{n['LLM-Rec']}]。" in digest.overview


def test_phrases_stop_keeps_whole_lines():
    now = [5.0]
    stop = phrases_stop([1, 2, 3], soft_seconds=10, clock=lambda: now[0])
    assert stop("1. A does") is None
    assert stop("1. A does x.\n2. B") is None  # in time: go on
    assert stop("1. A does x.\n2. B does y.\n3. C does z.\n") == len("1. A does x.\n2. B does y.\n3. C does z.")
    assert stop("1. A does x.\n2. B does y.\n4. D") is None
    assert stop("1. A does x.\n4. D does w.\n5") == len("1. A does x.\n4. D does w.")  # a number not asked for
    now[0] = 16.0  # past the soft limit: the finished lines will do
    assert stop("1. A does x.\n2. B do") == len("1. A does x.")


def test_english_fallback_is_the_contribution_said_of_the_paper_and_numbers_stay_whole():
    paper = OverviewPaper(n=3, title="AdaPLD: Adaptive Retrieval", line="Speculative decoding accelerates LLMs.",
                          text="AdaPLD: Adaptive Retrieval\nSpeculative decoding accelerates LLMs.",
                          name="AdaPLD", abstract="Speculative decoding is fast. To address this, we propose AdaPLD, "
                          "a training-free method that adapts retrieval. It is 2.5x faster.")
    assert fallback_phrase(paper, "en") == "This paper proposes AdaPLD, a training-free method that adapts retrieval"
    zh = OverviewPaper(n=1, title="FAME", line="本文提出FAME框架，在工业数据集上MSE降低12.4%，优于基线方法。"
                       + "实验很多。" * 20, text="", name="FAME")
    assert fallback_phrase(zh, "zh") == "提出FAME框架，在工业数据集上MSE降低12.4%，优于基线方法"
    long = OverviewPaper(n=1, title="V", line="本文提出Varnika多模态习语语料库（含3,533条多语习语及七种语调标签）和"
                         "HybridMoE框架（通过混合专家选择/非选择输出及掩码多模态嵌入缓解专家稀疏性），并设计评估流程。",
                         text="", name="V")
    # cut before a bracket, never inside one or inside a number ('（含3')
    assert fallback_phrase(long, "zh") == "提出Varnika多模态习语语料库（含3,533条多语习语及七种语调标签）和HybridMoE框架"
    # a paper's name is its title's short head or a mixed-case coined word; a title without one gives no name (a
    # cut title came back as a subject: 'Emotion Profiling in LLM-Based investigates …'), nor do field words
    assert short_name("AdaPLD: Adaptive Retrieval and Reuse") == "AdaPLD"
    assert short_name("Cost-Aware Diffusion Draft Trees via CaDDTree Search") == "CaDDTree"
    assert short_name("Speculative Decoding Across Languages") == ""
    assert short_name("Benchmarking Living-Screen-Native GUI Agents on Short-Video Platforms") == ""
    assert short_name("Off-the-Shelf LLMs as Process Scorers for PRMs") == ""
    assert short_name("Emotion-Aware Image Generation via LLM-based Prompt Translation") == ""


def test_english_overview_reads_as_sentences(rec_app, scripted, scripted_llm):
    scripted.enqueue({"tokens": ["1. LLM-Rec decodes items one by one.\n"]})
    digest = build_digest(DigestRequest(topic="generative recommendation", language="en", max_papers=3),
                          store=rec_app.store, retriever_factory=rec_app.retriever, llm=scripted_llm,
                          embedder=rec_app.embedder, prompts_dir=rec_app.settings.prompts_dir, min_relevance=0.05)
    assert digest.overview.startswith("All three listed papers concern generative recommendation [1][2][3].")
    found = eval_defects(digest)
    assert found["defects"] == 0 and found["sentences"] == 4, (found["problems"], digest.overview)
    assert "This paper proposes" in digest.overview  # 'We propose X' said of the paper


def test_an_invented_clause_after_a_copied_one_falls_back(rec_app, scripted, scripted_llm):
    """'StainFlow：基于实体污迹追踪的流程奖励模型，提高污迹识别效率。' (过程奖励模型 @8, 2026-12-03): the first clause is
    the paper's, the second the model's own; the share over the whole sentence passed, so each clause is checked."""
    digest = zh_digest(rec_app, scripted_llm)
    n = by_name(digest)
    scripted.enqueue({"tokens": [f"{n['LLM-Rec']}. LLM-Rec 用大语言模型逐个生成推荐物品，兼顾推荐系统的公平性和多样性。\n"]})
    digest = zh_digest(rec_app, scripted_llm)
    assert_complete(digest)
    assert "公平性" not in digest.overview
    assert any(d["reason"].startswith(f"[{n['LLM-Rec']}] a clause is not its paper's") for d in digest.overview_dropped)


def test_a_model_sentence_gets_its_paper_as_subject():
    from assistant.chains.digest.overview import _with_subject

    named = OverviewPaper(n=6, title="TAG-HGT: Cold-Start Recommendation", line="", text="", name="TAG-HGT")
    nameless = OverviewPaper(n=2, title="Speculative Decoding Across Languages", line="", text="", name="")
    assert _with_subject("TAG-HGT：一种用于冷启动推荐的框架。", named, "zh") == "TAG-HGT是一种用于冷启动推荐的框架。"
    assert _with_subject("TAG-HGT：提出异构图推荐。", named, "zh") == "TAG-HGT提出异构图推荐。"
    # the line itself began 'TAG-HGT：', and the model repeated the label (live 大语言模型推荐 digest, 94f776f)
    assert _with_subject("TAG-HGT：TAG-HGT：一种用于冷启动推荐的框架。", named, "zh") == "TAG-HGT是一种用于冷启动推荐的框架。"
    assert _with_subject("Speculative Decoding Across Languages：本文研究多语言推测解码。", nameless, "zh") \
        == "研究多语言推测解码。"
    assert _with_subject("TAG-HGT: Proposes heterogeneous graphs.", named, "en") == "TAG-HGT proposes heterogeneous graphs."
    assert _with_subject("Investigates drafting across languages.", nameless, "en") \
        == "This paper investigates drafting across languages."
    assert _with_subject("To address this, we propose X.", nameless, "en") == "This paper proposes X."
    assert _with_subject("A novel framework for drafting.", nameless, "en") == ""  # no subject to give it


def test_a_model_that_never_answers_in_time_still_gives_the_overview(rec_app, scripted, scripted_llm, monkeypatch):
    """The call has its own limit (`overview_seconds` + `OVERVIEW_GRACE`, within the digest's budget): a model still
    reading the prompt then (a loaded machine) is cut off and every paper gets its line's clause, no note."""
    import time

    from assistant.chains.digest import chain

    monkeypatch.setattr(chain, "overview_seconds", lambda papers: 0.5)
    monkeypatch.setattr(chain, "OVERVIEW_GRACE", 0.5)
    scripted.enqueue({"sleep": 20, "tokens": ["1. late.\n"]})
    started = time.perf_counter()
    digest = zh_digest(rec_app, scripted_llm)
    assert time.perf_counter() - started < 10
    assert_complete(digest)
    assert digest.notes == [] or all("时间预算" not in n for n in digest.notes)
    assert all("not written" in d["reason"] for d in digest.overview_dropped)


def test_a_line_headed_by_its_name_reads_as_a_sentence():
    paper = OverviewPaper(n=6, title="TAG-HGT: Cold-Start Recommendation", name="TAG-HGT", text="",
                          line="TAG-HGT：一种用于学术冷启动推荐的高效神经符号框架，通过解耦的范式。")
    assert fallback_phrase(paper, "zh") == "TAG-HGT是一种用于学术冷启动推荐的高效神经符号框架，通过解耦的范式"


def test_a_result_word_its_paper_does_not_use_falls_back(rec_app, scripted, scripted_llm):
    """'发现人类评论质量显著提升' for a line saying '发现人类评论质量优于AI评论' (live 大语言模型推荐 digest, e976809): every
    word but the claim was the paper's."""
    digest = zh_digest(rec_app, scripted_llm)
    n = by_name(digest)
    scripted.enqueue({"tokens": [f"{n['TAG-HGT']}. TAG-HGT 在异构图上生成推荐列表，显著提升推荐。\n"]})
    digest = zh_digest(rec_app, scripted_llm)
    assert_complete(digest)
    assert "显著" not in digest.overview, digest.overview_dropped
    assert any("claims what its paper does not say (提升, 显著)" in d["reason"] for d in digest.overview_dropped), \
        digest.overview_dropped
