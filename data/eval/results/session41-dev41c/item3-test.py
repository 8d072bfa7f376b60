"""Session 41 (dev41c; session40-lead NEXT.md item 3): a topic of one concept made of a broad word and a narrow one
('curriculum learning', 手势识别, 目标计数) is the narrow word's field. A paper that names the narrow piece where it says
what it is about ('A Curriculum for ...', 微手势在线识别, 人群计数) but not the whole name is let in by a recall route
(`narrow.piece_in_focus`): only with the semantic topic check, above its stricter floor, after the papers the word
rules pass. Session 40's blind groups: 'curriculum learning' listed 1 of 7, 手势识别 2 of 6, 目标计数 1 of 3."""

from __future__ import annotations

from assistant.chains.digest import DigestRequest
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.narrow import piece_in_focus
from assistant.chains.digest.select import pick_papers
from assistant.chains.digest.topic import split_concepts
from assistant.chains.digest.topic_check import ROUTE_CHECK_MIN, TOPIC_CHECK_MIN, TopicCheck
from tests.chains.digest_cases import PROMPTS, StoreOf, paper, retrieving
from tests.chains.test_digest_routes_s39 import ScoreBook

RULES = paper("2606.09121", "Curriculum Learning for Small Reasoning Models",
              "We propose curriculum learning for small reasoning models, from easy to hard problems.")
PIECE = paper("2606.09122", "A Curriculum for Training Safety Judges",
              "Safety judges must grade harmful answers. We train them on reliable labels first and expressive ones "
              "later.")
PASSING = paper("2606.09123", "Safety Judges at Scale",
                "Safety judges must grade harmful answers. We train a judge on ten thousand labels. "
                "Its data follow no curriculum.")
POOL = [RULES, PIECE, PASSING]


def picked_ids(check) -> list[str]:
    request = DigestRequest(topic="curriculum learning", language="en", max_papers=8)
    selection = pick_papers(request, store=StoreOf(POOL), retriever_factory=retrieving(POOL), prompts_dir=PROMPTS,
                            topic_check=check)
    return [p.paper.arxiv_id for p in selection.picked]


def test_the_narrow_piece_in_focus_routes_a_paper_in_after_the_rules_papers():
    assert picked_ids(TopicCheck(model=ScoreBook({p.title: 0.9 for p in POOL}))) == [RULES.arxiv_id, PIECE.arxiv_id]


def test_without_the_check_or_below_its_stricter_floor_the_route_adds_nothing():
    assert picked_ids(None) == [RULES.arxiv_id]
    between = (TOPIC_CHECK_MIN["en"] + ROUTE_CHECK_MIN["en"]) / 2
    assert picked_ids(TopicCheck(model=ScoreBook({p.title: between for p in POOL}))) == [RULES.arxiv_id]


def test_a_chinese_narrow_piece_is_met_beside_another_task_word():
    """微手势在线识别 writes 手势 and 识别 apart: 手势识别 is not in it, 手势 (the narrow piece) is."""
    concept = split_concepts("手势识别", PROMPTS)[0]
    micro = paper("2606.09124", "Online Micro-Gesture Recognition with Adapters", "Micro gestures are subtle.",
                  tldr="本文提出一种用于微手势在线识别的适配器。")
    other = paper("2606.09125", "Sign Language Translation", "We translate sign language videos.",
                  tldr="本文提出手语翻译方法。")
    assert piece_in_focus(concept, PaperText.of(micro))
    assert not piece_in_focus(concept, PaperText.of(other))
