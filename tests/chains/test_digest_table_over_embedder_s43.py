"""Session 43 (dev43b): the corpus table's term replaces the term the embedder found for an unknown Chinese concept
when more candidates write it, and at least three (`learned._table_over_embedder`). 大模型的时间推理 (the blind
forty-seventh group) learned 'contextualized time', a pair one candidate writes, while three write the table's
'temporal reasoning'; 自我进化 keeps the embedder's 'self-evolving', which more candidates write than 'self-evolution'."""

from assistant.chains.digest.concept import Concept
from assistant.chains.digest.learned import _table_over_embedder
from assistant.chains.digest.lexical import PaperText
from tests.chains.digest_cases import paper


def _texts(rows):
    return [PaperText.of(paper(f"{i}", title, abstract, tldr)) for i, (title, abstract, tldr) in enumerate(rows)]


def test_the_tables_term_more_candidates_write_replaces_the_embedders():
    texts = _texts([(f"Temporal Reasoning Benchmarks {i}", "We test temporal reasoning of LLMs over events.",
                     "本文研究大模型的时间推理。") for i in range(3)] +
                   [("Agents over Series", "A contextualized time series agent.", "本文研究时间序列智能体。")] +
                   [(f"Image Models {i}", "We train image models.", "本文研究图像。") for i in range(4)])
    concept = Concept(label="时间推理", forms=("时间推理",))
    assert _table_over_embedder(concept, texts, None, ("contextualized time",)) == ("temporal reasoning",)


def test_the_embedders_term_written_as_much_or_more_stays():
    texts = _texts([(f"Self-Evolving Agents {i}", "Self-evolving agents improve their own skills.",
                     "本文研究自我进化智能体。") for i in range(5)] +
                   [(f"Agent Self-Evolution {i}", "We study self-evolution of agents.", "本文研究智能体的自我进化。")
                    for i in range(3)])
    concept = Concept(label="自我进化", forms=("自我进化",))
    assert _table_over_embedder(concept, texts, None, ("self-evolving",)) == ("self-evolving",)
    assert _table_over_embedder(concept, texts, None, ()) == ()  # nothing from the embedder: the table comes later


def test_a_row_that_is_no_translation_both_ways_does_not_replace():
    """量化's row 'quantify' (recall 0.45) is a broader word than the concept: written by more candidates than the
    embedder's 'quantity', it still does not replace it (量化评估, review42's regression topics: 4 -> 15 listed)."""
    texts = _texts([(f"Measuring Models {i}", "We quantify how models behave.", "本文量化模型行为。")
                    for i in range(5)] + [("Quantity Estimation", "Quantity estimation of objects.", "本文研究数量估计。")])
    concept = Concept(label="量化", forms=("量化",))
    assert _table_over_embedder(concept, texts, None, ("quantity",)) == ("quantity",)
