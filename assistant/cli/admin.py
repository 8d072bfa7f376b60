"""CLI commands that run the app or measure it: serve, eval."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from assistant.cli import (
    _app,
    _print_json,
    _using_llm,
    app,
)


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


@app.command("eval")
def evaluate(
    retrieval: Annotated[Optional[bool], typer.Option("--retrieval/--no-retrieval",
                                                      help="retrieval metrics on sampled indexed papers (default: "
                                                      "on, unless --digests is given)")] = None,
    answers: Annotated[Optional[str], typer.Option("--answers", help="question file (JSONL); 'none' to skip (default: "
                                                   "data/eval/sample-questions.jsonl, unless --digests is given)")
                       ] = None,
    translation: Annotated[int, typer.Option("--translation", min=0, help="papers to translate both ways (0 = off)")
                           ] = 0,
    sample: Annotated[int, typer.Option("--sample", min=1, help="papers sampled for the retrieval query sets")
                      ] = 100,
    out: Annotated[str, typer.Option("--out", help="directory for eval-report.md and eval-report.json")
                   ] = "eval-results",
    as_json: Annotated[bool, typer.Option("--json", help="print the JSON report")] = False,
    digests: Annotated[Optional[str], typer.Option("--digests", help="topic file (JSONL) with judged on-topic papers: "
                                                   "digest precision, recall, theme purity, overview checks")] = None,
    overview: Annotated[bool, typer.Option("--overview/--no-overview",
                                           help="digests with the LLM (theme names, overview) or without")] = True,
    digest_max: Annotated[Optional[str], typer.Option("--digest-max", help="digest sizes, e.g. 8 or 8,20 "
                                                      "(default: the topic file's)")] = None,
    digest_topics: Annotated[Optional[str], typer.Option("--digest-topics", help="only these topic ids (comma-separated)")
                             ] = None,
):
    """Evaluate retrieval, answers, translation and digests on the indexed papers; writes a Markdown + JSON report."""
    from pathlib import Path

    from assistant.errors import InputError
    from assistant.eval import run_eval
    from assistant.eval.report import (
        answers_markdown,
        digests_markdown,
        retrieval_markdown,
        translation_markdown,
        write_report,
    )
    from assistant.settings import PROJECT_ROOT
    from assistant.validation import check_output_dir

    if answers is None:  # --digests alone evaluates digests only
        answers = "none" if digests else "data/eval/sample-questions.jsonl"
    if retrieval is None:
        retrieval = not digests
    questions = None if not answers or answers.lower() == "none" else Path(answers)
    if questions is not None and not questions.is_absolute() and not questions.exists():
        questions = PROJECT_ROOT / questions  # the default file, from any working directory
    topic_file = Path(digests) if digests else None
    if topic_file is not None and not topic_file.is_absolute() and not topic_file.exists():
        topic_file = PROJECT_ROOT / topic_file
    try:
        sizes = [int(x) for x in digest_max.split(",") if x.strip()] if digest_max else None
    except ValueError:
        raise InputError(f"--digest-max takes sizes like 8 or 8,20, not {digest_max!r}") from None
    only = [x.strip() for x in digest_topics.split(",") if x.strip()] if digest_topics else None
    check_output_dir(out)  # before the work
    with _using_llm() as application:
        report = run_eval(application, retrieval=retrieval, answers=questions, translation=translation,
                          sample=sample, digests=topic_file, digest_overview=overview, digest_sizes=sizes,
                          digest_topics=only)
    md_path, json_path = write_report(report, out)
    if as_json:
        _print_json(report)
        return
    for part, render in (("retrieval", retrieval_markdown), ("answers", lambda a: answers_markdown(a, items=False)),
                         ("translation", translation_markdown),
                         ("digests", lambda d: digests_markdown(d, items=False))):
        if report[part]:
            typer.echo(f"## {part}\n\n" + "\n".join(render(report[part])))
    typer.echo(f"report: {md_path}, {json_path}")
    if report["answers"] and report["answers"]["fabricated_citations"]:
        raise typer.Exit(code=4)
