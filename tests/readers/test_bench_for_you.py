"""bench.for_you's own parts (no corpus needed): the metrics, the topic judge and the readers it simulates, on a
small store, with the product's ranking."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

from bench import for_you as bench


def test_metrics():
    ranking = ["a", "x", "b", "y"]
    relevant = {"a", "b", "c"}
    ideal = 1 + 1 / math.log2(3) + 1 / math.log2(4)
    assert bench.ndcg_at(ranking, relevant) == pytest.approx((1 + 1 / math.log2(4)) / ideal)
    assert bench.ndcg_at(["a", "b", "c"], relevant) == pytest.approx(1.0)
    assert bench.precision_at(ranking, relevant) == pytest.approx(0.2)
    assert bench.recall_at(ranking, relevant) == pytest.approx(2 / 3)
    assert bench.mrr(["x", "y", "b"], relevant) == pytest.approx(1 / 3) and bench.mrr([], relevant) == 0.0


def test_judge_prefixes_and_acronyms():
    seg = next(t for t in bench.TOPICS if t.name == "medical image segmentation")
    assert bench.on_topic_text("Tumor segmentation in MRI scans", seg)
    assert not bench.on_topic_text("Memory Organization and scene segmentation", seg)  # not 'organ'
    assert not bench.on_topic_text("CTR prediction with user segments", seg)  # 'CT' is a whole word
    assert bench.on_topic_text("Lung CT segmentation", seg) and bench._has("two VLMs", "VLM")
    category = next(t for t in bench.CATEGORY_TOPICS if t.category == "cs.GT")
    assert bench.on_topic(SimpleNamespace(categories=["cs.AI", "cs.GT"], title="", abstract=""), category)
    assert not bench.on_topic(SimpleNamespace(categories=["cs.AI"], title="game theory", abstract=""), category)
    names = [t.name for t in bench.ALL_TOPICS]
    assert len(names) == len(set(names)) and len(bench.ALL_TOPICS) >= 20


def test_simulated_readers_on_a_small_store(corpus_store_dir, tmp_path, monkeypatch):
    """One reader per topic on the readers' test day: likes from the earlier day, the later day held out, all
    four rankings scored by the product's code."""
    from tests.conftest import make_settings
    from tests.readers.conftest import DAY, OTHER_DAY

    monkeypatch.setattr(bench, "CUTOFF", OTHER_DAY)
    monkeypatch.setattr(bench, "DAYS", (DAY,))
    monkeypatch.setattr(bench, "LIKES", 1)
    from assistant.wiring import build_app

    app = build_app(make_settings(corpus_store_dir, readers_db=f"sqlite:///{tmp_path / 'r.sqlite3'}",
                                  readers_llm_score="off"))
    everything = bench.Topic("everything", "en", "channel estimation", judge=(("the",),))  # every paper
    run = bench.simulate(app, [everything, bench.Topic("cs.IT", "en", "information theory", category="cs.IT")])
    assert [r["topic"] for r in run["readers"]] == ["everything"]
    assert run["skipped"] == [{"topic": "cs.IT", "reason": "0 papers before the cutoff"}]  # cs.IT only on DAY
    (row,) = run["rows"]
    assert row["day"] == DAY and row["candidates"] == 26 and row["relevant"] == 26
    assert set(row["rankings"]) == {"interest", "likes", "blend", "blend_before", "bm25"}
    assert len(row["rankings"]["blend"]) == 26 and row["metrics"]["blend"]["ndcg10"] == pytest.approx(1.0)
    assert row["rankings"]["interest"][0] in {"2606.25420", "2606.25101"}  # a channel estimation paper first
    section = bench.report({"date": "d", "git": "g", "cpu": "c", "cores": 2, "ram_gib": 1, "python": "3"}, run,
                           {"papers": 28}, 0.0)
    assert f"| everything | words | {bench.half('everything')} | en | channel estimation |" in section
    assert "DEV readers" in section or "TEST readers" in section

    # the tuning's export reproduces the product's blend (interest fusion + min-max likes) offline
    (part,) = bench.export_parts(app, [everything])
    assert sorted(part["ids"]) == sorted(row["rankings"]["blend"]) and part["relevant"] == part["ids"]
    from assistant.readers.ranking import INTEREST_BM25_WEIGHT

    offline = bench.fused_ranking(part, INTEREST_BM25_WEIGHT, app.settings.rrf_k, 1.0, "minmax")
    assert offline[:5] == row["rankings"]["blend"][:5]
    assert bench.tune([part])[0][0] == pytest.approx(1.0)  # every paper relevant: any order is perfect


def test_dev_test_split_is_fixed_and_mixed():
    """Readers split by a hash of their name; each half holds topic and category readers."""
    halves = {t.name: bench.half(t.name) for t in bench.ALL_TOPICS}
    assert halves == {t.name: bench.half(t.name) for t in bench.ALL_TOPICS}  # deterministic
    for h in ("dev", "test"):
        assert {t.family for t in bench.ALL_TOPICS if halves[t.name] == h} == {"words", "category"}
    assert bench.half("medical image segmentation") in ("dev", "test")
