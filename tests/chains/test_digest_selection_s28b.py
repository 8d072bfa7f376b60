"""Session 28 (ranking and the relevance cut, over the 143 labelled topics of the 5b872cf topic file): the sentences
naming a concept are worked out once per paper (selection time), and a paper whose every concept recurs ranks above
one that names a concept in passing."""

from __future__ import annotations

from assistant.chains.digest import lexical
from assistant.chains.digest.concept import Concept
from assistant.chains.digest.lexical import PaperText, cooccur, first_row, mentions, naming_rows
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest.select import pick_papers
from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, StoreOf, paper, retrieving

ABSTRACT = ("Large language models (LLMs) translate well. We propose a vision-language agent for machine translation. "
            "Machine translation of speech is harder. Our language model baseline is weak. LLMs and MT are compared.")


def _one_by_one(concept: Concept, text: PaperText) -> set[int]:
    """The sentences naming the concept, asked of each sentence alone (a text of one sentence has no paper to ask)."""
    return {i for i, s in enumerate(text.sentences)
            if first_row(concept, PaperText(paper=None, sentences=[s])) is not None}


def test_naming_rows_are_the_sentences_that_name_the_concept_alone():
    """The rows worked out once per paper are the rows each sentence names alone, for every kind of form: glossary
    forms, a loose phrase, a Chinese form, and 'language model', whose match looks at the word before it ('a
    vision-language agent' names no language model) and so is never pre-checked on the joined text."""
    p = paper("1", "LLM-based Machine Translation", ABSTRACT, "本文研究大语言模型的机器翻译。")
    text = PaperText.of(p)
    concepts = split_concepts("LLM-based machine translation", PROMPTS) + split_concepts("language agents", PROMPTS)
    concepts.append(Concept(label="language model", forms=("language model",)))
    for concept in concepts:
        assert naming_rows(concept, text) == _one_by_one(concept, text), concept.label
    lm = concepts[-1]
    at = [s for _, s in text.sentences]
    assert naming_rows(lm, text) == {at.index("Large language models (LLMs) translate well."),
                                     at.index("Our language model baseline is weak.")}


def test_a_sentence_of_a_paper_answers_from_the_papers_rows(monkeypatch):
    """`PaperText.row(i)` asks its paper: the forms are matched once per paper and concept, not once per sentence and
    rule (mentions, focus, enumerations, one sentence naming all)."""
    p = paper("1", "LLM-based Machine Translation", ABSTRACT)
    text = PaperText.of(p)
    llm, mt = split_concepts("LLM-based machine translation", PROMPTS)
    expected = _one_by_one(mt, text)
    calls = []
    real = lexical._naming_rows
    monkeypatch.setattr(lexical, "_naming_rows", lambda c, t: calls.append(c.label) or real(c, t))
    assert mentions(mt, text) == len(expected) >= 3
    assert all((first_row(mt, text.row(i)) is not None) == (i in naming_rows(mt, text))
               for i in range(len(text.sentences)))
    assert cooccur([llm, mt], text)
    assert calls.count(mt.label) == 1 and calls.count(llm.label) == 1


def test_one_sentence_naming_every_concept_is_still_required():
    """`cooccur` from the rows: two concepts named in different sentences only are not named together."""
    llm, mt = split_concepts("LLM-based machine translation", PROMPTS)
    apart = PaperText.of(paper("2", "A Study", "LLMs are large. Machine translation is old."))
    together = PaperText.of(paper("3", "A Study", "LLMs are large. LLMs do machine translation."))
    assert not cooccur([llm, mt], apart) and cooccur([llm, mt], together)


def test_a_paper_naming_a_concept_in_passing_ranks_below_one_naming_it_again_and_again():
    """Both papers name 'LLM' and 'machine translation' in their titles and pass the cut; the first retrieved names
    them nowhere else (the image-generation paper listed 7th for 'LLM-based machine translation', judged off topic),
    the second in sentence after sentence: it comes first (`Coverage.recurrence`)."""
    passing = paper("2606.05816", "Emotion-Aware Image Generation from Korean Diary Text via LLM-based Prompt Translation",
                    "T2I models cannot capture sentiment from diaries. This paper proposes an emotion-aware "
                    "text-to-image pipeline that generates drawings from Korean diary entries.")
    about = paper("2606.00001", "Rewrite to Translate: LLM-based Machine Translation",
                  "LLMs now rival dedicated systems in machine translation. We propose a rewriting step for LLM "
                  "machine translation. Our LLM translates idioms better. Machine translation quality improves by 3 "
                  "points.")
    others = [paper(f"2606.0100{n}", f"Graph Coloring Heuristics {n}", "We color graphs.") for n in range(8)]
    pool = [passing, others[0], about, *others[1:]]  # retrieved third of ten
    request = DigestRequest(topic="LLM-based machine translation", language="en", max_papers=8)
    picked = pick_papers(request, store=StoreOf(pool), retriever_factory=retrieving(pool), prompts_dir=PROMPTS).picked
    assert [p.paper.arxiv_id for p in picked] == ["2606.00001", "2606.05816"]
    assert picked[0].coverage.recurrence() == 1.0 and picked[1].coverage.recurrence() == 0.25
