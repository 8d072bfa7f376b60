"""Session 32, English topic reading, from the twenty-sixth and twenty-seventh groups (measured blind in session 31,
then studied). Crafted cases, not the judged topics."""

from __future__ import annotations

from assistant.chains.digest.lexical import _loose_match, learned_occurs
from assistant.chains.digest.vocabulary import _latin_stems, _stems, latin_stem_sequence
from tests.chains.digest_cases import assert_selects, paper


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

