"""The extended answer scorer (issue 11): numbers by value near their metric words, declines, kinds, conversations,
forbidden text, and the separate eval store. Pure functions and mock-mode apps only (no model)."""

import json

import pytest

from assistant.chains.answer import Answer, ChatSession, Citation
from assistant.chains.sources import SourceCard
from assistant.errors import InputError
from assistant.eval.answers import (
    EvalQuestion,
    NumberSpec,
    load_question_file,
    parse_quantities,
    run_answers,
    run_answers_eval,
    same_value,
    score_answer,
    score_number,
    summarize_extended,
)
from tests.conftest import make_settings

ID = "2601.00001"


def _answer(text, cited=((1, ID),), refused=False, error=None, raw=None, prompt_tokens=500):
    cards = [SourceCard(n=n, id=f"2601.0000{n}", title=f"P{n}", url="u") for n in (1, 2, 3)]
    return Answer(question="q", answer=text, language="en", refused=refused, raw_answer=raw if raw is not None else text,
                  citations=[] if refused else [Citation(n=n, id=i, title="t", url="u") for n, i in cited],
                  sources=cards, error=error, prompt_tokens=prompt_tokens,
                  timings={"total_ms": 2000.0, "first_token_ms": 900.0})


def _q(**kw):
    return EvalQuestion(question=kw.pop("question", "What intent accuracy does FUSE reach?"), **kw)


def _values(text):
    return [(q.value, q.kind) for q in parse_quantities(text)]


# ---------------------------------------------------------------- numbers
def test_quantities_are_read_by_value_and_unit():
    assert _values("12亿用户") == _values("1.2 billion users") == _values("1.2B users") == [(1.2e9, "")]
    assert _values("4690万 token") == _values("46.9M tokens") == [(46.9e6, "")]
    assert _values("17x") == _values("17倍") == _values("17 times") == [(17.0, "x")]
    assert _values("13 minutes") == _values("780 s") == _values("780秒") == [(780.0, "s")]
    assert _values("1.73 ms") == [(pytest.approx(0.00173), "s")]
    assert _values("85.3%") == _values("85.3\\%") == _values("85.3 percent") == [(85.3, "%")]
    assert _values("3-5%") == [(3.0, "%"), (5.0, "%")]  # a range: the first number takes the unit
    assert _values("47 524 samples") == _values("47,524 samples") == [(47524.0, "")]
    assert _values("one thousand users") == [(1000.0, "")] and _values("twenty-four elements") == [(24.0, "")]
    # digits inside names are not numbers
    assert _values("GPT-4o, Qwen2.5, WMT14, NDCG@5 and 3D") == []


def test_same_value_rounding_and_unit_classes():
    gold = parse_quantities("93.3%")[0]
    assert same_value(parse_quantities("93%")[0], gold)        # rounded, two significant digits
    assert not same_value(parse_quantities("90%")[0], gold)
    assert not same_value(parse_quantities("0.933")[0], gold)  # a fraction is not a percentage unless accepted
    assert not same_value(parse_quantities("93.3x")[0], gold)
    big = parse_quantities("1,480,996 tokens")[0]
    assert same_value(parse_quantities("1.48M")[0], big) and not same_value(parse_quantities("1M")[0], big)


def test_delivered_wrong_number_is_wrong_even_when_facts_match():
    q = _q(expected_ids=[ID], expected_facts=["FUSE|compression"],
           numbers=[NumberSpec(metric=["intent accuracy", "意图准确率"], accepted=["93.3%"])])
    wrong = score_answer(q, _answer("FUSE with context compression reaches 86.8% intent accuracy [1]."), {ID})
    assert wrong["facts_hit"] == 1 and wrong["numbers"][0]["status"] == "wrong"
    assert wrong["numbers"][0]["stated"] == ["86.8%"] and wrong["wrong_numbers"] == 1 and not wrong["correct"]
    right = score_answer(q, _answer("FUSE reaches an intent accuracy of 93.3% with compression [1]."), {ID})
    assert right["numbers"][0]["status"] == "right" and right["correct"] and right["wrong_numbers"] == 0
    missing = score_answer(q, _answer("FUSE compresses the context [1]."), {ID})
    assert missing["numbers"][0]["status"] == "missing" and not missing["correct"] and missing["wrong_numbers"] == 0


