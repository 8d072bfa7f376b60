import json

from assistant.sources import parse_file, parse_paths


def test_early_task_era_and_duplicates(data_dir):
    result = parse_file(data_dir / "2025-03-19_AI_enhanced_Chinese.jsonl")
    # 5 lines, the last repeats the first: parse keeps both records, merging keeps one paper
    assert len(result.papers) == 5
    first = result.papers[0]
    assert first.arxiv_id == "2503.13531"
    assert first.summary.tldr.startswith("使用Stable Diffusion")  # from the `task` field
    assert first.dates == ["2025-03-19"]
    assert first.categories[0] == "cs.CV"
    assert "\n" not in first.abstract
    _, merged = parse_paths([data_dir / "2025-03-19_AI_enhanced_Chinese.jsonl"])
    assert len(merged.papers) == 4


def test_fork_schema(data_dir):
    result = parse_file(data_dir / "2025-06-28_AI_enhanced_Chinese.jsonl")
    perry = result.papers[0]
    assert perry.arxiv_id == "2506.20770"  # version suffix stripped from url-ish ids
    assert perry.categories == ["cs.CR"]
    assert perry.title_zh.startswith("Perry")
    assert perry.summary_usable
    assert perry.dates == ["2025-06-28"]


def test_fork_placeholders_flag_summary_but_keep_abstract(data_dir):
    result = parse_file(data_dir / "2025-06-08_AI_enhanced_Chinese.jsonl")
    assert len(result.papers) == 3 and result.papers[0].summary_usable
    assert result.papers[0].categories[0]  # `cate` becomes the primary category
    placeholders = [p for p in result.papers if not p.summary_usable]
    assert len(placeholders) == 2
    for p in placeholders:
        assert p.abstract  # the English abstract is still indexed
        assert "错误" not in p.summary.as_text()
    reasons = [s.reason for s in result.skipped]
    assert any("AI placeholder text" in r or "no usable Chinese summary" in r for r in reasons)


def test_fork_null_fields_and_md_jsonl_merge(data_dir):
    _, merged = parse_paths([data_dir / "2025-06-10.md", data_dir / "2025-06-10_AI_enhanced_Chinese.jsonl"])
    timewak = next(p for p in merged.papers if p.arxiv_id == "2506.06407")
    assert timewak.abstract.startswith("Synthetic time series")  # filled in from the JSONL
    assert timewak.title_zh and timewak.keywords
    assert timewak.dates == ["2025-06-10"]


def test_error_english_traditional_and_escapes(data_dir):
    result = parse_file(data_dir / "2025-05-19_AI_enhanced_Chinese.jsonl")
    trad = next(p for p in result.papers if p.arxiv_id == "2505.10836")
    assert trad.summary_usable and "這" not in trad.summary.as_text()
    errored = [p for p in result.papers if not p.summary_usable]
    assert errored and all(p.abstract for p in errored)
    esc = parse_file(data_dir / "2025-09-05_AI_enhanced_Chinese.jsonl").papers[0]
    assert "\\u" not in esc.summary.motivation
    assert esc.summary.tldr.count("基于") < 5  # runaway repetition collapsed
    assert esc.summary_usable


def test_malformed_records_report_file_line_reason(tmp_path):
    good = {"id": "2601.00001", "title": "T", "authors": ["A"], "categories": ["cs.CL"], "summary": "Abstract.",
            "AI": {"tldr": "中文摘要", "motivation": "动机", "method": "方法", "result": "结果", "conclusion": "结论"}}
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps([1, 2, 3]),
        json.dumps({"title": "no id"}),
        json.dumps({"id": "2601.00002", "title": 5, "summary": None, "authors": "X, Y", "AI": "oops"}),
        json.dumps({"id": "2601.00003", "title": "Deep", "summary": "s", "AI": {"tldr": {"nested": [1]}}}),
        "",
        json.dumps({"id": "2601.00004", "title": "LaTeX \\method leak", "summary": "We use \\emph{this}.",
                    "AI": {"tldr": "Summary generation failed"}}),
    ]
    path = tmp_path / "2026-01-05_AI_enhanced_Chinese.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = parse_file(path)
    ids = [p.arxiv_id for p in result.papers]
    assert ids == ["2601.00001", "2601.00002", "2601.00003", "2601.00004"]
    fatal = {(s.line, s.reason) for s in result.skipped if not s.degraded}
    assert {line for line, _ in fatal} == {2, 3, 4}
    assert any("invalid JSON" in r for _, r in fatal)
    latex = next(p for p in result.papers if p.arxiv_id == "2601.00004")
    assert latex.title == "LaTeX method leak" and latex.abstract == "We use this."
    assert not latex.summary_usable
    assert result.papers[1].authors == ["X", "Y"] and result.papers[1].title == "5"
    assert all(p.dates == ["2026-01-05"] for p in result.papers)


def test_invalid_utf8_does_not_crash(tmp_path):
    # A record with bytes that are not UTF-8 used to be stored with U+FFFD in its title; now it is skipped and
    # reported (issue 17, item 7: never store text from a wrong decode), and the other records still parse.
    path = tmp_path / "2026-01-06_AI_enhanced_Chinese.jsonl"
    path.write_bytes(b'{"id": "2601.00009", "title": "bad \xff\xfe bytes", "summary": "ok"}\n\xff\xff\n'
                     b'{"id": "2601.00010", "title": "good", "summary": "ok"}\n')
    result = parse_file(path)
    assert [p.arxiv_id for p in result.papers] == ["2601.00010"]
    fatal = [(s.line, s.reason) for s in result.skipped if not s.degraded]
    assert [line for line, _ in fatal] == [1, 2]
    assert "not valid UTF-8 (byte 0xFF at character 36)" in fatal[0][1]
