"""Command line: `python -m assistant ingest|search|stats|remove|...`. Parses input, calls the library, prints."""

from __future__ import annotations

import json
import logging
import os
import sys
from contextlib import contextmanager
from typing import Annotated, Literal, Optional

import typer

from assistant.errors import AssistantError
from assistant.retrieval import SearchFilters


class _Commands(typer.core.TyperGroup):
    """Every command's `AssistantError` becomes one line on stderr and exit code 1 (in one place, not per
    command); ASSISTANT_RAISE_ERRORS=1 re-raises for debugging."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except AssistantError as exc:
            if os.environ.get("ASSISTANT_RAISE_ERRORS"):
                raise
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(code=1) from None


app = typer.Typer(cls=_Commands, add_completion=False, no_args_is_help=True,
                  help="Bilingual research assistant for daily arXiv digests.")
_state: dict = {}


def _app():
    from assistant.wiring import build_app

    if "app" not in _state:
        _state["app"] = build_app()
    return _state["app"]


@contextmanager
def _using_llm():
    """The app for one command that may start the bundled model: the model is stopped after it."""
    try:
        yield _app()
    finally:
        if "app" in _state:
            _state["app"].close()


def _print_json(data) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


@app.callback()
def _main(verbose: Annotated[int, typer.Option("-v", "--verbose", count=True, help="-v info, -vv debug")] = 0):
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    for noisy in ("httpx", "chromadb", "jieba", "bm25s"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))


FilterSince = Annotated[Optional[str], typer.Option("--since", help="first date, YYYY-MM-DD (or YYYY-MM)")]
FilterUntil = Annotated[Optional[str], typer.Option("--until", help="last date, YYYY-MM-DD (or YYYY-MM)")]
FilterCat = Annotated[Optional[list[str]], typer.Option("--category", "-c", help="arXiv category; repeatable")]
FilterPrimary = Annotated[bool, typer.Option("--primary", help="match the primary category only")]
FilterAuthor = Annotated[Optional[str], typer.Option("--author", help="author name substring")]


def make_filters(since, until, category, primary, author) -> SearchFilters:
    """The same checks as the API's (assistant.validation): a real date, since <= until, category names."""
    from assistant.validation import check_categories, check_date_range

    since, until = check_date_range(since, until)
    return SearchFilters(since=since, until=until, categories=check_categories(category), primary_only=primary,
                         author=author)



