"""concepts.py was split by concept (session 15): each part says why it exists, and the old names still import."""

import importlib

import pytest

PARTS = ("vocabulary", "topic", "lexical", "candidate_terms", "learned", "readings", "semantic", "relevance")


@pytest.mark.parametrize("name", PARTS)
def test_each_part_has_a_docstring(name):
    module = importlib.import_module(f"assistant.chains.digest.{name}")
    assert module.__doc__ and len(module.__doc__.split()) >= 20


def test_concepts_reexports_the_names_others_import():
    from assistant.chains.digest import concepts
    from assistant.chains.digest.relevance import coverage
    from assistant.chains.digest.topic import split_concepts

    for name in ("CONCEPT_SIMILARITY", "TRANSLATE_SIMILARITY", "BUILTIN_GLOSSARY", "Concept", "Coverage", "PaperText",
                 "VectorCache", "concept_queries", "coverage", "dictionary_glosses", "form_occurs", "head_label",
                 "lexical_field", "mentions", "split_concepts", "topic_concepts", "translate_concepts", "_latin_stems",
                 "_loose_match", "_listed_in", "term_words"):
        assert hasattr(concepts, name), name
    assert concepts.coverage is coverage and concepts.split_concepts is split_concepts
    # the package's `coverage` is still the function, not a submodule of that name
    from assistant.chains.digest import coverage as package_coverage
    assert package_coverage is coverage
