"""CLI commands of the readers' part (docs/for-you.md): subscribe, like/unlike/dislike/likes, for-you, feed, mail."""

from __future__ import annotations

from typing import Annotated, Literal, Optional

import typer

from assistant.cli import (
    FilterCat,
    FilterSince,
    FilterUntil,
    _app,
    _print_json,
    _using_llm,
    app,
)
from assistant.errors import AssistantError

# --- readers --- (`subscribe`, `like`/`unlike`/`dislike`/`likes`, `for-you`, `feed`, `mail`; docs/for-you.md)
subscribe_app = typer.Typer(no_args_is_help=True, help="A reader's saved interests (subscriptions).")
app.add_typer(subscribe_app, name="subscribe")
ReaderOpt = Annotated[Optional[str], typer.Option("--reader", help="whose (default ASSISTANT_READER, 'local')")]
ReaderJson = Annotated[bool, typer.Option("--json", help="print JSON")]
SubInterest = Annotated[Optional[str], typer.Option("--interest", help="free text, Chinese or English")]
SubInclude = Annotated[Optional[list[str]], typer.Option(
    "--include", help="keyword a paper must contain (any of them); repeatable or comma separated")]
SubExclude = Annotated[Optional[list[str]], typer.Option(
    "--exclude", help="keyword that leaves a paper out; repeatable or comma separated")]
SubLang = Annotated[Optional[Literal["zh", "en"]], typer.Option("--lang", help="language of lines and reasons")]
SubDaily = Annotated[Optional[int], typer.Option("--daily", min=1, max=50, help="papers per day")]
SubEmail = Annotated[Optional[str], typer.Option("--email", help="address of the daily mail ('' removes it)")]
SubLLM = Annotated[Optional[Literal["auto", "on", "off"]], typer.Option(
    "--llm", help="LLM 0-10 score + reason: auto (API models only) | on | off")]
DayOpt = Annotated[Optional[str], typer.Option("--date", help="one day, YYYY-MM-DD (default: the newest in the store)")]


def _keyword_options(values: list[str] | None) -> list[str] | None:
    return None if values is None else [k for v in values for k in v.split(",")]


def _spec_options(interest, include, exclude, category, lang, daily, email, llm) -> dict:
    """The options given (None = not given), as SubscriptionSpec fields."""
    values = {"interest": interest, "include": _keyword_options(include), "exclude": _keyword_options(exclude),
              "categories": category, "language": lang, "daily": daily, "email": email, "llm": llm}
    return {k: v for k, v in values.items() if v is not None}


def _print_subscription(sub) -> None:
    typer.echo(f"{sub.name}  ({sub.language}, {sub.daily}/day, llm {sub.llm}"
               + (f", mail to {sub.email}" if sub.email else "") + ")")
    for label, value in (("interest", sub.interest), ("include", ", ".join(sub.include)),
                         ("exclude", ", ".join(sub.exclude)), ("categories", ", ".join(sub.categories))):
        if value:
            typer.echo(f"    {label}: {value}")


@subscribe_app.command("add")
def subscribe_add(
    name: Annotated[str, typer.Argument(help="the subscription's name (unique per reader)")],
    interest: SubInterest = None, include: SubInclude = None, exclude: SubExclude = None, category: FilterCat = None,
    lang: SubLang = None, daily: SubDaily = None, email: SubEmail = None, llm: SubLLM = None,
    reader: ReaderOpt = None, as_json: ReaderJson = False,
):
    """Save a subscription: an interest, include/exclude keywords, categories, language, papers per day."""
    sub = _app().readers.subscribe({"name": name, **_spec_options(interest, include, exclude, category, lang, daily,
                                                                  email, llm)}, reader)
    _print_json(sub.model_dump()) if as_json else typer.echo(f"subscription {sub.name!r} saved for {sub.reader}")