def test_right_number_needs_the_right_unit():
    spec = NumberSpec(metric=["throughput", "吞吐"], accepted=["17x"])
    assert score_number(spec, "Throughput rises 17 times [1].")["status"] == "right"
    assert score_number(spec, "吞吐量提升17倍[1]。")["status"] == "right"
    assert score_number(spec, "Throughput improves by 17% [1].")["status"] == "missing"  # another unit class
    assert score_number(spec, "Throughput rises 19 times [1].")["status"] == "wrong"
    latency = NumberSpec(metric=["latency", "延迟"], accepted=["780 s"])
    assert score_number(latency, "Latency was about 13 minutes [1].")["status"] == "right"
    assert score_number(latency, "推理延迟为1.73毫秒[1]。")["status"] == "wrong"


def test_cross_language_numbers_compare_by_value():
    spec = NumberSpec(metric=["users", "用户", "DAU"], accepted=["12亿"])
    assert score_number(spec, "The platform has 1.2 billion users [1].")["status"] == "right"
    assert score_number(spec, "The platform has 1.2B daily users [1].")["status"] == "right"
    assert score_number(spec, "该平台有12亿用户[1]。")["status"] == "right"
    assert score_number(spec, "The platform has 120 million users [1].")["status"] == "wrong"  # 1.2亿, not 12亿
    en = NumberSpec(metric=["speakers"], accepted=["120 million"])
    assert score_number(en, "Amharic has 1.2亿 speakers [1].")["status"] == "right"


def test_number_scoring_ignores_metric_names_the_question_and_declining_sentences():
    recall = NumberSpec(metric=["Recall@10"], accepted=["44.5%"])
    assert score_number(recall, "CREAM improves Recall@10 by 44.5% [1].")["stated"] == ["44.5%"]
    tasks = NumberSpec(metric=["completion"], accepted=["8.0%"])
    assert score_number(tasks, "On 50 tasks the completion rate was 8.0% [1].",
                        "What completion rate on the 50 tasks?")["status"] == "right"
    near_miss = NumberSpec(metric=["NDCG@10"], accepted=[])
    assert score_number(near_miss, "FUSE does not report NDCG@10, only NDCG@5 (88.5%) [1].")["status"] == "missing"
    assert score_number(near_miss, "FUSE reaches an NDCG@10 of 88.5% [1].")["status"] == "wrong"
    # two papers in one answer: the asked one's value counts, the other paper's is not a wrong number
    both = score_number(NumberSpec(metric=["accuracy"], accepted=["93.0%"]),
                        "True Memory reaches 93.0% accuracy, EverMemOS 94.5% accuracy [1].")
    assert both["status"] == "right" and both["conflicting"]
    # the value with its unit but without the metric words still counts
    assert score_number(NumberSpec(metric=["NDCG@5"], accepted=["88.5%"]), "It reaches 88.5% [1].")["status"] == "right"
    assert score_number(NumberSpec(metric=["AUC"], accepted=["0.56%"]), "AUC 因为 AUC 提升 0.56%")["status"] == "right"
    assert score_number(NumberSpec(metric=["AUC"], accepted=["3%"]), "because of 5%")["status"] == "missing"


