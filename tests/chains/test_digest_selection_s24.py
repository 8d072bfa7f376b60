"""Session 24, from the study of the sixteenth topic group (blind: precision 0.47 @8 / 0.33 @20, recall 0.19 / 0.21, one
digest empty): 'A and B Cs' read as both A and B (the digest was empty); a known term at the end of an unknown phrase
required as written ('multi-hop question answering' where papers write 'multi-hop QA'); 'text-to-image' read as a
modifier of 'generation' and the qualifier before it ('personalized') lost; a Chinese compound whose English the
dictionary confirms word by word learned nothing because the embedder put it just under the similarity floor."""

from __future__ import annotations

import numpy as np

from assistant.chains.digest.concept import Concept
from assistant.chains.digest.learned import TRANSLATE_SIMILARITY, _nearest_term
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.topic import split_concepts
from assistant.chains.digest.topic_rules import shared_head
from tests.chains.digest_cases import PROMPTS, FixedEmbedder, assert_selects, cover, on_topic, paper


def _labels(topic: str) -> list[str]:
    return [c.label for c in split_concepts(topic, PROMPTS)]


# ---------------------------------------------------------------- 'A and B Cs': two kinds of C, either will do
def test_coordinated_parts_sharing_a_plural_head_are_either():
    """'backdoor and data poisoning attacks' is backdoor attacks and data poisoning attacks: read as both, no paper
    named the two and the digest was empty."""
    concepts = split_concepts("backdoor and data poisoning attacks", PROMPTS)
    assert len(concepts) == 1 and [a.label for a in concepts[0].alternatives] == ["backdoor", "data poisoning attacks"]
    backdoor = paper("1", "Backdoor Unlearning Generalization in LLMs",
                     "We show that backdoor neutralization through unlearning generalizes across backdoors.")
    poisoning = paper("2", "Detectability of Data Poisoning Attacks on 3DGS",
                      "We introduce a benchmark of data poisoning attacks on 3D Gaussian splatting.")
    adversarial = paper("3", "Adversarial Examples for Vision-Language Models",
                        "We propose an adversarial attack on vision-language models.")
    assert_selects("backdoor and data poisoning attacks", backdoor, adversarial)
    assert_selects("backdoor and data poisoning attacks", poisoning, adversarial)


def test_parts_with_their_own_heads_stay_both():
    """Parts that each end in their own noun, or a generic last word, keep the earlier reading."""
    assert not shared_head(["knowledge graphs", "RAG"])
    assert not shared_head(["visual localization", "place recognition"])
    assert not shared_head(["image", "video generation models"])  # 'models' is generic: generation is the head
    assert shared_head(["backdoor", "data poisoning attacks"])
    knowledge = split_concepts("knowledge graphs and RAG", PROMPTS)
    assert [c.label for c in knowledge] == ["knowledge graphs", "RAG"] and all(c.coordinated for c in knowledge)


# ---------------------------------------------------------------- a known term at the end of a phrase: all its forms
def test_an_unknown_phrase_ending_in_a_known_term_takes_its_other_forms():
    """'multi-hop question answering' required 'question' and 'answering'; 4 of the 10 judged papers write only
    'multi-hop QA'."""
    concept = split_concepts("multi-hop question answering", PROMPTS)[0]
    assert concept.loose and "multi-hop QA" in concept.forms
    occ = paper("1", "OCC-RAG: Multi-hop QA with an Optimal Cognitive Core",
                "We propose OCC-RAG for multi-hop QA over retrieved passages.")
    single = paper("2", "Open-domain QA with Dense Retrievers", "We study single-hop open-domain QA.")
    concepts, covered = cover("multi-hop question answering", occ, single)
    assert on_topic(concepts, covered[0]) and not covered[1].complete
    # a phrase whose known term is no head gets nothing new ('hallucination detection' stays as it was)
    assert split_concepts("hallucination detection", PROMPTS)[0].forms == ("hallucination detection",)


