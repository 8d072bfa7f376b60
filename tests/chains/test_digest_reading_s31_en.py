"""Session 31, English topic reading, from the twenty-fourth and twenty-fifth groups (measured blind in session 30, then
studied): a generic field word ('machine learning') required as a concept, and one subject under two names ('X and
Y', near-synonyms) read as two required concepts. Crafted cases, not the judged topics."""

from __future__ import annotations

from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.readings import ONE_SUBJECT_SIMILARITY, either_when_apart
from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, FixedEmbedder, cover, on_topic, paper


def test_a_method_family_related_to_another_part_is_no_concept():
    """'deep learning for X', 'machine learning on X', 'neural networks for X': X is the topic, the family of learned
    methods only says how it is studied. Coordinated with another part it stays a concept; alone it is the topic."""
    assert [c.label for c in split_concepts("deep learning for sea ice forecasting", PROMPTS)] == \
        ["sea ice forecasting"]
    assert [c.label for c in split_concepts("machine learning methods on spreadsheet data", PROMPTS)] == \
        ["spreadsheet data"]
    assert [c.label for c in split_concepts("neural networks for protein folding", PROMPTS)] == ["protein folding"]
    assert [c.label for c in split_concepts("machine learning and statistics", PROMPTS)] == \
        ["machine learning", "statistics"]
    # before a broad subject the family stays: 'machine learning for security' is no paper about any security
    assert [c.label for c in split_concepts("machine learning for security", PROMPTS)] == ["machine learning", "security"]
    # ... nor when the family is what the other part is about, not its means
    assert [c.label for c in split_concepts("verification of neural networks", PROMPTS)] == \
        ["verification", "neural networks"]
    assert [c.label for c in split_concepts("compilers for deep learning", PROMPTS)] == ["compilers", "deep learning"]
    assert [c.label for c in split_concepts("spreadsheet data with deep learning", PROMPTS)] == ["spreadsheet data"]
    assert [c.label for c in split_concepts("machine learning", PROMPTS)] == ["machine learning"]
    # a longer phrase that opens with a family keeps it as part of a term ('graph neural networks' is a kind of model)
    assert [c.label for c in split_concepts("graph neural networks for drug discovery", PROMPTS)][0] == \
        "graph neural networks"


def test_a_paper_on_the_object_need_not_name_the_method_family():
    """A sea-ice forecasting paper built on a neural transformer that never writes 'deep learning' is on topic; one
    that names no learned model at all (a physical model) is not: the subject keeps the family as its context."""
    on = paper("2606.00001", "Sea Ice Forecasting at Subseasonal Scales",
               "We propose a neural transformer for sea ice forecasting. Our forecasts beat persistence baselines.")
    off = paper("2606.00002", "Sea Ice Forecasting with a Coupled Ocean Model",
                "We propose a coupled ocean model for sea ice forecasting. Our forecasts beat persistence baselines.")
    concepts, covered = cover("deep learning for sea ice forecasting", on, off)
    assert len(concepts) == 1 and on_topic(concepts, covered[0]) and not covered[1].complete


def _text(n: str, title: str, abstract: str) -> PaperText:
    return PaperText.of(paper(n, title, abstract))


def _oversight_pool() -> list[PaperText]:
    """Candidates that name both sides often (the pool of a coordination is retrieved for both), and papers on each."""
    texts = [_text(f"1.{i}", f"Oversight and Supervision of AI Systems {i}",
                   "We study oversight of AI. AI supervision needs institutions.") for i in range(6)]
    texts += [_text(f"2.{i}", f"AI Oversight Boards {i}", "We propose AI oversight boards.") for i in range(4)]
    texts += [_text(f"3.{i}", f"Supervision of Frontier AI {i}", "We study the supervision of frontier AI.")
              for i in range(4)]
    return texts


def test_two_names_of_one_subject_are_read_as_either():
    """'AI oversight and supervision': the embedder puts the two parts as near as a term and its translation, so a
    paper on either is on topic, however many candidates name both; two parts the embedder keeps apart stay both
    asked for when the candidates name them together."""
    concepts = split_concepts("AI oversight and supervision", PROMPTS)
    assert [c.label for c in concepts] == ["oversight", "supervision"] and all(c.coordinated for c in concepts)
    near = FixedEmbedder({"oversight": [1.0, 0.0, 0.0], "supervision": [ONE_SUBJECT_SIMILARITY + 0.05,
                                                                       (1 - (ONE_SUBJECT_SIMILARITY + 0.05) ** 2) ** 0.5,
                                                                       0.0]})
    far = FixedEmbedder({"oversight": [1.0, 0.0, 0.0], "supervision": [0.2, 0.98, 0.0]})
    (either,) = either_when_apart(concepts, _oversight_pool(), near)
    assert {a.label for a in either.alternatives} == {"oversight", "supervision"}
    assert [c.label for c in either_when_apart(concepts, _oversight_pool(), far)] == ["oversight", "supervision"]
    assert [c.label for c in either_when_apart(concepts, _oversight_pool())] == ["oversight", "supervision"]