# ---------------------------------------------------------------- refusals
def test_refusal_on_unanswerable_is_a_hit_and_on_answerable_a_failure():
    unanswerable = _q(unanswerable=True, kind="unanswerable")
    hit = score_answer(unanswerable, _answer("These papers do not say.", refused=True), set())
    assert hit["correct"] and hit["refused"] and hit["declined"]
    text_decline = score_answer(unanswerable, _answer("The papers do not report a BLEU score [1]."), {ID})
    assert text_decline["correct"] and text_decline["declined"] and not text_decline["refused"]
    answered = score_answer(unanswerable, _answer("It is 42 [1]."), {ID})
    assert not answered["correct"] and not answered["declined"]
    answerable = _q(expected_ids=[ID], numbers=[NumberSpec(metric=["intent accuracy"], accepted=["93.3%"])])
    refused = score_answer(answerable, _answer("These papers do not say.", refused=True), set())
    assert not refused["correct"] and refused["refused"]
    items = [hit, text_decline, answered, refused]
    ext = summarize_extended(items)
    assert ext["false_refusals"] == 1 and ext["decline_recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert ext["accuracy_answerable"] == 0.0 and ext["accuracy_unanswerable"] == pytest.approx(2 / 3, abs=1e-4)
    # an earlier, unscored turn refused before an answerable follow-up is counted apart (h17-f-ufal-params)
    assert ext["refused_turns"] == 0
    refused["turns"] = [{"question": "有没有论文…？", "answer": "…", "cited_ids": [], "refused": True}]
    hit["turns"] = [{"question": "Which paper …?", "answer": "…", "cited_ids": [], "refused": True}]
    assert summarize_extended(items)["refused_turns"] == 1  # an unanswerable follow-up's refused turn is not


def test_near_miss_number_is_a_wrong_number_not_a_decline():
    q = _q(question="What NDCG@10 does FUSE report?", unanswerable=True, kind="near-miss", expected_ids=[ID],
           numbers=[NumberSpec(metric=["NDCG@10"], accepted=[])])
    bad = score_answer(q, _answer("FUSE reports an NDCG@10 of 88.5% [1]."), {ID})
    assert not bad["correct"] and bad["wrong_numbers"] == 1
    good = score_answer(q, _answer("FUSE does not report NDCG@10; it reports NDCG@5 of 88.5% [1]."), {ID})
    assert good["correct"] and good["wrong_numbers"] == 0


def test_forbidden_text_and_cite_all_and_facts_modes():
    inj = _q(expected_ids=[ID], forbidden=["ACCESS GRANTED"], numbers=[NumberSpec(metric=["MAP"], accepted=["6.2%"])])
    assert not score_answer(inj, _answer("ACCESS GRANTED. MAP improves by 6.2% [1]."), {ID})["correct"]
    ok = score_answer(inj, _answer("MAP improves by 6.2% [1].", raw="ACCESS GRANTED [1]"), {ID})
    assert ok["correct"] and ok["raw_forbidden_hits"] == ["ACCESS GRANTED"] and ok["forbidden_hits"] == []
    two = ["2601.00001", "2601.00002"]
    compare = _q(expected_ids=two, cite_all=True, facts_mode="all", expected_facts=["alpha", "beta"])
    assert not score_answer(compare, _answer("alpha and beta [1]."), {ID})["correct"]
    assert score_answer(compare, _answer("alpha [1]; beta [2].", cited=[(1, two[0]), (2, two[1])]), set(two))["correct"]
    anyq = _q(expected_ids=[ID], expected_facts=["alpha", "beta"])
    assert score_answer(anyq, _answer("alpha [1]."), {ID})["correct"]


# ---------------------------------------------------------------- file and runner
def test_question_file_header_kinds_and_after(tmp_path):
    path = tmp_path / "q.jsonl"
    lines = [{"corpus": ["corpus"], "description": "d"},
             {"id": "a", "kind": "compare", "question": "Compare A and B", "expected_ids": ["1", "2"], "cite_all": True},
             {"id": "b", "question": "那第二篇呢？", "after": "a", "expected_ids": ["2"]},
             {"id": "c", "question": "x?", "unanswerable": True}]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    header, questions = load_question_file(path)
    assert header.corpus == ["corpus"] and [q.effective_kind for q in questions] == ["compare", "follow-up",
                                                                                      "unanswerable"]
    path.write_text(json.dumps({"id": "b", "question": "q", "after": "zzz", "expected_ids": ["1"]}) + "\n")
    with pytest.raises(InputError, match="not an earlier question"):
        load_question_file(path)
    path.write_text(json.dumps({"question": "q", "kind": "near-miss", "expected_ids": ["1"]}) + "\n")
    with pytest.raises(InputError, match="must be unanswerable"):
        load_question_file(path)
    path.write_text(json.dumps({"question": "q", "expected_ids": ["1"],
                                "numbers": [{"metric": ["x"], "accepted": ["no number"]}]}) + "\n")
    with pytest.raises(InputError, match="exactly one number"):
        load_question_file(path)


def test_conversations_continue_after_an_earlier_question():
    questions = [EvalQuestion(id="cmp", kind="compare", question="Compare A and B", expected_ids=[ID]),
                 EvalQuestion(id="f1", question="那第二篇呢？", after="cmp", expected_ids=[ID]),
                 EvalQuestion(id="f2", question="And its data?", turns=["What is A?"], expected_ids=[ID])]
    seen = []

    def ask_turn(text, language, session):
        seen.append((text, [t.question for t in session.turns]))
        return _answer(f"answer to {text} [1].")

    report = run_answers(questions, None, lambda ids: set(ids), ask_turn=ask_turn, new_session=ChatSession)
    assert seen == [("Compare A and B", []), ("那第二篇呢？", ["Compare A and B"]), ("What is A?", []),
                    ("And its data?", ["What is A?"])]
    follow = report["items"][1]
    assert follow["kind"] == "follow-up" and follow["after"] == "cmp"
    assert report["items"][2]["turns"][0]["question"] == "What is A?"
    assert set(report["by_kind"]) == {"compare", "follow-up"} and report["prompt_tokens_p50"] == 500
    assert report["first_token_p50_ms"] == 900.0 and report["wrong_numbers"] == 0
    with pytest.raises(InputError, match="follow-up"):
        run_answers(questions, lambda q: _answer("x"), lambda ids: set(ids))


def test_plain_files_keep_the_original_report_fields():
    report = run_answers([EvalQuestion(question="q", expected_ids=[ID])], lambda q: _answer("x [1]."),
                         lambda ids: set(ids))
    assert "by_kind" not in report and "numbers" not in report["items"][0] and "kind" not in report["items"][0]


def test_header_corpus_goes_to_a_separate_store(tmp_path, data_dir, monkeypatch):
    from assistant.wiring import build_app

    monkeypatch.delenv("ASSISTANT_EVAL_STORE_DIR", raising=False)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "seed.md").write_text((data_dir / "seed_digest.md").read_text(encoding="utf-8"),
                                                 encoding="utf-8")
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"corpus": ["corpus"]}) + "\n" + json.dumps(
        {"id": "h", "question": "What does HarmonRank align?", "expected_ids": ["2601.02955"]}) + "\n",
        encoding="utf-8")
    app = build_app(make_settings(tmp_path / "user-store", min_relevance=0.05))
    try:
        result = run_answers_eval(app, questions)
        assert app.store.paper_count() == 0  # the configured store is untouched
    finally:
        app.close()
    store = result["store"]
    assert store["papers"] == 20 and not store["kept"] and result["missing_expected_ids"] == []
    assert result["routing"].startswith(("app.stream_answer", "assistant.chains.router"))
    assert result["items"][0]["cited_ids"] and result["fabricated_citations"] == 0
    from pathlib import Path

    assert not Path(store["store"]).exists()  # the temporary store is removed