# ---------------------------------------------------------------- 'text-to-image generation' is the term, 'personalized' its kind
def test_a_term_that_goes_on_keeps_the_qualifier_before_it():
    """'personalized text-to-image generation with diffusion models' was read as 'generation' · 'diffusion models':
    every diffusion generator was listed, none personalised."""
    concepts = split_concepts("personalized text-to-image generation with diffusion models", PROMPTS)
    assert [c.label for c in concepts] == ["text-to-image generation", "diffusion models"]
    head = concepts[0]
    assert head.head and head.context_in_focus and "image generation" in head.forms
    # the modifier in its word family and through its dictionary word (个性化: to personalize / to customize)
    assert {"personalized", "personalization", "customization", "个性化"} <= set(head.context)
    zipp = paper("1", "ZIPP: Zero-shot Image Personalization from Personas",
                 "Text-to-image diffusion models are deployed in creative contexts. We introduce zero-shot image "
                 "personalization from personas, which conditions image generation of diffusion models on personas.")
    generic = paper("2", "AsyncPatch: Asynchronous Patch Diffusion for Text-to-Image Generation",
                    "We propose AsyncPatch, a diffusion model for text-to-image generation of high-resolution images.")
    concepts, covered = cover("personalized text-to-image generation with diffusion models", zipp, generic)
    assert on_topic(concepts, covered[0]) and not covered[1].complete
    # a modifier that is no -ize verb stays as written
    assert split_concepts("spatial reasoning in vision-language models", PROMPTS)[0].context == ("spatial",)


# ---------------------------------------------------------------- a term the dictionary confirms word by word
def _texts(*titles: str) -> list[PaperText]:
    return [PaperText.of(paper(str(n), title, f"{title}. We report results.")) for n, title in enumerate(titles)]


def test_a_term_holding_a_gloss_of_every_word_is_learned_below_the_floor():
    """跨模态检索: 'cross-modal retrieval' holds 模态's 'modal' and 检索's 'retrieval', at cosine 0.69 (< 0.7)."""
    close = [0.68, float(np.sqrt(1 - 0.68 ** 2)), 0.0]
    assert np.dot([1.0, 0.0, 0.0], close) < TRANSLATE_SIMILARITY
    texts = _texts("Cross-modal retrieval with adapters", "Noisy cross-modal retrieval", "Image retrieval at scale",
                   "Composed image retrieval")
    concept = Concept(label="跨模态检索", forms=("跨模态检索",))
    embedder = FixedEmbedder({"跨模态检索": [1.0, 0.0, 0.0], "cross-modal retrieval": close, "image retrieval": close})
    assert _nearest_term(concept, texts, embedder) == ("cross-modal retrieval",)
    # a term that holds only the head's gloss is not confirmed: below the floor it is not learned
    embedder = FixedEmbedder({"跨模态检索": [1.0, 0.0, 0.0], "image retrieval": close})
    assert _nearest_term(concept, texts, embedder) == ()


# ---------------------------------------------------------------- a means named once where the paper says what it does
def test_a_known_means_named_once_in_focus_is_enough():
    """'… with diffusion models': a paper names what it uses once where it says what it does, as it names its setting
    (`Concept.setting`); the multi-LoRA composition paper says 'diffusion models' once, in its opening sentence."""
    concepts = split_concepts("personalized text-to-image generation with diffusion models", PROMPTS)
    assert [c.setting for c in concepts] == [False, True]
    lora = paper("1", "Training-Free Multi-Concept LoRA Composition with Prompt-Aware Weighting",
                 "LoRA enables personalization in text-to-image generation by adapting pre-trained diffusion models "
                 "to visual concepts. This paper proposes multi-concept customization for text-to-image generation "
                 "by combining LoRA modules.", tldr="本文提出多概念个性化图像生成方法。")
    concepts, covered = cover("personalized text-to-image generation with diffusion models", lora)
    assert on_topic(concepts, covered[0])
    # an unknown means (its forms name the head's action: 'activation steering') keeps the earlier rule
    steering = split_concepts("steering LLM behavior with activation vectors", PROMPTS)
    assert [(c.label, c.setting) for c in steering] == [("steering", False), ("activation vectors", False)]
