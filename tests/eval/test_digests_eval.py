"""The digest eval (issue 16): a judged topic file -> precision@N, recall within the max, theme purity, overview
defects; `python -m assistant eval --digests`. A tiny store (16 real records of dw-dengwei 2026-06, copied into
tests/data/digest_eval), the hash embedder, and the scripted OpenAI server for overviews."""

import json

import pytest

from assistant.errors import InputError
from assistant.eval.digests import (
    load_topic_file,
    overview_checks,
    paper_names,
    score_selection,
    sentences_of,
    summarize_digests,
    theme_purity,
    unfinished,
)
from tests.conftest import cli_invoke

DATA = "tests/data/digest_eval"
HALLUCINATION = ["2605.31429", "2606.07647", "2606.00622", "2605.31312", "2605.30911"]  # judged on topic
ONE_CONCEPT = ["2606.04612", "2606.04436"]  # hallucination in NLU; a VLA without hallucination
MENTIONS_BOTH = ["2605.30745", "2606.05769"]  # a VLM that 'hallucinates' outliers; video MLLMs, hallucination in passing


# ---------------------------------------------------------------- scoring (pure)
def test_precision_is_over_the_listed_papers_and_recall_within_the_max():
    s = score_selection(["a", "b", "x"], ["a", "b", "c", "d"], max_papers=3)
    assert (s["precision"], s["recall"], s["off_topic_ids"]) == (0.6667, 0.6667, ["x"])
    assert score_selection(["a"], ["a"], max_papers=8)["recall"] == 1.0  # 'only 1' is complete
    assert score_selection(["a", "b"], ["a", "b", "c"], max_papers=20)["recall"] == 0.6667
    empty = score_selection([], ["a"], max_papers=8)
    assert empty["precision"] is None and empty["recall"] == 0.0


def test_theme_purity_counts_members_holding_a_term_and_leaves_other_out():
    themes = [{"name": "基准、证据", "named_by": "keywords", "items": [1, 2], "terms": ["基准", "证据"]},
              {"name": "Visual · Spatial", "named_by": "llm", "items": [3], "terms": []},
              {"name": "其他", "named_by": "other", "items": [4]}]
    texts = {1: "一个新的幻觉基准", 2: "对比解码", 3: "Spatial reasoning in VLMs", 4: ""}
    p = theme_purity(themes, texts)
    assert (p["members"], p["pure"], p["other"], p["purity"]) == (3, 2, 1, 0.6667)
    assert p["impure"] == [{"theme": "基准、证据", "item": 2}]


TITLES = {1: "YARD: Y-Architecture Register Decoding for Efficient Hallucination Mitigation in LVLMs",
          2: "MM-Snowball: Evaluating and Mitigating Hallucination Snowballing in Multimodal Multi-Turn Dialogue",
          3: "Steer Where It Matters: Token-Level Visual-Sensitivity Steering for LVLMs Hallucination Mitigation"}
TEXTS = {1: TITLES[1] + " 寄存器令牌替代视觉令牌构建退化分支，无需训练的对比解码，降低推理延迟",
         2: TITLES[2] + " 多轮对话中的幻觉雪崩基准，视觉锚定刷新与输出分布校正",
         3: TITLES[3] + " token级引导向量，按视觉敏感度自适应调整引导强度"}


def test_a_clean_overview_has_no_defect():
    text = ("YARD 用寄存器令牌构建退化分支做对比解码 [1]。MM-Snowball 评测多轮对话中的幻觉雪崩 [2]。"
            "第三篇按视觉敏感度调整 token 级引导强度 [3]。")
    check = overview_checks(text, TITLES, TEXTS)
    assert check["sentences"] == 3 and check["defects"] == 0, check["problems"]


@pytest.mark.parametrize("text, field", [
    ("YARD 用寄存器令牌构建退化分支 [1]。YARD 用寄存器令牌构建了退化分支 [1]。", "repeated"),
    ("MM-Snowball 评测多轮对话中的幻觉雪崩 [2]。YARD 将对比解码形式化为[1]", "unfinished_last"),
    ("MM-Snowball 评测多轮对话中的幻觉雪崩 [2]。YARD 用寄存器令牌构建退化分支，并", "unfinished_last"),
    ("YARD 用寄存器令牌构建退化分支做对比解码 [2]。", "name_mismatches"),  # issue 16: [2] cited for [1]'s content
    ("YARD and MM-Snowball both mitigate hallucination [1].", "name_mismatches"),  # names [2], does not cite it
    ("多轮对话中的幻觉雪崩基准，视觉锚定刷新与输出分布校正 [3]。", "misattributed"),  # [2]'s words under [3]
    ("三篇论文都研究幻觉 [1][4]。", "invalid_citations"),
])
def test_overview_defects_are_found(text, field):
    check = overview_checks(text, TITLES, TEXTS)
    assert check[field] and check["defects"] >= 1, check