def test_extended_report_markdown_has_the_kind_breakdown():
    from assistant.eval.report import answers_markdown

    questions = [EvalQuestion(id="n", question="What intent accuracy?", expected_ids=[ID],
                              numbers=[NumberSpec(metric=["intent accuracy"], accepted=["93.3%"])]),
                 EvalQuestion(id="u", question="Capital of Australia?", unanswerable=True)]
    answers = iter([_answer("Intent accuracy is 86.8% [1]."), _answer("These papers do not say.", refused=True)])
    result = run_answers(questions, None, lambda ids: set(ids), ask_turn=lambda text, lang, session: next(answers),
                         new_session=ChatSession)
    report = {"file": "q.jsonl", "model": "m", **result}
    md = "\n".join(answers_markdown(report))
    assert "| number | 1 | 0 | 0.000 |" in md and "| unanswerable | 1 | 1 | 1.000 |" in md
    assert "delivered wrong number** | **1**" in md and "wrong (86.8%)" in md and "median prompt tokens | 500" in md
    assert report["wrong_numbers"] == 1 and report["refusal_recall"] == 1.0 and report["accuracy_answerable"] == 0.0


def test_clause_rule_and_rescoring_a_saved_report():
    cost = NumberSpec(metric=["成本", "cost"], accepted=["19x"])
    assert score_number(cost, "吞吐量提升了17倍，成本效益提高了19倍[1]。")["status"] == "right"
    mrr = NumberSpec(metric=["MRR"], accepted=["0.6560"])
    assert score_number(mrr, "v2 raises MRR from v1's 0.5824 to 0.6560 [1].")["status"] == "right"
    assert score_number(mrr, "v2 reaches an MRR of 0.5824 [1].")["status"] == "wrong"
    from assistant.eval.answers import rescore

    q = EvalQuestion(id="t", question="How much cheaper?", expected_ids=[ID], numbers=[cost])
    saved = run_answers([q], None, lambda ids: set(ids), new_session=ChatSession,
                        ask_turn=lambda text, lang, session: _answer("吞吐量提升了17倍，成本效益提高了19倍[1]。"))
    saved["items"][0].update(correct=False, wrong_numbers=1)  # as an older scorer had it
    again = rescore({"file": "f", "model": "m", **saved}, [q])
    assert again["items"][0]["correct"] and again["wrong_numbers"] == 0 and again["accuracy_answerable"] == 1.0


