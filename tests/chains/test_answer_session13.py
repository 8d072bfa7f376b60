"""Session 13's general fixes for the answers still wrong after session 12 (bench/RESULTS.md, answers-issue11), each
against a scripted OpenAI-compatible server on the eval corpus's own records (hash embedder): the evidence keeps the
sentence holding the asked slot (each asked part's best sentence, a mechanism question's 方法 field, a list of
numbered layers for "哪几个层"), a NOT_FOUND over evidence holding the count is overruled on the asking clause's
words, a value is not labelled by a name standing after it, and a comparison's method cell follows the question."""

from __future__ import annotations

import numpy as np
import pytest

from tests.chains.test_answer_issue11 import _eval_corpus_app, run

SATRTS, DIFFSAE, TINYTREES, IAVA, EPIEVOLVE, BIM, TURIN3D = ("2606.30090", "2605.07324", "2606.24786", "2503.18556",
                                                             "2606.05513", "2605.01698", "2504.05882")


@pytest.fixture(scope="module")
def s13_app(tmp_path_factory):
    return _eval_corpus_app(tmp_path_factory, "s13", (SATRTS, DIFFSAE, TINYTREES, IAVA, EPIEVOLVE, BIM, TURIN3D))


def _prompt(scripted) -> str:
    return "\n".join(m["content"] for m in scripted.requests[-1]["messages"] if m["role"] == "user")


def test_each_asked_part_gets_its_best_sentence(s13_app, scripted, scripted_llm):
    """h3-l-satrts-methods: "用什么算法做状态流抽象？又用什么方法把状态-动作序列变成战术标签？" got the framework's
    introduction and the 方法's item "3)", neither item 1) (BK-tree) nor 2) (rule-based labels): the sentences of one
    part filled the 200-token budget. Each part's best sentence (most of the part's own words) comes first now."""
    from assistant.chains.evidence import asked_parts

    question = "即时战略游戏战术分析框架 SAT-RTS 用什么算法做状态流抽象？又用什么方法把状态-动作序列变成战术标签？"
    assert len(asked_parts(question)) == 2
    scripted.enqueue({"tokens": ["NOT_FOUND"]})
    run(s13_app, scripted_llm, question)
    prompt = _prompt(scripted)
    assert "BK-tree" in prompt and ("基于规则" in prompt or "rule-based" in prompt)


def test_which_layers_asks_a_list_not_a_count(s13_app, scripted, scripted_llm):
    """h3-x-diffsae-layers: "Diff-SAE 的优势在哪几个 Transformer 层上都成立？" was read as a count question (哪几个
    held 几个), so every sentence with a number ("2024" of the SQL-injection trigger) outranked the one listing the
    layers "(14, 18, 22, 26)". 哪几 asks which ones: a list, and a run of numbers is a listed item."""
    from assistant.chains.evidence import asks_quantity, lists_names

    question = "比较 Crosscoders 和 Diff-SAE 两种稀疏自编码器检测后门的研究中，Diff-SAE 的优势在哪几个 Transformer 层上都成立？"
    assert not asks_quantity(question) and asks_quantity("模型一共有几层？")
    assert lists_names("holds across multiple transformer layers (14, 18, 22, 26)")
    assert not lists_names("across the full chain history (2015-2025)")
    # the list sentence now earns the list bonus and loses no number bonus against the SQL-trigger sentence
    from assistant.chains.evidence import SentenceVectors, score_sentences

    paper = s13_app.store.get_paper(DIFFSAE)
    scored = {s.sentence: s.score for s in score_sentences(question, [(1, paper)], SentenceVectors(s13_app.embedder))}
    layers = next(s for s in scored if "(14, 18, 22, 26)" in s)
    trigger = next(s for s in scored if s.startswith("Using a controlled SQL injection backdoor"))
    assert scored[layers] > scored[trigger]


def test_a_mechanism_question_reads_the_method_field(s13_app, scripted, scripted_llm):
    """h-l-iava-method: "IAVA 是如何识别无关的图像 token …" got the conclusion, TL;DR, result and motivation fields,
    not the 方法 field that says how (attention under two instructions, then contrastive decoding). A "how / 如何 /
    用什么方法" question (not "how many") prefers the asked paper's 方法 field and leaves its why / how-well fields."""
    from assistant.chains.evidence import method_asked

    question = "IAVA 是如何识别无关的图像 token 并缓解大型视觉语言模型的幻觉的？"
    assert method_asked(question) and method_asked("How does MetaPoint give a model spatial control?")
    assert not method_asked("How many tokens does IAVA use?") and not method_asked("IAVA 用了多少个 token？")
    scripted.enqueue({"tokens": ["NOT_FOUND"]})
    run(s13_app, scripted_llm, question)
    prompt = _prompt(scripted)
    assert "对比解码" in prompt or "contrastive decoding" in prompt


