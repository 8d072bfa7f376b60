"""Comparisons: name resolution, the table from the papers' own fields, a verified synthesis."""

import pytest

from assistant.chains.compare import compare, resolve_papers, split_names
from assistant.errors import InputError


def test_split_names():
    assert split_names("compare GCRank and HarmonRank") == ["GCRank", "HarmonRank"]
    assert split_names("比较GCRank和HarmonRank这两篇论文") == ["GCRank", "HarmonRank"]
    assert split_names("GCRank vs. HarmonRank, COFFEE") == ["GCRank", "HarmonRank", "COFFEE"]


def test_resolution_by_acronym_id_and_title(mock_seed_app):
    ids, missing = resolve_papers(["gcrank", "2601.02955", "COdesign Framework for Feature Enriched Embeddings"],
                                  mock_seed_app.store, mock_seed_app.retriever())
    assert ids == ["2601.02361", "2601.02955", "2601.02807"] and missing == []


def test_table_and_synthesis(mock_seed_app, scripted, scripted_llm):
    scripted.enqueue({"tokens": ["GCRank targets food delivery ads [1], ", "while HarmonRank targets live-streaming "
                                 "e-commerce [2]. It gains 99% [2]."]})
    result = compare("compare GCRank and HarmonRank", store=mock_seed_app.store,
                     retriever=mock_seed_app.retriever(), llm=scripted_llm, prompts_dir=mock_seed_app.settings.prompts_dir)
    assert [p.id for p in result.papers] == ["2601.02361", "2601.02955"]
    assert result.language == "en" and result.columns[0] == "Paper" and len(result.rows) == 2
    assert result.rows[0][0].startswith("[1] GCRank") and "generative framework" in result.rows[0][2]
    assert "| [2] HarmonRank |" in result.table_markdown
    assert "[1]" in result.synthesis and "[2]" in result.synthesis and "99%" not in result.synthesis


def test_chinese_comparison_uses_chinese_fields(mock_seed_app):
    result = compare("比较GCRank和HarmonRank", store=mock_seed_app.store, retriever=mock_seed_app.retriever(),
                     llm=None, prompts_dir=mock_seed_app.settings.prompts_dir)
    assert result.columns[1] == "问题/动机" and "生成式" in result.rows[0][2]
    assert "4亿日活" in result.rows[1][5]  # HarmonRank's deployment, from its own result field


def test_papers_about_topic_and_too_few(mock_seed_app):
    result = compare("compare papers about advertising ranking", store=mock_seed_app.store,
                     retriever=mock_seed_app.retriever(), llm=None, prompts_dir=mock_seed_app.settings.prompts_dir)
    assert 2 <= len(result.papers) <= 3
    with pytest.raises(InputError, match="at least two"):
        compare("compare GCRank and Zzyzxqwerty", store=mock_seed_app.store, retriever=mock_seed_app.retriever(),
                llm=None, prompts_dir=mock_seed_app.settings.prompts_dir)


def test_a_paper_named_with_na_pian_lun_wen_is_resolved(tmp_path):
    """'MedDistractQA 那篇论文' ('the MedDistractQA paper'): 那篇 (that one) is no describing word, so the name
    resolves like 'MedDistractQA' (corpus papers; the hash embedder gives dense search no say)."""
    from pathlib import Path

    from assistant.chains.compare import described_words
    from assistant.ingest import ingest_paths
    from assistant.wiring import build_app
    from tests.conftest import make_settings

    assert described_words("MedDistractQA 那篇论文") == {"meddistractqa"}
    assert described_words("讽刺检测这篇文章") == {"讽刺", "检测"}
    corpus = Path(__file__).resolve().parents[2] / "data" / "eval" / "corpus" / "dw-dengwei"
    app = build_app(make_settings(tmp_path))
    ingest_paths(app.store, [corpus / f"{day}_AI_enhanced_Chinese.jsonl" for day in ("2025-04-03", "2025-04-09")])
    names = split_names("讽刺检测超参数那篇论文和 MedDistractQA 那篇论文都在评测大语言模型。它们分别用什么数据做评测？")
    assert resolve_papers(names, app.store, app.retriever()) == (["2504.06166", "2504.01201"], [])
    # a search of the whole name, "那篇论文" included, may miss the paper; the name alone finds it
    retriever = app.retriever()
    search = retriever.search_papers
    retriever.search_papers = lambda query, k: [h for h in search(query, k + 4)
                                                if h.arxiv_id != "2504.01201" or query == "MedDistractQA"][:k]
    assert resolve_papers(["MedDistractQA 那篇论文"], app.store, retriever) == (["2504.01201"], [])