def test_sentence_ends_and_names():
    assert sentences_of("A prunes tokens [1]. B merges them [2][3].\n\n中文句子 [1]。最后一句") == [
        "A prunes tokens [1].", "B merges them [2][3].", "中文句子 [1]。", "最后一句"]
    assert sentences_of("概述\n第一句 [1]。") == ["概述", "第一句 [1]。"]
    # a dot inside a name is not a sentence end (session 29: '提出了COLLEAGUE.SKILL，…[10]。' was two sentences, the
    # first naming the paper without its citation)
    assert sentences_of("提出了COLLEAGUE.SKILL，一个自动化框架[10]。Node.js 很快 [2].") == [
        "提出了COLLEAGUE.SKILL，一个自动化框架[10]。", "Node.js 很快 [2]."]
    assert sentences_of("Method A works [1].Method B fails [2].") == ["Method A works [1].", "Method B fails [2]."]
    assert not unfinished("用户行为建模 [2]") and not unfinished("The papers study ranking [2].")
    assert unfinished("该方法将问题形式化为[3]") and unfinished("The method is [2]")
    names = paper_names(TITLES, TEXTS)
    assert names[1] == ["YARD"] and names[2] == ["MM-Snowball"] and names[3] == []  # LVLMs is nobody's name


def test_summary_is_per_size():
    item = {"max_papers": 8, "papers": 2, "on_topic": 2, "precision": 1.0, "recall": 0.5, "only_note": True,
            "purity": {"members": 0, "pure": 0, "other": 0}, "overview": None, "error": None, "seconds": 1.5}
    overall = summarize_digests([item, {**item, "max_papers": 20, "papers": 4, "on_topic": 3, "precision": 0.75}])
    assert overall["8"]["precision"] == 1.0 and overall["20"]["precision"] == 0.75
    assert overall["8"]["topics_all_on_topic"] == 1 and overall["20"]["topics_all_on_topic"] == 0


def test_topic_file_errors(tmp_path):
    bad = tmp_path / "t.jsonl"
    bad.write_text('{"id": "a", "topic": "x", "relevant": []}\n{"id": "a", "topic": "y", "relevant": []}\n')
    with pytest.raises(InputError, match="duplicate id"):
        load_topic_file(bad)
    bad.write_text('{"corpus": []}\n')
    with pytest.raises(InputError, match="no topics"):
        load_topic_file(bad)
    bad.write_text('{"id": "a", "topic": "x", "relevant": ["1", "1"]}\n')
    with pytest.raises(InputError, match="twice"):
        load_topic_file(bad)


def test_the_shipped_topic_set_is_well_formed():
    """data/eval/topics.jsonl: >= 15 topics in both languages, most with two or more concepts, labels disjoint."""
    from assistant.settings import PROJECT_ROOT

    header, topics = load_topic_file(PROJECT_ROOT / "data" / "eval" / "topics.jsonl")
    assert len(topics) >= 15 and {t.language for t in topics} == {"zh", "en"}
    assert sum(len(t.concepts) >= 2 for t in topics) >= 10 and any(len(t.concepts) == 3 for t in topics)
    assert header.since == "2026-06-01" and header.until == "2026-06-10" and header.max_papers == [8, 20]
    for t in topics:
        assert t.relevant and not set(t.relevant) & set(t.rejected), t.id
        assert t.proposed == len(t.relevant) + len(t.rejected), t.id