def test_not_found_over_a_count_of_the_asking_clause_is_quoted(s13_app, scripted, scripted_llm):
    """h4-n-tinytrees-annotations (the last false refusal): three evidence sentences held "215 million / 2.15亿" tree
    annotations, the model said NOT_FOUND, and no quote was made: the long description of the paper ("用不平衡最优传输
    从卫星影像里数单棵树的那篇论文") left the counting sentence 0.26 of the question's words, under the 0.3 a quote
    after NOT_FOUND needs. The asking clause's words count ("新建的 TinyTrees 基准一共包含多少棵树的标注")."""
    question = "用不平衡最优传输从卫星影像里数单棵树的那篇论文，新建的 TinyTrees 基准一共包含多少棵树的标注？"
    scripted.enqueue({"tokens": ["NOT_FOUND"]})
    _, answer = run(s13_app, scripted_llm, question)
    assert not answer.refused and answer.quoted
    assert "2.15亿" in answer.answer or "215 million" in answer.answer
    assert [c.id for c in answer.citations] == [TINYTREES]
    # a question about a metric the paper does not report stays a refusal
    scripted.enqueue({"tokens": ["NOT_FOUND"]})
    _, near = run(s13_app, scripted_llm, "用不平衡最优传输从卫星影像里数单棵树的那篇论文，在 TinyTrees 上的 F1 分数是多少？")
    assert near.refused or "F1" not in near.answer


def test_a_value_is_not_labelled_by_a_name_after_it():
    """h3-n-epievolve-acc (right in session 12, lost in a replay with one more evidence sentence): "EpiEvolve 在 COVID-19
    … 的平均准确率是0.629" was dropped as "0.629 is stated for CDC": in "在流式数据集上，EpiEvolve平均准确率0.629，优于静态
    基线的0.561和外部CDC集成的0.325" CDC labels 0.325, the value after it. A setting labels a value stated after it, in
    its clause or a later one, as "On MVC, IPT improves accuracy by 3.4%" still does."""
    from assistant.citations import parse_numbers
    from assistant.number_labels import setting_named_elsewhere

    texts = ["在流式数据集上，EpiEvolve平均准确率0.629，优于静态基线的0.561和外部CDC集成的0.325；",
             "We study this mismatch in weekly COVID-19 hospitalization trend forecasting across five variant regimes."]
    question = "EpiEvolve 在 COVID-19 住院趋势流式数据集上的平均准确率是多少？"
    claim = "EpiEvolve 在 COVID-19 住院趋势流式数据集上的平均准确率是0.629。"
    number = parse_numbers("0.629")[0]
    assert setting_named_elsewhere(number, claim, texts, question, {"epievolve"}) is None
    ipt = ["On MVC, IPT improves accuracy by 3.4%.", "IPT is evaluated on PET and MVC."]
    assert setting_named_elsewhere(parse_numbers("3.4%")[0], "IPT reaches 3.4% on PET.", ipt,
                                   "What does IPT reach on PET?", {"ipt"}) == "MVC"


def test_a_comparisons_method_cell_follows_the_questions_verb(s13_app):
    """h3-c-llm-agents-adapt: asked how each one adapts, EpiEvolve's Method cell was "We introduce EpiEvolve, a
    self-evolving agent …" (the 'we introduce' cue), not "EpiEvolve adapts by storing forecast outcomes in a
    hierarchical episodic memory …". The asking part's own words choose the English method sentences; with none
    ("Compare A and B") the cue does, as before."""
    from assistant.chains.compare import asked_words, paper_row

    paper = s13_app.store.get_paper(EPIEVOLVE)
    question = ("EpiEvolve and the BIM information-extraction paper both use LLM agents that adapt at run time "
                "instead of relying on a fixed setup. How does each one adapt?")
    wanted = asked_words(question, [paper.title, s13_app.store.get_paper(BIM).title])
    assert wanted == {"adapt"}
    assert "adapts by storing" in paper_row(paper, "en", 1, wanted)[2]
    assert "We introduce EpiEvolve" in paper_row(paper, "en", 1, asked_words("Compare EpiEvolve and BIM", []))[2]


def test_sentence_vectors_keep_what_a_call_needs_when_the_cache_is_full():
    """A long-running server answered until its sentence cache (LRU) was full; then a call whose new sentences evicted
    one of its own cached sentences failed with KeyError (seen replaying the 200 eval questions in one process)."""
    from assistant.chains.evidence import SentenceVectors

    class Embedder:
        def embed(self, texts):
            return [np.full(2, float(len(t))) for t in texts]

    vectors = SentenceVectors(Embedder(), size=3)
    vectors(["a", "bb", "ccc"])
    out = vectors(["a", "dddd", "eeeee", "ffffff"])  # "a" is cached and the oldest; three new ones overflow
    assert out[:, 0].tolist() == [1.0, 4.0, 5.0, 6.0]
    assert vectors(["ffffff"])[0, 0] == 6.0
