import pytest

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


# ------------------------------------------------------------------ issue 17, item 6: entries without an arXiv id
UPSTREAM_ENTRY = """### [{n}] [{title}]({url})
*{authors}*

Main category: cs.CL

TL;DR: {tldr}

<details>
  <summary>Details</summary>
{details}
</details>

"""
FORK_ENTRY = """### [{n}] [{title}]({url})
> *{title}的中文标题*

*{authors}* | **Main category: cs.CL**

**Keywords:** 关键词

> **TL;DR:** {tldr}

<details>
  <summary>Details</summary>

{details}

</details>

[⬆️ 返回分类顶部](#cscl) | [⬆️ 返回总目录](#toc)

---

"""


def _details(layout: str, method: str, abstract: str) -> str:
    bold = "**" if layout == "fork" else ""
    parts = []
    if method:
        parts.append(f"{bold}Method:{bold} {method}")
    if abstract:
        parts.append(f"{bold}Abstract:{bold} {abstract}")
    return "\n\n".join(parts)


def _digest(layout: str, entries: list[dict]) -> str:
    template = FORK_ENTRY if layout == "fork" else UPSTREAM_ENTRY
    header = "# AI-Enhanced arXiv Daily 2026-02-03\n\n<a id='cscl'></a>\n## cs.CL \n\n" if layout == "fork" else \
        "<div id=toc></div>\n\n# Table of Contents\n\n- [cs.CL](#cs.CL) [Total: 3]\n\n<div id='cs.CL'></div>\n\n" \
        "# cs.CL [[Back]](#toc)\n\n"
    return header + "".join(template.format(n=i, details=_details(layout, e.get("method", ""), e.get("abstract", "")),
                                            **{k: v for k, v in e.items() if k not in ("method", "abstract")})
                            for i, e in enumerate(entries, 1))


def _entry(title, url, tldr, method="", abstract="", authors="A. Author, B. Author"):
    return {"title": title, "url": url, "tldr": tldr, "method": method, "abstract": abstract, "authors": authors}


def _line_of(text: str, needle: str) -> int:
    return text[:text.index(needle)].count("\n") + 1


@pytest.mark.parametrize("layout", ["upstream", "fork"])
@pytest.mark.parametrize("bad_url", [
    "https://example.com/papers/fancy-model",  # another host
    "javascript:alert(document.cookie)",  # a script link (used to swallow the entry without a word)
    "https://evil.example/arxiv.org/abs/2602.00077",  # arXiv's path on another host
    "https://arxiv.org.evil.example/abs/2602.00077",
    "https://arxiv.org/list/cs.CL/new",  # arXiv, but no paper
    "",  # an empty link
])
def test_entry_without_arxiv_id_is_reported_and_never_merged(tmp_path, layout, bad_url):
    text = _digest(layout, [
        _entry("Paper A", "https://arxiv.org/abs/2602.00001", "甲论文提出了一个检索模型。"),
        _entry("Paper B elsewhere", bad_url, "乙论文的摘要。", method="乙论文的方法：对比学习。",
               abstract="B's abstract must not reach paper A."),
        _entry("Paper C", "http://arxiv.org/abs/2602.00003v2", "丙论文提出了一个排序模型。", method="丙的方法。",
               abstract="C's own abstract."),
    ])
    path = tmp_path / "2026-02-03.md"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    papers = {p.arxiv_id: p for p in result.papers}
    assert list(papers) == ["2602.00001", "2602.00003"]
    a, c = papers["2602.00001"], papers["2602.00003"]
    assert a.abstract == "" and a.summary.method == "" and "乙" not in a.summary.as_text()
    assert c.abstract == "C's own abstract." and c.summary.method == "丙的方法。"
    skipped = [s for s in result.skipped if not s.degraded]
    assert len(skipped) == 1
    assert skipped[0].file == str(path) and skipped[0].line == _line_of(text, "### [2]")
    assert "Paper B elsewhere" in skipped[0].reason and "no arXiv id" in skipped[0].reason


def test_heading_without_link_and_unnumbered_and_pdf_headings(tmp_path):
    text = _digest("upstream", [
        _entry("First", "https://arxiv.org/abs/2602.00011", "第一篇。", abstract="First abstract."),
    ]) + ("### [2] A heading with no link at all\n*X. Author*\n\nTL;DR: 不应合并。\n\nAbstract: Orphan abstract.\n\n"
          "### [Unnumbered heading](https://arxiv.org/abs/2602.00013)\n*Y. Author*\n\nTL;DR: 第三篇。\n\n"
          "Abstract: Third abstract.\n\n"
          "### [4] [PDF link](https://arxiv.org/pdf/2602.00014v3.pdf)\n*Z. Author*\n\nTL;DR: 第四篇。\n\n"
          "## Appendix\n\nAbstract: Text under another section is nobody's abstract.\n")
    path = tmp_path / "2026-02-04.md"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    papers = {p.arxiv_id: p for p in result.papers}
    assert list(papers) == ["2602.00011", "2602.00013", "2602.00014"]
    assert papers["2602.00011"].abstract == "First abstract."
    assert papers["2602.00013"].abstract == "Third abstract." and papers["2602.00013"].title == "Unnumbered heading"
    assert papers["2602.00014"].abstract == ""  # the text after "## Appendix" is not part of the entry
    skipped = [s for s in result.skipped if not s.degraded]
    assert [(s.line, "has no link" in s.reason) for s in skipped] == [(_line_of(text, "### [2]"), True)]


def test_very_long_link_in_a_heading_gives_a_short_reason(tmp_path):
    text = "# Daily 2026-02-05\n\n### [1] [Long](https://example.com/" + "x" * 50_000 + ")\nTL;DR: 长。\n"
    path = tmp_path / "2026-02-05.md"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.papers == [] and len(result.skipped) == 1
    assert len(result.skipped[0].reason) <= 300 and "not to arXiv" in result.skipped[0].reason


def test_hostile_headings_parse_in_linear_time(tmp_path):
    import time

    lines = ["# Daily 2026-02-06", "### [" + "](" * 60_000 + "x", "### [1]" + " " * 100_000 + "x",
             "### [a](" + ") " * 60_000 + ")", "### [2] [Fine](https://arxiv.org/abs/2602.00021)", "TL;DR: 好。"]
    path = tmp_path / "2026-02-06.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.monotonic()
    result = parse_file(path)
    assert time.monotonic() - started < 5
    assert [p.arxiv_id for p in result.papers] == ["2602.00021"]
    assert [s.line for s in result.skipped if not s.degraded] == [3, 4]
