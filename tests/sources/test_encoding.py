"""Issue 17, item 7: digests that are not UTF-8. A GBK, Big5 or Latin-1 file is read in its own encoding (and the
report says so) or refused as a whole; bytes that do not decode never become U+FFFD in a stored paper."""

from __future__ import annotations

import json
import random

import pytest

from assistant.sources import parse_file, parse_paths
from assistant.sources.text import FEW_BAD_BYTES, choose_decoding

ZH = {"tldr": "提出一种面向长文档的检索增强生成方法，显著降低幻觉。", "motivation": "现有方法在长文档上容易遗漏证据。",
      "method": "先分段检索，再用证据链约束解码。", "result": "在三个基准上准确率提升百分之五。",
      "conclusion": "证据链约束是降低幻觉的有效手段。"}
TITLE = "Evidence Chains for Long-Document RAG"


def md_digest(tldr: str = ZH["tldr"], method: str = ZH["method"], authors: str = "Wei Zhang, Li Na") -> str:
    return ("# AI-Enhanced arXiv Daily 2026-03-01\n\n# cs.CL [[Back]](#toc)\n\n"
            f"### [1] [{TITLE}](https://arxiv.org/abs/2603.00001)\n*{authors}*\n\nMain category: cs.CL\n\n"
            f"TL;DR: {tldr}\n\n<details>\n  <summary>Details</summary>\nMotivation: {ZH['motivation']}\n\n"
            f"Method: {method}\n\nResult: {ZH['result']}\n\nConclusion: {ZH['conclusion']}\n\n"
            "Abstract: We chain evidence across a long document before decoding.\n\n</details>\n\n"
            "### [2] [Second Paper](https://arxiv.org/abs/2603.00002)\n*Chen Jie*\n\nMain category: cs.IR\n\n"
            "TL;DR: 第二篇论文研究稠密检索的蒸馏。\n\n<details>\nMethod: 使用教师模型的排序分布进行蒸馏。\n\n"
            "Abstract: Distilling dense retrievers.\n</details>\n")


def jsonl_digest() -> str:
    records = [{"id": "2603.00001", "title": TITLE, "authors": ["Wei Zhang", "Li Na"], "categories": ["cs.CL"],
                "summary": "We chain evidence across a long document before decoding.", "AI": dict(ZH)},
               {"id": "2603.00002", "title": "Second Paper", "authors": ["Chen Jie"], "categories": ["cs.IR"],
                "summary": "Distilling dense retrievers.",
                "AI": {**ZH, "tldr": "第二篇论文研究稠密检索的蒸馏。", "method": "使用教师模型的排序分布进行蒸馏。"}}]
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"


def no_replacement_chars(result) -> None:
    for paper in result.papers:
        assert "\ufffd" not in paper.model_dump_json(), paper.arxiv_id


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "gb2312"])
@pytest.mark.parametrize("kind", ["md", "jsonl"])
def test_gbk_digest_is_decoded_and_noted(tmp_path, encoding, kind):
    text = md_digest() if kind == "md" else jsonl_digest()
    name = "2026-03-01.md" if kind == "md" else "2026-03-01_AI_enhanced_Chinese.jsonl"
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    result = parse_file(path)
    first = next(p for p in result.papers if p.arxiv_id == "2603.00001")
    assert first.summary.tldr == ZH["tldr"] and first.summary.method == ZH["method"]
    assert first.summary_usable and "AI summary is not in Chinese" not in first.summary_issues
    assert [p.arxiv_id for p in result.papers] == ["2603.00001", "2603.00002"]
    notes = [s for s in result.skipped if s.line == 0]
    assert len(notes) == 1 and notes[0].degraded and "decoded as GB18030" in notes[0].reason
    no_replacement_chars(result)


def test_big5_digest_is_decoded_as_big5(tmp_path):
    trad = {"tldr": "提出一種面向長文檔的檢索增強生成方法，顯著降低幻覺。", "method": "先分段檢索，再用證據鏈約束解碼。"}
    path = tmp_path / "2026-03-01.md"
    path.write_bytes(md_digest(tldr=trad["tldr"], method=trad["method"]).replace("第二篇论文研究稠密检索的蒸馏", "第二篇論文研究稠密檢索的蒸餾")
                     .replace("使用教师模型的排序分布进行蒸馏", "使用教師模型的排序分佈進行蒸餾")
                     .replace(ZH["motivation"], "現有方法在長文檔上容易遺漏證據。")
                     .replace(ZH["result"], "在三個基準上準確率提升百分之五。")
                     .replace(ZH["conclusion"], "證據鏈約束是降低幻覺的有效手段。").encode("big5"))
    result = parse_file(path)
    first = result.papers[0]
    assert first.summary_usable
    assert first.summary.tldr == ZH["tldr"]  # decoded right, then indexed as Simplified (as UTF-8 files are)
    notes = [s for s in result.skipped if s.line == 0]
    assert len(notes) == 1 and "decoded as Big5" in notes[0].reason
    no_replacement_chars(result)