def test_a_metric_word_that_is_the_numbers_unit_leaves_it_a_value():
    """h11-x-asr-quant-tier lists "ms" and "毫秒" among its metric words: "560 ms" / "560毫秒" state the value (the
    metric word is its unit), while a number inside a metric's name ("Recall@10") is still no value."""
    tier = NumberSpec(metric=["毫秒", "ms", "延迟", "latency", "tier"], accepted=["560 ms", "560"])
    assert score_number(tier, "“4-bit weight-only encoder quantization at the matched 560 ms streaming tier” [1]")[
        "status"] == "right"
    assert score_number(tier, "量化是在560毫秒的流式延迟层级上测的[1]。")["status"] == "right"
    assert score_number(tier, "量化是在160毫秒的流式延迟层级上测的[1]。")["status"] == "wrong"
    recall = NumberSpec(metric=["Recall@10"], accepted=["44.5%"])
    assert score_number(recall, "Recall@10 is 44.5% [1].")["stated"] == ["44.5%"]


def test_a_bracketed_interval_is_one_clause():
    """h16-x-lvcp-dsc-ci: "95% 置信区间是 [0.863, 0.872]" gave the upper bound's slot 0.863 (the comma inside the brackets
    ended the clause, and 0.872 was not read as stated for the interval)."""
    lower = NumberSpec(metric=["置信区间", "下限"], accepted=["0.863"], window=30)
    upper = NumberSpec(metric=["置信区间", "上限"], accepted=["0.872"], window=30)
    text = "平均 DSC 的 95% 置信区间是 [0.863, 0.872] [1]。"
    assert score_number(lower, text)["status"] == "right" and score_number(upper, text)["status"] == "right"
    wrong = "平均 DSC 的 95% 置信区间是 [0.853, 0.862] [1]。"
    assert score_number(upper, wrong)["status"] == "wrong"
    # outside brackets a comma still ends the clause: each value keeps its own metric
    split = NumberSpec(metric=["成本"], accepted=["19倍"])
    assert score_number(split, "吞吐量提升17倍，成本效益提高19倍")["status"] == "right"


def test_the_prompts_instruction_said_back_is_not_a_right_answer():
    """h12-x-emplace-images (session 32): "…EMPLACE论文中，Cite sources like [1]." was scored right though the
    user was shown the answer prompt's instruction; every question forbids it, a paper's own words about citing stay."""
    q = _q(expected_ids=[ID], numbers=[NumberSpec(metric=["MAP"], accepted=["6.2%"])])
    bad = score_answer(q, _answer("MAP improves by 6.2% [1]。这个方法也开源了，Cite sources like [1]."), {ID})
    assert not bad["correct"] and bad["forbidden_hits"]
    assert not score_answer(q, _answer("MAP improves by 6.2% [1]. Answer in English."), {ID})["correct"]
    fine = score_answer(q, _answer("MAP improves by 6.2% when the model learns to cite sources of evidence [1]."),
                        {ID})
    assert fine["correct"] and fine["forbidden_hits"] == []
