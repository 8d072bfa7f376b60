"""Session 40 (dev40b; session39-lead NEXT.md item 8): an acronym no glossary knows, typed as the topic ('BEV
perception'), also takes the long form its candidates define it by ("Bird's-Eye View (BEV)",
`lexical.defined_long_form`), so a paper that names it by the long form where it says what it is about is listed
(the forty-second group, blind: MB-Loc, 'Multi-planar Bird's-eye-view Localization', writes 'BEV' once, in a method
sentence, and was missed)."""

from __future__ import annotations

from assistant.chains.digest.lexical import PaperText, defined_long_form
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest.select import pick_papers
from tests.chains.digest_cases import PROMPTS, StoreOf, paper, retrieving

GRACE = paper("2605.30983", "Can BEV Perception Gracefully Degrade under Sensor Failures?",
              "Bird's-eye view (BEV) perception fuses cameras and LiDAR. We study how BEV models degrade.")
PETR = paper("2606.08680", "Distortion-Aware PETR for BEV Object Detection",
             "Multi-camera bird's-eye-view (BEV) detection assumes pinhole cameras. We present a fisheye-aware PETR.")
MBLOC = paper("2606.08744", "MB-Loc: Multi-planar Bird's-eye-view Localization in outdoor LiDAR scenes",
              "Global LiDAR localization is a fundamental task. To address these limitations, we present MB-Loc. "
              "Instead of 3D convolutions, we project the scan into a Multi-planar Bird's-Eye View (BEV) "
              "representation.")
OTHER = paper("2606.09201", "Bird Song Classification in the Wild",
              "We classify bird songs recorded by volunteers. We present a new dataset of songs.")


def test_the_long_form_two_candidates_define_is_learned():
    texts = [PaperText.of(p) for p in (GRACE, PETR, MBLOC)]
    assert defined_long_form("BEV", texts).lower().replace("-", " ") == "bird's eye view"
    assert defined_long_form("BEV", texts[:1]) is None  # one definition is not enough
    assert defined_long_form("perception", texts) is None  # not an acronym


def test_a_paper_naming_the_acronym_by_its_long_form_in_its_title_is_listed():
    """(On the bench store 'BEV perception' is read as 'BEV', its frame head 'perception' dropped: `readings.whole_or_pieces`.)"""
    pool = [GRACE, PETR, MBLOC, OTHER]
    request = DigestRequest(topic="BEV", language="en", max_papers=8)
    picked = pick_papers(request, store=StoreOf(pool), retriever_factory=retrieving(pool), prompts_dir=PROMPTS).picked
    assert {p.paper.arxiv_id for p in picked} == {"2605.30983", "2606.08680", "2606.08744"}
