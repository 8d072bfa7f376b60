"""Session 32, English topic reading, from the twenty-sixth and twenty-seventh groups (measured blind in session 31,
then studied). Crafted cases, not the judged topics."""

from __future__ import annotations

from assistant.chains.digest.lexical import PaperText, _loose_match, learned_occurs
from assistant.chains.digest.topic import split_concepts
from assistant.chains.digest.vocabulary import _latin_stems, _stems, latin_stem_sequence
from tests.chains.digest_cases import PROMPTS, FixedEmbedder, assert_selects, paper


def test_a_word_derived_by_ize_is_not_its_base_word():
    """Snowball strips -ize ('tokenization', 'tokenizer' -> 'token'; 'normalization' -> 'normal'): the digest's stems
    keep it, so a paper counting tokens names no tokenization and a 'normal' distribution no normalization, while every
    word of the -ize family still meets the others."""
    assert _stems("tokenization") == ["tokeniz"] and _stems("tokens") == ["token"]
    assert not _loose_match("tokenization", _latin_stems("We prune visual tokens to cut the cost."))
    assert _loose_match("tokenization", _latin_stems("A tokenizer splits words; tokenizing Thai is hard."))
    assert not _loose_match("normalization", _latin_stems("Residuals follow a normal distribution."))
    assert _loose_match("layer normalization", _latin_stems("We normalize each layer's activations."))
    assert not _loose_match("personalization", _latin_stems("person re-identification in crowds"))
    assert _loose_match("personalization", _latin_stems("personalized recommendation for users"))
    # words that Snowball already tells apart, or that are not derived by -ize, are stemmed as before
    assert _stems("quantization") == _stems("quantized") == ["quantiz"]
    assert _stems("supervised supervision precise precision noise") == \
        ["supervis", "supervis", "precis", "precis", "nois"]
    # a term learned as a run of stems keeps the distinction too
    assert latin_stem_sequence("byte-level tokenizers") == ("byte", "level", "tokeniz")
    assert learned_occurs("subword tokenization", "We study subword tokenizers.")
    assert not learned_occurs("subword tokenization", "We count subword tokens.")
    # Chinese words are left as BM25 tokenizes them
    assert _stems("分词 tokenization") == ["分词", "tokeniz"]


def test_a_topic_on_an_ize_noun_excludes_papers_on_its_base_word():
    on = paper("2606.00001", "Tokenizer Design for Morphologically Rich Languages",
               "We propose a tokenizer that segments words into morphemes for language models.")
    off = paper("2606.00002", "Token Pruning for Efficient Language Models",
                "We propose a method that drops redundant tokens in language models.")
    assert_selects("tokenization in language models", on, off)


def test_a_method_family_before_a_phrase_narrow_as_a_whole_is_its_context():
    """'machine learning for crystal discovery': the subject's words are each in a few percent of papers at large, the
    phrase in under 1 %: a narrow subject, studied with a learned model (the family is its context, not a concept). A
    phrase of broad words ('data analysis') or a single broad word ('security') leaves the family a concept."""
    from assistant.chains.digest.common_terms import narrow_subject

    assert narrow_subject("materials discovery") and not narrow_subject("data analysis")
    assert not narrow_subject("image classification") and not narrow_subject("security")
    (concept,) = split_concepts("machine learning for materials discovery", PROMPTS)
    assert concept.label == "materials discovery" and "机器学习" in concept.context
    assert [c.label for c in split_concepts("machine learning for data analysis", PROMPTS)] == \
        ["machine learning", "data analysis"]
    # a subject read as less than the phrase, a word with a context of its own, keeps the family as a concept
    # (read as before: the family first, the head, an unknown phrase matched by its words)
    family, security = split_concepts("machine learning for network security", PROMPTS)
    assert family.label == "machine learning" and family.head and family.loose and security.label == "security"


def _rare_pool(solo: int = 2, both: int = 0, slam: int | None = None) -> list[PaperText]:
    """Candidates of 'visual SLAM and odometry' in a slice where few papers name either side, and none both."""
    texts = [_text(f"1.{i}", f"Dense Visual SLAM with Gaussians {i}", "We propose a visual SLAM system.")
             for i in range(solo if slam is None else slam)]
    texts += [_text(f"2.{i}", f"Direct Visual Odometry {i}", "We propose a visual odometry method.")
              for i in range(solo)]
    texts += [_text(f"3.{i}", f"Visual SLAM and Odometry {i}", "We study visual SLAM and odometry.")
              for i in range(both)]
    texts += [_text(f"4.{i}", f"Depth Estimation {i}", "We study monocular depth estimation.") for i in range(8)]
    return texts


def test_narrow_sides_that_few_candidates_name_apart_are_either():
    """'visual SLAM and odometry': two names of one area, each in under 1 % of papers at large, that two candidates
    each name and none names together: a paper on either is on topic (both asked for, the digest was empty). A broad
    side ('language models') few name apart from a narrow one keeps both asked for."""
    from assistant.chains.digest.readings import either_when_apart

    concepts = split_concepts("visual SLAM and odometry", PROMPTS)
    assert [c.label for c in concepts] == ["visual SLAM", "odometry"]
    (either,) = either_when_apart(concepts, _rare_pool())
    assert {a.label for a in either.alternatives} == {"visual SLAM", "odometry"}
    assert len(either_when_apart(concepts, _rare_pool(solo=1, both=1))) == 2  # a candidate names both: both asked for
    # ... and only while some candidate names a side (else the embedder alone would pick the papers) and few name each:
    # a side that many name would fill the digest alone
    assert len(either_when_apart(concepts, _rare_pool(solo=0))) == 2
    # ... and while the embedder puts the sides nearer each other than random terms are
    from assistant.chains.digest.semantic import LEARNED_MIN_SIMILARITY

    near = FixedEmbedder({"visual SLAM": [1.0, 0.0, 0.0], "odometry": [0.3, 0.954, 0.0]})
    far = FixedEmbedder({"visual SLAM": [1.0, 0.0, 0.0], "odometry": [LEARNED_MIN_SIMILARITY - 0.1, 0.99, 0.0]})
    assert len(either_when_apart(concepts, _rare_pool(), near)) == 1
    assert len(either_when_apart(concepts, _rare_pool(), far)) == 2
    assert len(either_when_apart(concepts, _rare_pool(solo=1, slam=4))) == 2
    broad = split_concepts("language models and odometry", PROMPTS)
    texts = [_text(f"1.{i}", f"Language Models {i}", "We study large language models.") for i in range(8)]
    texts += [_text("2.0", "Visual Odometry", "We propose a visual odometry method.")]
    assert len(either_when_apart(broad, texts)) == 2


def _text(n: str, title: str, abstract: str):
    from assistant.chains.digest.lexical import PaperText

    return PaperText.of(paper(n, title, abstract))
