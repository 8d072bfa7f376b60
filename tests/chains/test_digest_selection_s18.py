"""Session 18, from the study of the tenth topic group (blind: precision 0.80, recall 0.17, five of six digests
empty): a paper that names the whole topic where it says what it is about is about it ('In the fair allocation of
indivisible goods, …')."""

from tests.chains.digest_cases import cover, on_topic, paper


# ---------------------------------------------------------------- the topic stated as a phrase
def test_a_paper_that_opens_with_the_whole_topic_is_about_it():
    """2606.02233 opens 'In the fair allocation of indivisible goods, …' and names the goods once: the recurrence
    rule (each concept in the title or in two sentences) left it out."""
    opening = paper("1", "Optimizing the Envy Cycle Elimination Algorithm",
                    "In the fair allocation of indivisible goods, a widely used notion of fairness is EF1. "
                    "A classical way to compute an EF1 allocation is the envy cycle elimination algorithm.")
    claimed = paper("2", "Improved Approximation Guarantees for Groupwise Maximin Share Fairness",
                    "Maximin share fairness is demanding. We study the problem of fairly allocating a set of "
                    "indivisible goods to agents with additive valuations.")
    concepts, covered = cover("fair allocation of indivisible goods", opening, claimed)
    assert len(concepts) == 2
    assert all(c.stated and on_topic(concepts, c) for c in covered)


def test_concepts_named_apart_in_an_opening_sentence_do_not_state_the_topic():
    """Background openings name a topic's concepts apart ('LLMs have shown strong performance in … factual error
    detection'): measured, admitting those listed 12 off-topic papers in 10 judged topics."""
    background = paper("1", "AuditFraudBench: Benchmarking Audit Judgment",
                       "Large language models have shown strong performance in financial analysis and factual error "
                       "detection, yet their auditing ability remains underexplored. We release a benchmark.")
    concepts, (covered,) = cover("hallucination detection in large language models", background)
    assert not covered.stated
    # the topic's words in order, one other word inside at most
    far = paper("2", "Allocation", "Fair division rules allocate many kinds of goods, some indivisible.")
    _, (covered,) = cover("fair allocation of indivisible goods", far)
    assert not covered.stated


def test_a_chinese_topic_is_stated_as_itself():
    on = paper("1", "Semantic Communication with Diffusion", "We design a channel code.",
               tldr="本文研究语义通信中的信道编码。").model_copy(update={"title_zh": "语义通信中的信道编码：扩散方法"})
    _, (covered,) = cover("语义通信中的信道编码", on)
    assert covered.complete and covered.stated
    # the TL;DR is no focus sentence
    _, (covered,) = cover("语义通信中的信道编码", on.model_copy(update={"title_zh": ""}))
    assert covered.complete and not covered.stated
