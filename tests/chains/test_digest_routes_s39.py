"""Issue 16, session 39: a recall route gated by the semantic topic check. A paper that names a concept other than the
topic's head once, in a focus sentence (the abstract's opening or a contribution sentence), fails the recurrence
clause of `Coverage.focused`; the focus route lets it in only when the topic check is there and the paper reads as the
topic above the stricter floor (`topic_check.ROUTE_CHECK_MIN`). Papers the word rules pass are unchanged."""

from pathlib import Path

import numpy as np

from assistant.chains.digest import DigestRequest, build_digest
from assistant.chains.digest.relevance import Coverage
from assistant.chains.digest.topic_check import ROUTE_CHECK_MIN, TOPIC_CHECK_MIN, TopicCheck
from assistant.types import ChineseSummary, Paper


def paper(arxiv_id, title, abstract, tldr="") -> Paper:
    return Paper(arxiv_id=arxiv_id, title=title, authors=["A. Author"], categories=["cs.IR"], dates=["2026-06-02"],
                 abstract=abstract, summary=ChineseSummary(tldr=tldr), summary_usable=bool(tldr))


class ScoreBook:
    """A stand-in for the E5 model: each paper (by title) scores what the test gives it against any topic."""

    def __init__(self, scores: dict[str, float]):
        self.scores = scores

    def query(self, texts):
        return np.array([[1.0, 0.0]] * len(texts), dtype=np.float32)

    def passage(self, texts):
        rows = []
        for text in texts:
            s = next(v for title, v in self.scores.items() if text.startswith(title))
            rows.append([s, (1 - s * s) ** 0.5])
        return np.array(rows, dtype=np.float32)


# the rules pass it: both concepts in the title
RULES = paper("2606.20001", "Generative Recommendation with Semantic IDs",
              "We study generative recommendation. Semantic IDs index the items a user may want next.")
# the focus route: the head (recommendation) in the title, 'generative' once, in the abstract's opening sentence
ROUTE = paper("2606.20002", "Session-Aware Recommendation at Scale",
              "We propose a generative model of user sessions that writes the next item token by token. "
              "On three public datasets it beats sequential baselines by a wide margin.")
# 'generative' once, deep in the abstract (no focus sentence): neither the rules nor the route
PASSING = paper("2606.20003", "Session-Aware Recommendation with Graphs",
                "We build a session graph for next-item prediction. A graph network reads it. "
                "Unlike generative baselines, it needs no decoding.")
PAPERS = [RULES, ROUTE, PASSING]


def digest_ids(app, check, topic="generative recommendation"):
    app.store.ingest(PAPERS)
    digest = build_digest(DigestRequest(topic=topic, language="en", max_papers=5), store=app.store,
                          retriever_factory=app.retriever, llm=None, embedder=app.embedder,
                          prompts_dir=Path(app.settings.prompts_dir), min_relevance=0.05, topic_check=check)
    return [p.id for p in digest.papers], digest


def test_focus_routed_is_the_recurrence_clause_met_by_a_focus_sentence_for_a_non_head_concept():
    once = Coverage(matched={"recommendation": "title", "generative": "abstract"}, similarity={}, complete=True,
                    together=False, mentions={"recommendation": 1, "generative": 1},
                    focus={"recommendation": True, "generative": True}, head="recommendation")
    assert not once.focused() and once.focus_routed()
    deep = Coverage(matched=once.matched, similarity={}, complete=True, together=False, mentions=once.mentions,
                    focus={"recommendation": True, "generative": False}, head="recommendation")
    assert not deep.focus_routed()
    head_once = Coverage(matched={"recommendation": "abstract", "generative": "title"}, similarity={}, complete=True,
                         together=False, mentions={"recommendation": 1, "generative": 1},
                         focus={"recommendation": True, "generative": True}, head="recommendation")
    assert not head_once.focus_routed()  # the head named once is not routed: the rules' 'claimed' clause owns it
    headless = Coverage(matched=once.matched, similarity={}, complete=True, together=False, mentions=once.mentions,
                        focus=once.focus, head=None)
    assert not headless.focus_routed()  # a topic without a head ('AI and the labor market'): every part is its subject
    three = Coverage(matched={**once.matched, "LLM": "title"}, similarity={}, complete=True, together=False,
                     mentions={**once.mentions, "LLM": 3}, focus={**once.focus, "LLM": True}, head="recommendation")
    assert not three.focus_routed()  # three concepts: the head and a broad one carry the check's score
    assert not Coverage(matched={"recommendation": "title", "generative": "title"}, similarity={}, complete=True,
                        together=False, focus={"recommendation": True, "generative": True},
                        head="recommendation").focus_routed()  # already focused: not a route paper


def test_without_the_check_the_route_adds_nothing(mock_app):
    ids, _ = digest_ids(mock_app, None)
    assert ids == [RULES.arxiv_id]


def test_the_route_adds_a_paper_that_reads_as_the_topic_above_the_stricter_floor(mock_app):
    book = ScoreBook({RULES.title: 0.82, ROUTE.title: 0.85, PASSING.title: 0.95})
    ids, digest = digest_ids(mock_app, TopicCheck(model=book))
    assert ids == [RULES.arxiv_id, ROUTE.arxiv_id]
    assert digest.left_out == {}


def test_a_routed_paper_between_the_two_floors_is_left_out_and_not_counted_as_left_out(mock_app):
    between = (TOPIC_CHECK_MIN["en"] + ROUTE_CHECK_MIN["en"]) / 2
    book = ScoreBook({RULES.title: between, ROUTE.title: between, PASSING.title: 0.95})
    ids, digest = digest_ids(mock_app, TopicCheck(model=book))
    assert ids == [RULES.arxiv_id]  # the rules' paper at the same score stays
    assert digest.left_out == {}
    assert not any("do not read as the topic" in note for note in digest.notes)


SPEAKERS = [
    paper("2606.10001", "Speaker Verification with Short Utterances", "We study speaker verification on short clips."),
    *[paper(f"2606.1000{n}", f"Speaker Diarization {n}", f"We segment meetings by speaker, setting {n}.")
      for n in range(2, 6)],
]


def test_a_digest_the_check_makes_short_still_names_what_the_candidates_write(mock_app):
    """Session 38's NEXT item 7: the 'only N' note's shorter names were worked out before the check, so a digest the
    check made short had none."""
    mock_app.store.ingest(SPEAKERS)
    book = ScoreBook({p.title: 0.5 for p in SPEAKERS})
    digest = build_digest(DigestRequest(topic="speaker verification", language="en", max_papers=1),
                          store=mock_app.store, retriever_factory=mock_app.retriever, llm=None,
                          embedder=mock_app.embedder, prompts_dir=Path(mock_app.settings.prompts_dir),
                          min_relevance=0.05, topic_check=TopicCheck(model=book))
    assert digest.papers == [] and digest.left_out == {"2606.10001": 0.5}
    assert digest.concept_written["speaker verification"] == {"speaker verification": 1, "speaker": 5}
    assert "5 write 'speaker'" in digest.notes[0]
