"""Custom digests: "给我一份本周关于RAG的中文简报" -> a Markdown brief of the matching papers.

The digest is built from the papers' own fields (Chinese TL;DR, the abstract's first sentence, a cached
translation) so every line is what the paper says; the LLM only names themes and writes a short overview,
and that overview is verified against the lines like any answer (unsupported sentences and numbers are
dropped). Both LLM parts run under a time budget and degrade to "no overview"/keyword theme names, because
on the bundled CPU model a digest must not take minutes.

Modules: `request` (DigestRequest, parsing a chat-like request), `models` (the results), `concepts` (a topic
as its concepts, and which a paper covers; split into `vocabulary`, `concept`, `topic` (+ `topic_parts`,
`topic_words`, `topic_rules`, `topic_zh`), `lexical`, `learned`, `semantic`,
`relevance`), `select` (which papers: those covering every concept; each one's
line), `calls` (budgeted, cached LLM calls with a fallback), `rerank` (optional LLM relevance scores), `themes`
(clustering, theme names from the members' key terms), `overview` (the overview's checks around the verifier),
`render` (Markdown and UI strings), `chain` (the chain). docs/digests.md describes the whole.
"""

from assistant.chains.digest.chain import OVERVIEW_MAX_TOKENS, build_digest, save_digest, stream_digest
from assistant.chains.digest.concepts import CONCEPT_SIMILARITY, Concept, coverage, split_concepts, topic_concepts
from assistant.chains.digest.models import Digest, DigestItem, DigestTheme
from assistant.chains.digest.overview import check_overview
from assistant.chains.digest.render import NOTES, TEXTS, render_item
from assistant.chains.digest.request import MAX_PAPERS, DigestRequest, parse_digest_request
from assistant.chains.digest.rerank import RERANK_KEEP, parse_scores, rerank, score_papers
from assistant.chains.digest.select import (
    expand_topic,
    first_sentence,
    mentions_topic,
    paper_line,
    pick_papers,
    select_papers,
    topic_forms,
)
from assistant.chains.digest.themes import (
    cluster_vectors,
    keyword_name,
    merge_singletons,
    n_themes,
    name_groups,
    name_themes,
    parse_theme_names,
    theme_terms,
)

__all__ = ["CONCEPT_SIMILARITY", "MAX_PAPERS", "NOTES", "OVERVIEW_MAX_TOKENS", "RERANK_KEEP", "TEXTS", "Concept",
           "Digest", "DigestItem", "DigestRequest", "DigestTheme", "build_digest", "check_overview",
           "cluster_vectors", "coverage", "expand_topic", "first_sentence", "keyword_name", "mentions_topic",
           "merge_singletons", "n_themes", "name_groups", "name_themes", "paper_line", "parse_digest_request",
           "parse_scores", "parse_theme_names", "pick_papers", "render_item", "rerank", "save_digest",
           "score_papers", "select_papers", "split_concepts", "stream_digest", "theme_terms", "topic_concepts", "topic_forms"]
