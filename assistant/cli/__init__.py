"""Command line: `python -m assistant ingest|search|ask|digest|sync|for-you|...`. Parses input, calls `App`, prints.

This module holds the typer app, the one error handler and the shared options; the commands live beside it by
subject: `library` (ingest, search, stats, remove, sync), `answers` (ask, compare, chat, translate, digest),
`readers` (subscribe, like, for-you, feed, mail) and `admin` (serve, eval)."""

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


LangOpt = Annotated[Optional[Literal["zh", "en"]],
                    typer.Option("--lang", help="answer language: zh | en (default: the question's)")]


def _exit_on_sigterm() -> None:
    """`kill`/systemd stop sends SIGTERM, which by default skips `finally` and atexit: the bundled llama.cpp
    server (its own session, so Ctrl-C does not reach it) would outlive us. Exit normally instead."""
    import signal

    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def main() -> None:
    _exit_on_sigterm()
    app()


def _register_commands() -> None:
    """The commands register themselves on `app` when their modules are imported (`--help` lists them in this
    order: the library, answers, the readers' part, running and measuring the app)."""
    import importlib

    for module in ("library", "answers", "readers", "admin"):
        importlib.import_module(f"assistant.cli.{module}")


_register_commands()