@subscribe_app.command("update")
def subscribe_update(
    name: Annotated[str, typer.Argument(help="the subscription to change")],
    rename: Annotated[Optional[str], typer.Option("--name", help="a new name")] = None,
    interest: SubInterest = None, include: SubInclude = None, exclude: SubExclude = None, category: FilterCat = None,
    lang: SubLang = None, daily: SubDaily = None, email: SubEmail = None, llm: SubLLM = None,
    reader: ReaderOpt = None, as_json: ReaderJson = False,
):
    """Change the given fields of a subscription (the others stay); `--include ''` clears a list."""
    changes = _spec_options(interest, include, exclude, category, lang, daily, email, llm)
    if rename is not None:
        changes["name"] = rename
    if not changes:
        raise typer.BadParameter("nothing to change: give at least one option")
    sub = _app().readers.update(name, changes, reader)
    _print_json(sub.model_dump()) if as_json else typer.echo(f"subscription {sub.name!r} updated")


@subscribe_app.command("list")
def subscribe_list(reader: ReaderOpt = None, as_json: ReaderJson = False):
    """The reader's subscriptions."""
    subs = _app().readers.subscriptions(reader)
    if as_json:
        _print_json([s.model_dump() for s in subs])
        return
    if not subs:
        typer.echo("no subscriptions yet: `subscribe add NAME --interest ...`")
    for sub in subs:
        _print_subscription(sub)


@subscribe_app.command("show")
def subscribe_show(name: Annotated[str, typer.Argument()], reader: ReaderOpt = None, as_json: ReaderJson = False):
    """One subscription."""
    sub = _app().readers.subscription(name, reader)
    _print_json(sub.model_dump()) if as_json else _print_subscription(sub)


@subscribe_app.command("remove")
def subscribe_remove(name: Annotated[str, typer.Argument()], reader: ReaderOpt = None):
    """Delete a subscription (the reader's likes stay)."""
    sub = _app().readers.unsubscribe(name, reader)
    typer.echo(f"subscription {sub.name!r} removed")


def _react(ids: list[str], reaction: str | None, reader: str | None, as_json: bool) -> None:
    readers = _app().readers
    results = [readers.react(i, reaction, reader) for i in ids]
    if as_json:
        _print_json([r.model_dump() for r in results])
        return
    verb = {"like": "starred", "dislike": "disliked", None: "cleared"}[reaction]
    for r in results:
        typer.echo(f"{r.id} {verb}" + ("" if r.in_store else " (not in the store yet)"))


PaperIds = Annotated[list[str], typer.Argument(help="arXiv ids (or arxiv.org links)")]


@app.command()
def like(ids: PaperIds, reader: ReaderOpt = None, as_json: ReaderJson = False):
    """Star papers: 'For you' ranks papers like them higher (the newest likes count most)."""
    _react(ids, "like", reader, as_json)


@app.command()
def unlike(ids: PaperIds, reader: ReaderOpt = None, as_json: ReaderJson = False):
    """Remove a star (or a dislike)."""
    _react(ids, None, reader, as_json)


@app.command()
def dislike(ids: PaperIds, reader: ReaderOpt = None, as_json: ReaderJson = False):
    """Never show these papers again, and rank papers close to them lower."""
    _react(ids, "dislike", reader, as_json)


@app.command()
def likes(reader: ReaderOpt = None, as_json: ReaderJson = False):
    """The reader's starred and disliked papers, newest first."""
    entries = _app().readers.reactions(reader)
    if as_json:
        _print_json([e.model_dump() for e in entries])
        return
    if not entries:
        typer.echo("no starred or disliked papers yet: `like ID`")
    for e in entries:
        typer.echo(f"{'⭐' if e.reaction == 'like' else '👎'} {e.id}  {e.at}  {e.title}")


