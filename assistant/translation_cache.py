"""The LLM reply cache's first name: `TranslationCache` stays importable from here for existing callers."""

from assistant.llm_reply_cache import LLMReplyCache, cache_id

TranslationCache = LLMReplyCache

__all__ = ["LLMReplyCache", "TranslationCache", "cache_id"]
