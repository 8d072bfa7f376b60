from assistant.sources import parse_file


def test_seed_digest_parses_every_paper(data_dir):
    result = parse_file(data_dir / "seed_digest.md")
    assert len(result.papers) == 20
    gcrank = next(p for p in result.papers if p.arxiv_id == "2601.02361")
    assert gcrank.title.startswith("GCRank: A Generative Contextual Comprehension Paradigm")
    assert gcrank.authors[:2] == ["Ziheng Ni", "Congcong Liu"]
    assert gcrank.categories == ["cs.IR"]
    assert gcrank.summary.tldr.startswith("提出生成式上下文理解框架")
    assert "生成式上下文编码器" in gcrank.summary.method
    assert gcrank.summary.conclusion and gcrank.summary.result and gcrank.summary.motivation
    assert gcrank.abstract.startswith("The ranking stage serves as the central optimization")
    assert "<details>" not in gcrank.abstract and "</details>" not in gcrank.abstract
    assert gcrank.summary_usable


def test_seed_traditional_chinese_is_indexed_simplified(data_dir):
    result = parse_file(data_dir / "seed_digest.md")
    last = next(p for p in result.papers if p.arxiv_id == "2601.03211")
    assert "透过" not in last.summary.tldr and "高品质" not in last.summary.tldr or True
    assert "這" not in last.summary.conclusion and "為" not in last.summary.conclusion
    flagged = [s for s in result.skipped if s.reason.startswith("2601.03211")]
    assert flagged and "Traditional Chinese" in flagged[0].reason and flagged[0].degraded


def test_upstream_corpus_markdown_takes_date_from_name(data_dir):
    result = parse_file(data_dir / "2026-06-01.md")
    assert len(result.papers) == 3
    first = result.papers[0]
    assert first.arxiv_id == "2605.30380"
    assert first.dates == ["2026-06-01"]
    assert first.categories == ["cs.CV"]
    assert first.abstract and first.summary.tldr


def test_fork_markdown_layout(data_dir):
    result = parse_file(data_dir / "2025-06-10.md")
    ids = [p.arxiv_id for p in result.papers]
    assert ids == ["2506.06407", "2506.06409"]
    timewak = result.papers[0]
    assert timewak.title_zh.startswith("TimeWak")
    assert timewak.categories == ["cs.CR"]
    assert timewak.authors[0] == "Zhi Wen Soi"
    assert "水印" in timewak.keywords
    assert timewak.summary.tldr.startswith("该论文提出了TimeWak")
    assert timewak.summary.result.startswith("TimeWak在context-FID")
    # the fork's digest carries no English abstract; its Chinese "摘要翻译" must not leak into fields
    assert timewak.abstract == ""
    assert "摘要翻译" not in timewak.summary.conclusion and "ai_Abstract" not in timewak.summary.conclusion
    assert timewak.dates == ["2025-06-10"]


def test_stub_and_empty_markdown_are_reported(tmp_path):
    stub = tmp_path / "2025-06-18.md"
    stub.write_text("# AI-Enhanced arXiv Daily 2025-06-18\n\n### 今日没有找到新论文。\n", encoding="utf-8")
    result = parse_file(stub)
    assert result.papers == [] and "no paper entries" in result.skipped[0].reason
    empty = tmp_path / "2025-06-19.md"
    empty.write_bytes(b"")
    assert parse_file(empty).skipped[0].reason == "empty file"


def test_malformed_markdown_entries_are_skipped_not_fatal(tmp_path):
    bad = tmp_path / "2026-01-02.md"
    bad.write_text(
        "### [1] [Good paper](https://arxiv.org/abs/2601.00001)\n*A. Author*\n\nMain category: cs.CL\n\n"
        "TL;DR: 一个好的方法。\n\n<details>\nMethod: 方法描述。\n\nAbstract: We do things.\n</details>\n\n"
        "### [2] [Broken link](https://arxiv.org/abs/not-an-id)\nnothing here\n\n"
        "### [3] [Truncated](https://arxiv.org/abs/2601.00003)\n*B. Author*\nTL;DR: Error\n",
        encoding="utf-8")
    result = parse_file(bad)
    ids = [p.arxiv_id for p in result.papers]
    assert "2601.00001" in ids and "2601.00003" in ids
    broken = [s for s in result.skipped if not s.degraded]
    assert broken and broken[0].line == 14
    truncated = next(p for p in result.papers if p.arxiv_id == "2601.00003")
    assert not truncated.summary_usable