def _print_for_you(result) -> None:
    sub = result.subscription
    span = result.since if result.since == result.until else f"{result.since or '…'} .. {result.until or '…'}"
    left = ", ".join(f"{k} {n}" for k, n in result.left_out.items())
    typer.echo(f"== {sub.name} · {span or 'all days'} · {len(result.papers)} of {result.candidates} papers"
               + (f" (left out: {left})" if left else ""))
    for p in result.papers:
        mark = {"like": " ⭐", "dislike": " 👎"}.get(p.reaction or "", "")
        typer.echo(f"[{p.rank}] {p.score:.1f}  {p.title}{mark}\n    {p.url}  {p.date}  {','.join(p.categories[:3])}")
        if p.line:
            typer.echo(f"    {' '.join(p.line.split())[:300]}")
        typer.echo(f"    why: {p.why}")
    for note in result.notes:
        typer.echo(f"note: {note}", err=True)


NoLLM = Annotated[bool, typer.Option("--no-llm", help="rank without the LLM score")]


@app.command("for-you")
def for_you(
    sub: Annotated[Optional[str], typer.Option("--sub", help="one subscription (default: all of the reader's)")] = None,
    date: DayOpt = None, since: FilterSince = None, until: FilterUntil = None, no_llm: NoLLM = False,
    reader: ReaderOpt = None, as_json: ReaderJson = False,
):
    """Papers of the day (or a date range) ranked for the reader's subscriptions, each with why it is there."""
    with _using_llm() as application:
        report = application.for_you(reader, sub, date=date, since=since, until=until, use_llm=not no_llm)
    if as_json:
        _print_json(report.model_dump())
        return
    for result in report.results:
        _print_for_you(result)


@app.command()
def feed(
    sub: Annotated[Optional[str], typer.Option("--sub", help="the subscription (needed when there are several)")
                   ] = None,
    fmt: Annotated[Literal["atom", "md"], typer.Option("--format", help="atom | md")] = "atom",
    out: Annotated[Optional[str], typer.Option("--out", help="write to this file (default: print)")] = None,
    date: DayOpt = None, since: FilterSince = None, until: FilterUntil = None, no_llm: NoLLM = False,
    reader: ReaderOpt = None,
):
    """A subscription's ranked papers as an Atom feed or Markdown (stable entry ids: regenerate it daily)."""
    from assistant.validation import check_output_file

    target = check_output_file(out) if out else None
    with _using_llm() as application:
        text = application.readers.feed(sub, fmt, reader, date=date, since=since, until=until, use_llm=not no_llm)
    if target is None:
        typer.echo(text, nl=False)
        return
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)  # a feed reader polling the file never sees half of it
    typer.echo(f"{fmt} feed written to {target}")


@app.command()
def mail(
    sub: Annotated[Optional[str], typer.Option("--sub", help="the subscription")] = None,
    every: Annotated[bool, typer.Option("--all", help="every subscription (of every reader) with an address")] = False,
    date: DayOpt = None,
    to: Annotated[Optional[str], typer.Option("--to", help="send to this address instead")] = None,
    force: Annotated[bool, typer.Option("--force", help="send even if this day's mail was sent")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="print the message; send nothing")] = False,
    no_llm: NoLLM = False, reader: ReaderOpt = None, as_json: ReaderJson = False,
):
    """Send the daily mail of a subscription through ASSISTANT_SMTP_*; once per subscription and day (run it from
    cron). Exit code 2 when a mail failed."""
    with _using_llm() as application:
        if every:
            if sub or to or dry_run:
                raise typer.BadParameter("--all sends every subscription's own mail: no --sub, --to or --dry-run")
            reports = application.readers.mail_all(date=date, force=force, use_llm=not no_llm)
            message = None
        else:
            report, message = application.readers.mail(sub, reader, date=date, to=to, force=force, dry_run=dry_run,
                                                       use_llm=not no_llm)
            if report.skipped and report.to is None:
                raise AssistantError(report.skipped)
            reports = [report]
    if as_json:
        _print_json([r.model_dump() for r in reports])
    elif message is not None:
        typer.echo(message)
    else:
        for r in reports:
            state = f"sent to {r.to} ({r.papers} papers)" if r.sent else r.skipped
            typer.echo(f"{r.reader}/{r.subscription} {r.day}: {state}")
    if any((r.skipped or "").startswith("error:") for r in reports):
        raise typer.Exit(code=2)
# --- end readers ---
