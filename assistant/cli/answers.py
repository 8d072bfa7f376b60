"""CLI commands that answer from the papers: ask, compare, chat, translate, digest (all through `App`)."""

from __future__ import annotations

import sys
from typing import Annotated, Literal, Optional

import typer

from assistant.cli import (
    FilterAuthor,
    FilterCat,
    FilterPrimary,
    FilterSince,
    FilterUntil,
    LangOpt,
    _app,
    _print_json,
    _using_llm,
    app,
    make_filters,
)
from assistant.errors import AssistantError


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
