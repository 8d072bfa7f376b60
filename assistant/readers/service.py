"""`Readers`: what the CLI, the JSON API and the 'For you' tab call (through `App.readers`).

It ties the readers' database to the App's store, retriever and LLM: subscriptions and reactions per reader, the
ranking of a subscription's papers, its feeds and its daily mail. Every argument is checked here, once."""

from __future__ import annotations

import logging
from functools import cached_property

from assistant.errors import InputError
from assistant.readers.feeds import render
from assistant.readers.models import (
    LIKES_SUBSCRIPTION,
    ForYou,
    ForYouReport,
    MailReport,
    ReactionEntry,
    ReactionResult,
    Subscription,
    SubscriptionSpec,
    check_reader,
    parse_spec,
)
from assistant.readers.ranking import Ranker, Weights
from assistant.readers.store import ReaderStore
from assistant.types import normalize_arxiv_id
from assistant.validation import check_date, check_date_range

logger = logging.getLogger(__name__)


def check_arxiv_id(value) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError("give an arXiv id, like 2601.02955")
    arxiv_id = normalize_arxiv_id(value.strip())
    if not arxiv_id:
        raise InputError(f"not an arXiv id: {value.strip()[:60]!r} (e.g. 2601.02955)")
    return arxiv_id


class Readers:
    """Per-reader subscriptions, likes and the 'For you' rankings, feeds and mail. Built by `App.readers`."""

    def __init__(self, app):
        self.app = app
        self.settings = app.settings

    @cached_property
    def db(self) -> ReaderStore:
        db = ReaderStore.from_settings(self.settings)
        if self.settings.chroma_url and db.dialect == "sqlite":
            logger.warning("ASSISTANT_CHROMA_URL is set (several instances?) but the readers' database is the "
                           "local SQLite file %s: instances on other hosts will not see these subscriptions and "
                           "likes; set ASSISTANT_READERS_DB to a shared database (docs/for-you.md)", db.url)
        return db

    def reader(self, name: str | None = None) -> str:
        """The reader: a login name, `--reader`, or ASSISTANT_READER (one local reader)."""
        return check_reader(name if name not in (None, "") else self.settings.reader)

    # ---------- subscriptions ----------
    def subscriptions(self, reader: str | None = None) -> list[Subscription]:
        return self.db.subscriptions(self.reader(reader))

    def subscription(self, name: str, reader: str | None = None) -> Subscription:
        return self.db.subscription(self.reader(reader), name)

    def subscribe(self, spec: SubscriptionSpec | dict, reader: str | None = None) -> Subscription:
        spec = spec if isinstance(spec, SubscriptionSpec) else parse_spec(spec)
        return self.db.add_subscription(self.reader(reader), spec)

    def update(self, name: str, changes: dict, reader: str | None = None) -> Subscription:
        return self.db.update_subscription(self.reader(reader), name, changes)

    def save(self, spec: dict, reader: str | None = None, *, original: str | None = None) -> Subscription:
        """Add, or update the subscription called `original` (or `spec['name']`) when the reader has it (the UI's
        Save button)."""
        reader = self.reader(reader)
        spec = parse_spec(spec)
        names = {s.name for s in self.db.subscriptions(reader)}
        target = original if original in names else spec.name if spec.name in names else None
        if target:
            return self.db.update_subscription(reader, target, spec.model_dump())
        return self.db.add_subscription(reader, spec)

    def unsubscribe(self, name: str, reader: str | None = None) -> Subscription:
        return self.db.remove_subscription(self.reader(reader), name)

    # ---------- reactions ----------
    def react(self, arxiv_id: str, reaction: str | None, reader: str | None = None) -> ReactionResult:
        """Star ('like'), dislike, or clear (None) a paper. An id not (yet) in the store is kept all the same: the
        paper may come with a later sync."""
        reader = self.reader(reader)
        arxiv_id = check_arxiv_id(arxiv_id)
        self.db.react(reader, arxiv_id, reaction)
        in_store = self.app.store.get_paper(arxiv_id) is not None
        return ReactionResult(reader=reader, id=arxiv_id, reaction=reaction, in_store=in_store)

    def reactions(self, reader: str | None = None, reaction: str | None = None) -> list[ReactionEntry]:
        entries = self.db.reactions(self.reader(reader), reaction)
        titles = {pid: p.title for pid, p in self.app.store.get_papers([e.id for e in entries]).items()}
        return [e.model_copy(update={"title": titles.get(e.id, "")}) for e in entries]

    # ---------- ranking ----------
    def ranker(self, *, use_llm: bool = True) -> Ranker:
        app = self.app
        mode = self.settings.readers_llm_score
        api_model = self.settings.llm_mode != "mock" and not app.llm.is_local
        llm_factory = app.llm.get if use_llm and mode != "off" else None
        return Ranker(store=app.store, retriever_factory=app.retriever, db=self.db,
                      weights=Weights.from_settings(self.settings), llm_factory=llm_factory,
                      llm_auto=mode == "on" or (mode == "auto" and api_model), replies=app.translations,
                      prompts_dir=self.settings.prompts_dir, time_budget=self.settings.digest_time_budget)

    def _targets(self, reader: str, name: str | None) -> list[Subscription]:
        if name:
            return [self.db.subscription(reader, name)]
        subs = self.db.subscriptions(reader)
        if subs:
            return subs
        if self.db.reactions(reader, "like", limit=1):
            return [Subscription(id=_implicit_id(reader), reader=reader, name=LIKES_SUBSCRIPTION,
                                 implicit=True)]
        raise InputError(f"reader {reader!r} has no subscription and no liked paper yet: add one with "
                         "`subscribe add NAME --interest ...` or star a paper with `like ID`")

    @staticmethod
    def dates(date: str | None = None, since: str | None = None,
              until: str | None = None) -> tuple[str | None, str | None]:
        """--date D (one day) or --since/--until (a range; one side open is fine); none = the newest day."""
        if date and (since or until):
            raise InputError("give either a day (date) or a range (since/until), not both")
        if date:
            day = check_date(date, "date")
            return day, day
        return check_date_range(since, until)

    def rank(self, sub: Subscription, *, since: str | None = None, until: str | None = None,
             use_llm: bool = True) -> ForYou:
        return self.ranker(use_llm=use_llm).rank(sub, since=since, until=until)

    def for_you(self, reader: str | None = None, subscription: str | None = None, *, date: str | None = None,
                since: str | None = None, until: str | None = None, use_llm: bool = True) -> ForYouReport:
        """Every subscription of the reader (or the one named) ranked for a day (default: the newest in the
        store) or a date range."""
        reader = self.reader(reader)
        since, until = self.dates(date, since, until)
        ranker = self.ranker(use_llm=use_llm)
        return ForYouReport(reader=reader, results=[ranker.rank(sub, since=since, until=until)
                                                    for sub in self._targets(reader, subscription)])

    def feed(self, subscription: str | None, fmt: str, reader: str | None = None, *, date: str | None = None,
             since: str | None = None, until: str | None = None, use_llm: bool = True) -> str:
        """One subscription's ranking as an Atom document (`atom`) or Markdown (`md`)."""
        if fmt not in ("atom", "md"):
            raise InputError(f"format must be atom or md, got {fmt!r}")
        report = self.for_you(reader, subscription, date=date, since=since, until=until, use_llm=use_llm)
        if len(report.results) != 1:
            raise InputError("which subscription? name one (--sub): "
                             + ", ".join(r.subscription.name for r in report.results))
        return render(report.results[0], fmt)

    # ---------- mail ----------
    def mail(self, subscription: str | None, reader: str | None = None, *, date: str | None = None,
             to: str | None = None, force: bool = False, dry_run: bool = False,
             use_llm: bool = True) -> tuple[MailReport, str | None]:
        """Send one subscription's daily mail (its `email`, or `to`). A (subscription, day) already sent is not sent
        again unless `force`; a day with no papers sends nothing. Returns the report and, for a dry run, the
        message as text."""
        from assistant.readers.mail import build_message, send_message, sender_address
        from assistant.readers.models import check_email

        reader = self.reader(reader)
        subs = self._targets(reader, subscription)
        if len(subs) != 1:
            raise InputError("which subscription? name one (--sub): " + ", ".join(s.name for s in subs))
        sub = subs[0]
        recipient = check_email(to) or sub.email
        report = MailReport(reader=reader, subscription=sub.name, to=recipient)
        if not recipient:
            report.skipped = "no e-mail address: set one with `subscribe update NAME --email ADDRESS` (or --to)"
            return report, None
        since, until = self.dates(date)
        result = self.rank(sub, since=since, until=until, use_llm=use_llm)
        report.day = result.until or ""
        report.papers = len(result.papers)
        if not result.papers:
            report.skipped = f"no papers for {report.day or 'the store'}: nothing sent"
            return report, None
        already = None if (force or sub.implicit) else self.db.mail_sent(sub.id, report.day)
        if already and not dry_run:
            report.skipped = f"already sent for {report.day} at {already['sent_at']} to {already['recipient']} " \
                             "(--force sends again)"
            report.message_id = already["message_id"]
            return report, None
        message = build_message(result, sender=sender_address(self.settings), to=recipient)
        report.message_id = message["Message-ID"]
        if dry_run:
            report.skipped = "dry run: not sent"
            return report, message.as_string()
        send_message(message, self.settings)
        report.sent = True
        if not sub.implicit:
            self.db.record_mail(sub.id, report.day, recipient, report.papers, report.message_id)
        return report, None

    def mail_all(self, *, date: str | None = None, force: bool = False, use_llm: bool = True) -> list[MailReport]:
        """The daily mail of every subscription (every reader) that has an address: what a cron job runs.
        A failure of one mail is reported in its `skipped` and does not stop the others."""
        from assistant.errors import AssistantError

        reports = []
        for sub in self.db.all_subscriptions():
            if not sub.email:
                continue
            try:
                report, _ = self.mail(sub.name, sub.reader, date=date, force=force, use_llm=use_llm)
            except AssistantError as exc:
                report = MailReport(reader=sub.reader, subscription=sub.name, to=sub.email, skipped=f"error: {exc}")
            reports.append(report)
        return reports


def _implicit_id(reader: str) -> str:
    import uuid

    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"arxiv-assistant:likes:{reader}"))