def test_latin1_digest_keeps_accents(tmp_path):
    text = md_digest(authors="José Müller, Zoë Ångström, François Lefèvre").replace(
        "We chain evidence", "Our naïve café-style résumé of evidence: we chain evidence")
    # a Latin-1 file cannot hold the Chinese summary: it is the English-only case
    text = "".join(ch for ch in text if ord(ch) < 256)
    path = tmp_path / "2026-03-01.md"
    path.write_bytes(text.encode("latin-1"))
    result = parse_file(path)
    first = result.papers[0]
    assert first.authors == ["José Müller", "Zoë Ångström", "François Lefèvre"]
    assert first.abstract.startswith("Our naïve café-style résumé")
    assert any(s.line == 0 and "Windows-1252" in s.reason for s in result.skipped)
    no_replacement_chars(result)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_byte_order_marks(tmp_path, encoding):
    path = tmp_path / "2026-03-01_AI_enhanced_Chinese.jsonl"
    path.write_bytes(jsonl_digest().encode(encoding))  # PowerShell's `>` writes UTF-16 with a BOM
    result = parse_file(path)
    assert [p.arxiv_id for p in result.papers] == ["2603.00001", "2603.00002"]
    assert result.papers[0].summary.tldr == ZH["tldr"]
    assert not [s for s in result.skipped if s.line == 0]  # a BOM is unambiguous: nothing to note
    no_replacement_chars(result)


def test_utf16_without_bom(tmp_path):
    path = tmp_path / "2026-03-01.md"
    path.write_bytes(md_digest().encode("utf-16-le"))
    result = parse_file(path)
    assert result.papers[0].summary.tldr == ZH["tldr"]
    assert any("decoded as UTF-16-LE" in s.reason for s in result.skipped)


def test_undecodable_file_is_refused_as_a_whole(tmp_path):
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(200_000))
    for name in ("2026-03-02.md", "2026-03-02_AI_enhanced_Chinese.jsonl"):
        path = tmp_path / name
        path.write_bytes(data)
        _, result = parse_paths([path])
        assert result.papers == []
        assert [(s.line, s.degraded) for s in result.skipped] == [(0, False)]
        assert "not UTF-8" in result.skipped[0].reason and "Save it as UTF-8" in result.skipped[0].reason


def test_mojibake_candidates_are_not_accepted():
    gbk = md_digest().encode("gbk")
    assert choose_decoding(gbk, True).codec == "gb18030"
    # GBK is never taken for Big5 or Windows-1252, Big5 never for GBK
    big5 = "### [1] [標題](https://arxiv.org/abs/2603.00001)\nTL;DR: 我們提出了一種新的方法來提高大語言模型的推理能力。\n"
    assert choose_decoding(big5.encode("big5"), True).codec == "big5"
    latin = ("Plain text by José Müller about naïve cafés and façades. " * 4).encode("latin-1")
    assert choose_decoding(latin, True).codec == "cp1252"
    # a handful of stray bytes in ASCII: damaged UTF-8 (the affected records are skipped), no guessing
    assert choose_decoding(b"ascii " * 50 + b"\xff" * FEW_BAD_BYTES, True).codec == "utf-8"


def test_damaged_utf8_skips_only_the_damaged_records(tmp_path):
    good = jsonl_digest().encode()
    line = json.dumps({"id": "2603.00009", "title": "Damaged", "summary": "s", "AI": ZH}, ensure_ascii=False)
    damaged = line.encode().replace("检索".encode(), "检".encode() + b"\xe7\xb4")  # a cut multibyte character
    path = tmp_path / "2026-03-03_AI_enhanced_Chinese.jsonl"
    path.write_bytes(good + damaged + b"\n")
    result = parse_file(path)
    assert [p.arxiv_id for p in result.papers] == ["2603.00001", "2603.00002"]
    assert [(s.line, "not valid UTF-8" in s.reason) for s in result.skipped] == [(3, True)]
    no_replacement_chars(result)

    md = md_digest().encode().replace("第二篇".encode(), b"\xff\xfe")
    path = tmp_path / "2026-03-03.md"
    path.write_bytes(md)
    result = parse_file(path)
    assert [p.arxiv_id for p in result.papers] == ["2603.00001"]
    skipped = [s for s in result.skipped if not s.degraded]
    assert len(skipped) == 1 and "not valid UTF-8" in skipped[0].reason and "entry skipped" in skipped[0].reason
    assert skipped[0].line == md.decode("utf-8", "replace").split("\n").index(
        "### [2] [Second Paper](https://arxiv.org/abs/2603.00002)") + 1
    no_replacement_chars(result)


def test_encoded_lone_surrogate_is_treated_like_the_json_escape(tmp_path):
    # ED A0 80 is how a writer that thinks in UTF-16 encodes an unpaired surrogate: U+FFFD, as `"\ud800"` gives
    path = tmp_path / "2026-03-04_AI_enhanced_Chinese.jsonl"
    line = json.dumps({"id": "2603.00010", "title": "Bad \ud800 title", "summary": "s", "AI": ZH}, ensure_ascii=False)
    path.write_bytes(line.encode("utf-8", "surrogatepass") + b"\n")
    result = parse_file(path)
    assert [p.title for p in result.papers] == ["Bad \ufffd title"]


def test_encoding_note_is_listed_even_in_a_full_report(tmp_path):
    from assistant.types import MAX_REPORTED_SKIPS

    lines = [json.dumps({"id": f"2603.{i:05d}", "title": f"第{i}篇：面向长文档的检索增强生成", "summary": "Abstract.",
                         "AI": {}}, ensure_ascii=False) for i in range(MAX_REPORTED_SKIPS + 10)]  # all degraded
    path = tmp_path / "2026-03-05_AI_enhanced_Chinese.jsonl"
    path.write_bytes("\n".join(lines).encode("gbk"))
    result = parse_file(path)
    assert len(result.papers) == MAX_REPORTED_SKIPS + 10 and result.papers[3].title.startswith("第3篇：面向长文档")
    assert len(result.skipped) == MAX_REPORTED_SKIPS and result.skipped_total == MAX_REPORTED_SKIPS + 11
    assert any(s.line == 0 and "decoded as GB18030" in s.reason for s in result.skipped)
