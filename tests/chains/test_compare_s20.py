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
    "What does GCRank propose?", "How does FUSE differ from BM25?", "GCRank 比 DIN 好多少？",
    "Which datasets, MovieLens or Amazon, does GCRank use?",
    "How much does GCRank improve over HarmonRank-style baselines?",
])
def test_lookups_stay_lookups(question):
    """One paper asked about, though it names another method, a baseline or a choice of its data."""
    assert route(question) == "lookup"