# ---------------------------------------------------------------- end to end
def topic_file(tmp_path, data_dir) -> str:
    path = tmp_path / "topics.jsonl"
    rows = [{"corpus": [str(data_dir / "digest_eval")], "since": "2026-06-01", "until": "2026-06-10",
             "max_papers": [8]},
            {"id": "vlm-hallucination", "topic": "视觉语言模型的幻觉", "language": "zh",
             "concepts": ["视觉语言模型", "幻觉"], "relevant": HALLUCINATION},
            {"id": "gen-rec", "topic": "生成式推荐", "language": "zh", "relevant": ["2606.01352"]},
            {"id": "speculative", "topic": "speculative decoding", "language": "en",
             "relevant": ["2605.30580", "2606.00021", "2606.05742"]}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return str(path)


def test_eval_digests_without_the_llm(cli_env, tmp_path, data_dir):
    out = tmp_path / "out"
    result = cli_invoke("eval", "--digests", topic_file(tmp_path, data_dir), "--no-overview", "--json",
                        "--out", str(out))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["retrieval"] is None and report["answers"] is None  # --digests alone: digests only
    d = report["digests"]
    assert d["store"]["papers"] == 16 and d["missing_relevant_ids"] == [] and d["model"] is None
    items = {i["id"]: i for i in d["items"]}
    hallucination = items["vlm-hallucination"]
    ids = hallucination["ids"]
    assert not set(ids) & set(ONE_CONCEPT), ids  # one-concept decoys excluded by the selection
    assert hallucination["off_topic_ids"] == [i for i in ids if i not in HALLUCINATION]  # judged by the labels
    assert set(hallucination["off_topic_ids"]) <= set(MENTIONS_BOTH)
    assert hallucination["precision"] == round(hallucination["on_topic"] / len(ids), 4)
    assert hallucination["recall"] == hallucination["on_topic"] / 5 and hallucination["overview"] is None
    gen_rec = items["gen-rec"]
    assert gen_rec["ids"] == ["2606.01352"] and gen_rec["only_note"] and gen_rec["recall"] == 1.0
    assert "2606.10471" not in items["speculative"]["ids"]  # speculative *language*, not decoding
    overall = d["overall"]["8"]
    listed = sum(i["papers"] for i in d["items"])
    assert overall["topics"] == 3 and overall["precision"] == round(overall["on_topic"] / listed, 4)
    assert overall["overviews"] == 0
    md = (out / "eval-report.md").read_text(encoding="utf-8")
    assert "## Digests" in md and "precision@N" in md and "vlm-hallucination" in md


def test_eval_digests_checks_the_delivered_overview(cli_env, tmp_path, data_dir, scripted, monkeypatch):
    """The scripted model's sentences repeat, stop mid-clause and leave citations over: the digest keeps none of
    them and uses the papers' own lines instead, so the delivered overview has no defect, one sentence per paper,
    and the report says which sentences came from the lines."""
    monkeypatch.setenv("ASSISTANT_LLM_MODE", "openai")
    monkeypatch.setenv("ASSISTANT_LLM_BASE_URL", scripted.base_url)
    monkeypatch.setenv("ASSISTANT_LLM_API_KEY", "test")
    monkeypatch.setenv("ASSISTANT_DIGEST_LLM_RERANK", "off")  # the overview is the only LLM call
    scripted.default = {"tokens": ["FlowTime 用流式个性化先验做连续生成式观看时长预测 [1]。",
                                   "FlowTime 用流式个性化先验进行连续的生成式观看时长预测 [1]。 [1][2]",
                                   "它将观看时长预测形式化为[1]"]}
    result = cli_invoke("eval", "--digests", topic_file(tmp_path, data_dir), "--digest-topics", "gen-rec",
                        "--json", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    d = json.loads(result.stdout)["digests"]
    (item,) = d["items"]
    ov = item["overview"]
    opener = 1 if item["papers"] >= 2 else 0
    assert d["model"] and ov["sentences"] == item["papers"] + opener and ov["defects"] == 0, ov
    assert ov["bare_citations"] == 0 and ov["fallbacks"] == item["papers"]
    assert all("its line is used" in r for r in ov["dropped_by_checks"])
    assert d["overall"]["8"]["overviews"] == 1 and d["overall"]["8"]["overview_defects"] == 0
    assert d["overall"]["8"]["overview_fallbacks"] == item["papers"]


def test_eval_digests_rejects_unknown_topics_and_bad_sizes(cli_env, tmp_path, data_dir):
    path = topic_file(tmp_path, data_dir)
    result = cli_invoke("eval", "--digests", path, "--digest-topics", "nope", "--no-overview")
    assert result.exit_code == 1 and "no topic 'nope'" in result.stderr
    result = cli_invoke("eval", "--digests", path, "--digest-max", "eight", "--no-overview")
    assert result.exit_code == 1 and "--digest-max" in result.stderr
