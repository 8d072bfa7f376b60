"""Session 43 (lead; review43 findings on 7d21c16): the implied setting of a narrow head (`readings.phrase_apart`) is
taken only when its modifier is not a broad word and only one phrase is such a setting, and the head so made one
concept never takes the one-concept dense fallback (`select.dense_fallback_ok`), tested through `pick_papers`."""

from __future__ import annotations

from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest.select import pick_papers
from tests.chains.digest_cases import PROMPTS, StoreOf, cover, paper, retrieving

FILLER = [paper(f"2606.2{n:04d}", f"A study of graph learning number {n}",
                f"We train graph neural networks on benchmark {n}. Our solvers for routing problems are fast.")
          for n in range(60)]
SHAPLEY = paper("2606.03000", "Efficient Shapley Values for Feature Attribution",
                "We approximate Shapley values of input features with few model calls. Attributions are faithful.")
THESIS = paper("2606.03001", "Shapley Values Explain Multimodal Models",
               "This thesis studies Shapley values as explanations of multimodal models trained on data at scale.")


def test_a_broad_modifier_is_no_implied_setting():
    # 'data' is in a quarter of papers: the folded head would be Shapley values named beside any data (review43)
    concepts, _ = cover("Shapley values for data markets", SHAPLEY, THESIS, *FILLER, learn=True)
    assert "data markets" in [c.label for c in concepts]
    assert not any(c.implied_setting for c in concepts)


KALMAN = paper("2606.04000", "Robust Kalman Filters for Sensor Fusion",
               "We propose a Kalman filter robust to outliers. The filter tracks vehicles from noisy radar.")


def test_two_settings_are_neither_implied():
    # folding both kept only the last one's word: the task 'jam detection' was dropped unasked (review43)
    concepts, _ = cover("Kalman filters for jam detection in fulfillment centers", KALMAN, *FILLER, learn=True)
    labels = [c.label for c in concepts]
    assert "jam detection" in labels and not any(c.implied_setting for c in concepts)


HOMOLOGY = paper("2606.05000", "Persistent Homology of Point Clouds",
                 "We compute persistent homology of point clouds. Barcodes summarize topological features.")


def test_a_head_that_took_in_its_setting_lists_no_dense_neighbours():
    # the one persistent-homology paper writes no 'graph', so nothing covers the folded head, and the graph papers
    # dense retrieval brings are not on it (20 of them were listed, review42)
    pool = [HOMOLOGY, *FILLER]
    concepts, _ = cover("persistent homology for graph data", *pool, learn=True)
    assert [c.label for c in concepts] == ["persistent homology"] and concepts[0].implied_setting
    request = DigestRequest(topic="persistent homology for graph data", language="en", max_papers=8)
    picked = pick_papers(request, store=StoreOf(pool), retriever_factory=retrieving(pool), prompts_dir=PROMPTS).picked
    assert picked == []
