"""CLI commands about what the store holds: ingest, ingest-sample, search, stats, remove, sync."""

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
    _app,
    _print_json,
    app,
    make_filters,
)


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
