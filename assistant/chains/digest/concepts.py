"""A digest topic as its concepts, and which concepts a paper covers (issue 16): the package's entry point.

The work is split by concept, one module each (this module re-exports their names, so `concepts.X` keeps working):

- `vocabulary`: the built-in zh-en glossary of field terms, the generic / aim / weak word lists, stemming helpers;
- `concept`: one concept of a topic (`Concept`) and its forms in both languages;
- `topic`: a topic split into its concepts (connectors, compounds, coordinated alternatives), its head, its queries;
  its steps are `topic_parts` (cut at connectors), `topic_words` (a part as known terms and unknown runs),
  `topic_rules` (rewrites of the concept list) and `topic_zh` (Chinese-only readings);
- `lexical`: a paper's fields as sentences, and whether a concept is named in words in either language;
- `candidate_terms`: what the candidates write (a label's words and glosses, a candidate's terms);
- `learned`: other-language forms of an unknown concept learned from the candidates;
- `readings`: readings of a concept the candidates decide (its point, its pieces, either side);
- `semantic`: sentence embeddings and the calibrated similarity cut;
- `relevance`: per paper, which concepts it covers and whether it is about them (the relevance cut).

A paper is on topic only when it covers every concept of the topic, and names the head where it says what it is
about; docs/digests.md describes the whole, `bench/digest_topics.py` measures it on the judged topics.
"""

from __future__ import annotations

from assistant.chains.digest.candidate_terms import GLOSS_MIN_CHARS, dictionary_glosses, term_words
from assistant.chains.digest.concept import Concept
from assistant.chains.digest.learned import (
    MERGE_LIFT,
    TRANSLATE_MIN_PAPERS,
    TRANSLATE_POOL,
    TRANSLATE_PRECISION,
    TRANSLATE_PRECISION_CONFIRMED,
    TRANSLATE_RECALL,
    TRANSLATE_RECALL_STRONG,
    TRANSLATE_SIMILARITY,
    TRANSLATE_TERM_PAPERS,
    translate_concepts,
)
from assistant.chains.digest.lexical import (
    CONTRIBUTION_RE,
    HEAD_SYNONYMS,
    MEANS_RE,
    PaperText,
    _loose_match,
    cooccur,
    form_occurs,
    lexical_field,
    mentions,
)
from assistant.chains.digest.relevance import (
    CONCESSIVE_RE,
    FOCUS_MENTIONS,
    LIST_ITEM_WORDS,
    SEMANTIC_MAX_PAPERS,
    Coverage,
    _listed_in,
    coverage,
    listed_only,
)
from assistant.chains.digest.semantic import (
    CONCEPT_SIMILARITY,
    SEMANTIC_MIN_CHARS,
    VectorCache,
    vector_cache,
)
from assistant.chains.digest.topic import concept_queries, head_label, split_concepts, topic_concepts
from assistant.chains.digest.vocabulary import (
    BUILTIN_GLOSSARY,
    GENERIC_EN,
    GENERIC_ZH,
    GOAL_EN,
    GOAL_ZH,
    MODALITIES,
    SENSE_CONTEXT,
    SENSES,
    WEAK_EN,
    _latin_stems,
)

__all__ = ["_latin_stems", "_listed_in", "_loose_match", "BUILTIN_GLOSSARY", "Concept", "concept_queries", "CONCEPT_SIMILARITY", "CONCESSIVE_RE", "CONTRIBUTION_RE", "cooccur", "Coverage", "coverage", "dictionary_glosses", "FOCUS_MENTIONS", "form_occurs", "GENERIC_EN", "GENERIC_ZH", "GLOSS_MIN_CHARS", "GOAL_EN", "GOAL_ZH", "head_label", "HEAD_SYNONYMS", "lexical_field", "LIST_ITEM_WORDS", "listed_only", "MEANS_RE", "mentions", "MERGE_LIFT", "MODALITIES", "PaperText", "SEMANTIC_MAX_PAPERS", "SEMANTIC_MIN_CHARS", "SENSE_CONTEXT", "SENSES", "split_concepts", "topic_concepts", "translate_concepts", "TRANSLATE_MIN_PAPERS", "TRANSLATE_POOL", "TRANSLATE_PRECISION", "TRANSLATE_PRECISION_CONFIRMED", "TRANSLATE_RECALL", "TRANSLATE_RECALL_STRONG", "TRANSLATE_SIMILARITY", "TRANSLATE_TERM_PAPERS", "term_words", "vector_cache", "VectorCache", "WEAK_EN"]