def test_the_shared_known_modifier_of_a_coordination_stays_with_each_part():
    """'AI oversight and supervision' is AI oversight and AI supervision: each part takes 'AI' as its context, named
    with it where the paper says what it is about. Supervision of a protein's folding, or oversight of a power grid,
    is not on topic, though either word is the subject's name."""
    concepts = split_concepts("AI oversight and supervision", PROMPTS)
    assert all("AI" in c.context and c.context_in_focus for c in concepts)
    (either,) = either_when_apart(concepts, _oversight_pool(), FixedEmbedder({"oversight": [1.0, 0.0, 0.0],
                                                                               "supervision": [1.0, 0.0, 0.0]}))
    on = paper("2606.00002", "Supervision of Frontier AI Labs", "We propose audits for the supervision of AI labs.")
    off = paper("2606.00003", "Supervision Signals for Protein Folding",
                "We propose weak supervision for protein folding. Our AI model folds proteins.")
    from assistant.chains.digest.relevance import coverage

    covered = coverage([either], [PaperText.of(on), PaperText.of(off)], topic="AI oversight and supervision")
    assert on_topic([either], covered[0]) and not covered[1].complete
    # no known modifier: nothing is shared ('knowledge graphs and RAG')
    assert all(not c.context for c in split_concepts("knowledge graphs and RAG", PROMPTS))


def test_a_hyphenated_compound_is_also_written_closed_or_with_the_digit():
    from assistant.chains.digest.concept import _compound_variants

    assert _compound_variants("neuro-symbolic") == ["neurosymbolic"]
    assert _compound_variants("photo-to-sketch") == ["photo2sketch"]
    assert _compound_variants("EEG-based") == [] and _compound_variants("on-device") == []  # no closed participle
    (concept,) = split_concepts("photo-to-sketch", PROMPTS)
    assert "photo2sketch" in concept.forms


def _sketch_pool(generating: bool = True) -> list[PaperText]:
    """Candidates of 'photo-to-sketch generation': papers on the compound (that generate sketches, or not), a few
    writing the whole phrase, papers that generate something else and papers that generate nothing."""
    verb = "We propose sketch generation with stroke priors." if generating else "We classify sketches by strokes."
    texts = [_text(f"1.{i}", f"Photo-to-Sketch Translation with Stroke Priors {i}",
                   f"We study photo-to-sketch translation. {verb}") for i in range(3)]
    texts += [_text("1.9", "Photo2Sketch: Learning Strokes", f"We propose Photo2Sketch for abstract sketches. {verb}")]
    texts += [_text(f"2.{i}", f"Photo-to-Sketch Generation {i}", "We propose photo-to-sketch generation.")
              for i in range(3 if generating else 1)]
    texts += [_text(f"3.{i}", f"Text Generation {i}", "We study text generation with LLMs.") for i in range(8)]
    texts += [_text(f"4.{i}", f"Image Classification {i}", "We study image classification.") for i in range(8)]
    return texts


def test_a_narrow_hyphenated_compound_before_a_broad_head_is_the_topic():
    """'photo-to-sketch generation': the compound is rare in papers at large and 'generation' is in a third of them, so
    the topic is read as the compound, whatever it is followed by (translation, the digit form), however often the
    candidates write the whole; a compound common at large ('multi-agent', 4 %) keeps its head."""
    from assistant.chains.digest.learned import translate_concepts

    concepts = split_concepts("photo-to-sketch generation", PROMPTS)
    (read,) = translate_concepts(concepts, _sketch_pool())
    assert read.label == "photo-to-sketch" and read.head
    covered = [c.complete for c in cover("photo-to-sketch generation", *(t.paper for t in _sketch_pool()),
                                         learn=True)[1]]
    assert covered[:7] == [True] * 7 and not any(covered[7:])
    # ... when the compound implies the head: where its papers name the head less than the others do (they classify
    # sketches), the head is the topic's task among the compound's and is not dropped
    assert [c.label for c in translate_concepts(concepts, _sketch_pool(generating=False))] != ["photo-to-sketch"]
    agents = split_concepts("multi-agent reasoning", PROMPTS)
    texts = [_text(f"4.{i}", f"Multi-Agent Debate {i}", "We study multi-agent debate.") for i in range(4)]
    texts += [_text(f"5.{i}", f"Reasoning Models {i}", "We study reasoning of LLMs.") for i in range(8)]
    assert [c.label for c in translate_concepts(agents, texts)] == ["multi-agent", "reasoning"]  # (as 'LLM creativity')