@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="digest files (.md/.jsonl), directories or globs")],
    date: Annotated[Optional[str], typer.Option(help="digest date for files whose name has none")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
):
    """Parse digests and add them to the store (re-ingesting unchanged files costs no embedding)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from assistant.ingest import ingest_paths
    from assistant.validation import check_date

    date = check_date(date, "--date")
    store = _app().store
    with Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), transient=True, disable=as_json or not sys.stderr.isatty(),
                  console=None) as bar:
        task = bar.add_task("ingesting papers", total=None)
        report = ingest_paths(store, paths, date=date,
                              progress=lambda done, total: bar.update(task, completed=done, total=total))
    if as_json:
        _print_json(report.model_dump())
        return
    problems = [s for s in report.skipped if not s.degraded]
    degraded = [s for s in report.skipped if s.degraded]
    typer.echo(f"{report.files} files: {report.papers_added} papers added, {report.papers_updated} updated, "
               f"{report.papers_unchanged} unchanged; {report.chunks_embedded} chunks embedded in {report.seconds}s")
    if problems:
        typer.echo(f"{max(report.skipped_total - len(degraded), len(problems))} records skipped:")
        for s in problems[:20]:
            typer.echo(f"  {s.file}:{s.line}: {s.reason}")
        if report.skipped_truncated or len(problems) > 20:
            typer.echo("  ... by reason: " + "; ".join(f"{k}: {n}" for k, n in
                                                       list(report.skipped_by_reason.items())[:10]))
    if degraded:
        typer.echo(f"{len(degraded)} records kept with problems flagged (see --json)")


@app.command("ingest-sample")
def ingest_sample():
    """Load the bundled sample digest when the store is empty (what `make run` does first)."""
    from assistant.ingest import ingest_paths

    application = _app()
    store = application.store
    if store.paper_count() > 0:
        typer.echo(f"store already holds {store.paper_count()} papers; sample not re-loaded")
        return
    report = ingest_paths(store, [str(application.settings.sample_dir)])
    typer.echo(f"sample loaded: {report.papers_added} papers, {report.chunks_embedded} chunks in {report.seconds}s")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="free text, Chinese or English")],
    k: Annotated[int, typer.Option("--k", "-k", min=1, max=100, help="papers to return")] = 5,
    since: FilterSince = None, until: FilterUntil = None, category: FilterCat = None,
    primary: FilterPrimary = False, author: FilterAuthor = None,
    mode: Annotated[Literal["hybrid", "dense", "bm25"], typer.Option(help="hybrid | dense | bm25")] = "hybrid",
    as_json: Annotated[bool, typer.Option("--json", help="print results as JSON")] = False,
):
    """Hybrid (dense + BM25) search over the indexed papers."""
    filters = make_filters(since, until, category, primary, author)
    results = _app().retriever(filters, mode=mode).search_papers(query, k)
    hits = [r.to_hit() for r in results]
    if as_json:
        _print_json([h.model_dump(include={"id", "title", "score", "date", "categories", "url"}) for h in hits])
        return
    if not hits:
        typer.echo("no matching papers")
        return
    for n, hit in enumerate(hits, 1):
        typer.echo(f"[{n}] {hit.title}\n    {hit.url}  {hit.date}  {','.join(hit.categories)}  score={hit.score:.4f}")


LangOpt = Annotated[Optional[Literal["zh", "en"]],
                    typer.Option("--lang", help="answer language: zh | en (default: the question's)")]


def _render_answer(answer) -> None:
    typer.echo(answer.answer)
    if answer.dropped:
        typer.echo(f"\n({len(answer.dropped)} unsupported claim(s) removed by the verifier)")
    shown = answer.citations or ([] if not answer.refused and not answer.error else answer.sources)
    if shown:
        typer.echo("")
        for c in shown:
            typer.echo(f"[{c.n}] {c.title}  {c.url}")


def _stream_to_terminal(events, as_json: bool):
    """Print an answer's tokens as they come (on a terminal); return the turn's result."""
    final = None
    streamed = False
    answering = False
    for event in events:
        if event.kind == "sources":
            answering = True
        elif event.kind == "token" and answering and not as_json and sys.stdout.isatty():
            typer.echo(event.data, nl=False)
            streamed = True
        elif event.kind in ("answer", "compare", "digest"):
            final = event.data
    if streamed:
        typer.echo("\n--- verified answer ---")
    return final


def _render_turn(result) -> None:
    if result.kind == "compare":
        _render_comparison(result)
    elif result.kind == "digest":
        typer.echo(result.markdown)
    else:
        _render_answer(result)


def _render_comparison(result) -> None:
    typer.echo(result.table_markdown)
    if result.synthesis:
        typer.echo("\n" + result.synthesis)
    if result.error:
        typer.echo(f"\n(synthesis unavailable: {result.error})")
    typer.echo("")
    for c in result.papers:
        typer.echo(f"[{c.n}] {c.title}  {c.url}")
    if result.unresolved:
        typer.echo(f"not found: {', '.join(result.unresolved)}")


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="a question in Chinese or English (or 'compare A and B')")],
    since: FilterSince = None, until: FilterUntil = None, category: FilterCat = None,
    primary: FilterPrimary = False, author: FilterAuthor = None, lang: LangOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the structured answer as JSON")] = False,
):
    """Answer from the indexed papers only, with numbered citations linking to arXiv. A comparison ("compare A
    and B") returns the comparison table (`kind: "compare"`), a digest request the digest."""
    filters = make_filters(since, until, category, primary, author)
    with _using_llm() as application:
        final = _stream_to_terminal(application.stream_turn(question, filters=filters, language=lang), as_json)
    if as_json:
        _print_json(final.model_dump())
        return
    _render_turn(final)
    if getattr(final, "error", None):
        raise typer.Exit(code=3)


@app.command()
def compare(
    papers: Annotated[list[str], typer.Argument(help="2-6 paper names, titles or arXiv ids; or one question")],
    lang: LangOpt = None,
    no_llm: Annotated[bool, typer.Option("--no-llm", help="the table only, no generated synthesis")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print the structured comparison as JSON")] = False,
):
    """Compare papers side by side: a table from their own fields plus a short cited synthesis."""
    with _using_llm() as application:
        result = application.compare(papers[0] if len(papers) == 1 else papers, language=lang, use_llm=not no_llm)
    if as_json:
        _print_json(result.model_dump())
        return
    _render_comparison(result)


@app.command()
def translate(
    to: Annotated[Literal["en", "zh"], typer.Option("--to", help="target language: en | zh")],
    arxiv_id: Annotated[Optional[str], typer.Option("--id", help="a paper: zh summary -> en, or en abstract -> zh")] = None,
    text: Annotated[Optional[str], typer.Option("--text", help="free text to translate instead of a paper")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the structured result as JSON")] = False,
):
    """Translate a paper's Chinese summary to English (--to en) or its English abstract to Chinese (--to zh)."""
    if bool(arxiv_id) == bool(text):
        raise typer.BadParameter("give exactly one of --id or --text")
    with _using_llm() as application:
        result = application.translate(to=to, arxiv_id=arxiv_id, text=text)
    if as_json:
        _print_json(result.model_dump())
        return
    typer.echo(result.side_by_side_markdown() if hasattr(result, "side_by_side_markdown") else result.translation)
    for label, items in (("numbers missing", result.missing_numbers), ("terms missing", result.missing_terms),
                         ("glossary not followed", result.glossary_missing)):
        if items:
            typer.echo(f"\n{label}: {', '.join(map(str, items))}")
    if result.error:
        typer.echo(f"\nerror: {result.error}", err=True)
        raise typer.Exit(code=3)


@app.command()
def digest(
    topic: Annotated[str, typer.Option("--topic", help="what the digest is about, in either language")],
    since: FilterSince = None, until: FilterUntil = None, category: FilterCat = None,
    lang: Annotated[Literal["zh", "en"], typer.Option("--lang", help="zh | en")] = "zh",
    max_papers: Annotated[int, typer.Option("--max", min=1, max=50, help="most papers")] = 10,
    style: Annotated[Literal["brief", "themed"], typer.Option(help="brief | themed")] = "themed",
    out: Annotated[Optional[str], typer.Option("--out", help="write the Markdown digest to this file")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the structured digest as JSON")] = False,
):
    """Write a custom digest: selected papers grouped into themes, each linked to arXiv, with a short overview."""
    from assistant.chains.digest import DigestRequest, save_digest
    from assistant.validation import check_output_file

    filters = make_filters(since, until, category, False, None)
    if out:
        check_output_file(out)  # before the work: a digest takes a minute
    request = DigestRequest(topic=topic, since=filters.since, until=filters.until,
                            categories=list(filters.categories), language=lang, max_papers=max_papers, style=style)
    with _using_llm() as application:
        result = application.digest(request)
    for note in result.notes:
        typer.echo(f"note: {note}", err=True)
    if out:
        save_digest(result.markdown, out)
    if as_json:
        _print_json(result.model_dump())
    elif not out:
        typer.echo(result.markdown)
    else:
        typer.echo(f"digest with {len(result.papers)} papers written to {out}")


@app.command()
def chat(lang: LangOpt = None):
    """Interactive conversation; follow-ups ("what dataset did it use?", "那第二篇呢？") keep context."""
    from assistant.chains.answer import ChatSession

    session = ChatSession()
    application = _app()
    typer.echo("Ask about the indexed papers (empty line or Ctrl-D to quit, /new for a new conversation).")
    try:
        while True:
            try:
                question = input("\n> ").strip()
            except EOFError:
                break
            if not question:
                break
            if question == "/new":
                session.clear()
                continue
            try:
                final = _stream_to_terminal(application.stream_turn(question, session=session, language=lang),
                                            False)
            except AssistantError as exc:
                typer.echo(f"error: {exc}", err=True)
                continue
            _render_turn(final)
    finally:
        application.close()


@app.command()
def serve(
    host: Annotated[Optional[str], typer.Option(help="bind address (default ASSISTANT_UI_HOST, 127.0.0.1)")] = None,
    port: Annotated[Optional[int], typer.Option(help="port (default ASSISTANT_UI_PORT, 7860)")] = None,
    share: Annotated[bool, typer.Option(help="create a public Gradio share link")] = False,
):
    """Start the web app (chat with sources, paper browser, library)."""
    from ui.app import serve as run_server

    application = _app()
    try:
        run_server(application, host or application.settings.ui_host, port or application.settings.ui_port, share)
    finally:
        application.close()


@app.command()
def stats(as_json: Annotated[bool, typer.Option("--json")] = False):
    """Papers, chunks, date range and per-category counts of the store."""
    data = _app().store.stats()
    if as_json:
        _print_json(data)
        return
    typer.echo(f"store: {data['store']} (collection {data['collection']}, embedder {data['embedder']})")
    typer.echo(f"papers: {data['papers']}  chunks: {data['chunks']}  with Chinese summary: "
               f"{data['papers_with_chinese_summary']}")
    typer.echo(f"dates: {data['date_first'] or '-'} .. {data['date_last'] or '-'}")
    for cat, n in list(data["categories"].items())[:30]:
        typer.echo(f"  {cat:<16}{n}")


@app.command()
def remove(ids: Annotated[list[str], typer.Argument(help="arXiv ids")]):
    """Delete papers from the store."""
    from assistant.types import normalize_arxiv_id

    wanted = [normalize_arxiv_id(i) or i for i in ids]
    found = _app().store.remove(wanted)
    missing = [i for i in wanted if i not in found]
    typer.echo(f"removed {len(found)} papers" + (f"; not found: {', '.join(missing)}" if missing else ""))
    if missing and not found:
        raise typer.Exit(code=1)


@app.command()
def sync(
    source: Annotated[Optional[str], typer.Option(
        "--source", help="base URL laid out like upstream's data branch, github:owner/repo (or owner/repo@branch), or "
                         "a local directory (default ASSISTANT_SYNC_SOURCE: upstream)")] = None,
    since: Annotated[Optional[str], typer.Option(
        "--since", help="first day, YYYY-MM-DD (default: the last synced day; 7 days back on a first run)")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="last day, YYYY-MM-DD (default: today, UTC)")] = None,
    lang: Annotated[Optional[str], typer.Option(
        "--lang", help="Chinese | English: the _AI_enhanced_<lang>.jsonl files (default ASSISTANT_SYNC_LANG)")] = None,
    force: Annotated[bool, typer.Option("--force", help="ignore stored ETags/hashes: download and re-check every day")
                     ] = False,
    status: Annotated[bool, typer.Option("--status", help="show the last run and the synced days; sync nothing")
                      ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
):
    """Fetch the day files the upstream pipeline (or a fork, a mirror, a directory) published and ingest them.
    Unchanged days cost one conditional request; exit code 2 when a day failed (it is retried next run)."""
    from assistant.feed.sync import format_day, format_status

    syncer = _app().syncer
    if status:
        data = syncer.status(source, lang)
        _print_json(data) if as_json else typer.echo(format_status(data))
        return
    report = syncer.run(source=source, since=since, until=until, lang=lang, force=force,
                        on_day=None if as_json else lambda day: typer.echo(format_day(day)))
    if as_json:
        _print_json(report.model_dump())
    else:
        typer.echo(report.summary())
    if report.errors:
        raise typer.Exit(code=2)


@app.command("eval")
def evaluate(
    retrieval: Annotated[bool, typer.Option("--retrieval/--no-retrieval",
                                            help="retrieval metrics on sampled indexed papers")] = True,
    answers: Annotated[Optional[str], typer.Option("--answers", help="question file (JSONL); 'none' to skip")
                       ] = "data/eval/sample-questions.jsonl",
    translation: Annotated[int, typer.Option("--translation", min=0, help="papers to translate both ways (0 = off)")
                           ] = 0,
    sample: Annotated[int, typer.Option("--sample", min=1, help="papers sampled for the retrieval query sets")
                      ] = 100,
    out: Annotated[str, typer.Option("--out", help="directory for eval-report.md and eval-report.json")
                   ] = "eval-results",
    as_json: Annotated[bool, typer.Option("--json", help="print the JSON report")] = False,
):
    """Evaluate retrieval, answers and translation on the indexed papers; writes a Markdown + JSON report."""
    from pathlib import Path

    from assistant.eval import run_eval
    from assistant.eval.report import answers_markdown, retrieval_markdown, translation_markdown, write_report
    from assistant.settings import PROJECT_ROOT
    from assistant.validation import check_output_dir

    questions = None if not answers or answers.lower() == "none" else Path(answers)
    if questions is not None and not questions.is_absolute() and not questions.exists():
        questions = PROJECT_ROOT / questions  # the default file, from any working directory
    check_output_dir(out)  # before the work
    with _using_llm() as application:
        report = run_eval(application, retrieval=retrieval, answers=questions, translation=translation,
                          sample=sample)
    md_path, json_path = write_report(report, out)
    if as_json:
        _print_json(report)
        return
    for part, render in (("retrieval", retrieval_markdown), ("answers", lambda a: answers_markdown(a, items=False)),
                         ("translation", translation_markdown)):
        if report[part]:
            typer.echo(f"## {part}\n\n" + "\n".join(render(report[part])))
    typer.echo(f"report: {md_path}, {json_path}")
    if report["answers"] and report["answers"]["fabricated_citations"]:
        raise typer.Exit(code=4)


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


def _exit_on_sigterm() -> None:
    """`kill`/systemd stop sends SIGTERM, which by default skips `finally` and atexit: the bundled llama.cpp
    server (its own session, so Ctrl-C does not reach it) would outlive us. Exit normally instead."""
    import signal

    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def main() -> None:
    _exit_on_sigterm()
    app()
