"""'For you': per-reader subscriptions (interests), likes and dislikes, papers ranked for each reader with their
reasons, and feeds (Atom, Markdown, a daily mail). `App.readers` builds the `Readers` service; docs/for-you.md.

Modules: `models` (the JSON contracts), `store` (the readers' SQL database), `ranking`, `feeds`, `mail`, `service`.
Names are imported lazily: the database alone (a cron job, a test writer) does not load the retrieval stack."""

from __future__ import annotations

_EXPORTS = {
    "Readers": "assistant.readers.service",
    "ReaderStore": "assistant.readers.store",
    **{name: "assistant.readers.models" for name in (
        "ForYou", "ForYouReport", "MailReport", "RankedPaper", "ReactionEntry", "ReactionResult", "Reason",
        "ScoreParts", "Subscription", "SubscriptionSpec")},
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'assistant.readers' has no attribute {name!r}")
