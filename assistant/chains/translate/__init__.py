"""zh⇄en translation of paper text, checked by the app rather than trusted, plus a model-free consistency check.

Why the checks: a small model drops or rewrites numbers and model names and ignores domain terms. Every
translation therefore comes back with what it lost: numbers (compared by value, so 4亿 = 400 million),
Latin acronyms/model names (GPT-4o, Qwen2.5, MSLR-WEB30K) and glossary terms whose counterpart is missing.
Long text is cut at sentence boundaries into chunks that fit a token budget and translated chunk by chunk,
so every prompt fits the model and the user sees text early. Paper text is untrusted: it is sanitized and
delimited, and the system prompt tells the model it is data. Translations of stored papers are cached in
the store (`LLMReplyCache`) and reused until the paper, the model, the prompt or the glossary changes.

Modules: `glossary` (the zh⇄en term list), `checks` (numbers and terms a translation must keep), `chunks`
(sentence-aligned chunking, output cleaning), `models` (results), `chain` (the LLM loop, text translation),
`papers` (stored papers' fields), `consistency` (summary vs abstract, no LLM).
"""

from assistant.chains.translate.chain import (
    MAX_OUTPUT_TOKENS,
    PIPELINE_VERSION,
    stream_translation,
    translate_text,
)
from assistant.chains.translate.checks import (
    TranslationCheck,
    check_translation,
    extract_terms,
    normalize_term,
    number_evidence,
    numbers_to_check,
    protect_numbers,
    term_present,
)
from assistant.chains.translate.chunks import DEFAULT_CHUNK_TOKENS, clean_output, split_for_translation
from assistant.chains.translate.consistency import ConsistencyIssue, ConsistencyReport, check_consistency
from assistant.chains.translate.glossary import (
    GlossaryEntry,
    GlossaryHit,
    glossary_block,
    load_glossary,
    select_glossary,
    substitute_terms,
    term_occurs,
)
from assistant.chains.translate.models import Language, PaperTranslation, TranslatedSection, Translation
from assistant.chains.translate.papers import EN_LABELS, paper_sections, stream_paper_translation, translate_paper

__all__ = ["DEFAULT_CHUNK_TOKENS", "EN_LABELS", "MAX_OUTPUT_TOKENS", "PIPELINE_VERSION", "ConsistencyIssue",
           "ConsistencyReport", "GlossaryEntry", "GlossaryHit", "Language", "PaperTranslation", "TranslatedSection",
           "Translation", "TranslationCheck", "check_consistency", "check_translation", "clean_output",
           "extract_terms", "glossary_block", "load_glossary", "normalize_term", "number_evidence",
           "numbers_to_check", "paper_sections", "protect_numbers", "select_glossary", "split_for_translation",
           "stream_paper_translation", "stream_translation", "substitute_terms", "term_occurs", "term_present",
           "translate_paper", "translate_text"]
