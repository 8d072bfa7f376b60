"""'For you': per-reader subscriptions (interests), likes and dislikes, papers ranked for each reader with their
reasons, and feeds (Atom, Markdown, a daily mail). `App.readers` builds the `Readers` service; docs/for-you.md."""

from assistant.readers.models import (
    ForYou,
    ForYouReport,
    MailReport,
    RankedPaper,
    ReactionEntry,
    ReactionResult,
    Reason,
    ScoreParts,
    Subscription,
    SubscriptionSpec,
)
from assistant.readers.service import Readers
from assistant.readers.store import ReaderStore

__all__ = ["ForYou", "ForYouReport", "MailReport", "RankedPaper", "ReactionEntry", "ReactionResult", "Reason",
           "ReaderStore", "Readers", "ScoreParts", "Subscription", "SubscriptionSpec"]
