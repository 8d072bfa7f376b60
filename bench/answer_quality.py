"""Before/after table of two answer-eval reports (`python -m assistant eval --answers … --out DIR`, or
data/eval/results/run_chunks.py), written to bench/RESULTS.md as the issue-11 section.

    python -m bench.answer_quality BEFORE/eval-report.json AFTER/eval-report.json

Questions are paired by id: the headline rows cover the questions both runs answered; questions only the after
run has (the held-out `h-` set, written after the fixes) get their own row. Scores come from the reports as saved;
nothing is re-run."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

from bench.common import write_section

TARGETS = {"accuracy": "≥ 0.9", "refusal": "≥ 0.95", "fabricated": "0", "wrong": "0", "prompt": "≤ 400",
           "ttft": "< 5 s", "total": "< 10 s"}


def _load(path: Path) -> dict:
    import json

    return json.loads(path.read_text(encoding="utf-8"))


def _median(values: list[float]) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def score(items: list[dict]) -> dict:
    """The headline figures of a set of eval items (the same rules as assistant/eval/answers.py's summary)."""
    answerable = [i for i in items if not i.get("unanswerable")]
    unanswerable = [i for i in items if i.get("unanswerable")]
    asked = [n for i in items for n in i.get("numbers") or []]
    return {
        "n": len(items), "answerable": len(answerable), "unanswerable": len(unanswerable),
        "correct_answerable": sum(bool(i.get("correct")) for i in answerable),
        "refused_unanswerable": sum(bool(i.get("correct")) for i in unanswerable),
        "fabricated": sum(i.get("fabricated_citations") or 0 for i in items),
        "wrong_numbers": sum(i.get("wrong_numbers") or 0 for i in items),
        "numbers_right": sum(n.get("status") == "right" for n in asked), "numbers_asked": len(asked),
        "prompt_p50": _median([i.get("prompt_tokens") for i in items]),
        "ttft_p50": _median([(i.get("first_token_ms") or None) and i["first_token_ms"] / 1000 for i in items]),
        "total_p50": _median([i.get("total_ms", 0) / 1000 for i in items if i.get("prompt_tokens")]),
        "by_kind": {k: (sum(bool(i.get("correct")) for i in items if i.get("kind") == k),
                        sum(i.get("kind") == k for i in items)) for k in dict.fromkeys(i.get("kind") for i in items)},
    }


def _frac(a: int, b: int) -> str:
    return f"**{a / b:.3f}** ({a}/{b})" if b else "-"


def _fmt(v, unit="") -> str:
    return "-" if v is None else (f"{v:.0f}{unit}" if unit == "" else f"{v:.1f}{unit}")


def table(*runs: dict) -> list[str]:
    rows = [("accuracy on answerable", lambda s: _frac(s["correct_answerable"], s["answerable"]), "accuracy"),
            ("refusal recall (unanswerable + near-miss)", lambda s: _frac(s["refused_unanswerable"],
                                                                           s["unanswerable"]), "refusal"),
            ("fabricated citations", lambda s: str(s["fabricated"]), "fabricated"),
            ("delivered wrong numbers", lambda s: f"{s['wrong_numbers']} (asked quantities right: "
                                                  f"{s['numbers_right']}/{s['numbers_asked']})", "wrong"),
            ("median prompt tokens", lambda s: _fmt(s["prompt_p50"]), "prompt"),
            ("median time to first token", lambda s: _fmt(s["ttft_p50"], " s"), "ttft"),
            ("median total (questions that reached the model)", lambda s: _fmt(s["total_p50"], " s"), "total")]
    return [f"| {label} | " + " | ".join(fn(r) for r in runs) + f" | {TARGETS[key]} |" for label, fn, key in rows]


def _held_line(prefix: str, held: dict) -> str:
    return (f"**Held-out `{prefix}`** ({held['n']} questions written from randomly drawn corpus papers; after "
            f"only): answerable {held['correct_answerable']}/{held['answerable']}, refusal "
            f"{held['refused_unanswerable']}/{held['unanswerable']}, wrong numbers {held['wrong_numbers']}, "
            f"fabricated citations {held['fabricated']}; by kind " + ", ".join(
                f"{k} {v[0]}/{v[1]}" for k, v in held["by_kind"].items()) + ".")


def main(argv: list[str]) -> None:
    """BEFORE AFTER [--previous REPORT] [--write]: with --previous (an earlier after-run), a middle column."""
    write = "--write" in argv
    argv = [a for a in argv if a != "--write"]
    previous_report = None
    if "--previous" in argv:
        i = argv.index("--previous")
        previous_report = _load(Path(argv[i + 1]))
        argv = argv[:i] + argv[i + 2:]
    before_report, after_report = _load(Path(argv[0])), _load(Path(argv[1]))
    before_items = {i["id"]: i for i in before_report["answers"]["items"]}
    after_items = {i["id"]: i for i in after_report["answers"]["items"]}
    previous_items = {i["id"]: i for i in previous_report["answers"]["items"]} if previous_report else {}
    shared = [i for i in after_items if i in before_items and (not previous_items or i in previous_items)]
    only_after = [i for i in after_items if i not in before_items]
    runs = [before_items] + ([previous_items] if previous_items else []) + [after_items]
    scored = [score([items[i] for i in shared]) for items in runs]
    loads = lambda r: [round(x[0], 1) for x in r["setup"].get("load_average_per_chunk") or []]  # noqa: E731
    header = "| | before | previous | after | target |" if previous_items else "| | before | after | target |"
    lines = [f"Before: {before_report['created']}, {before_report['setup']['papers']} papers, load average per "
             f"chunk {loads(before_report)}. "
             + (f"Previous: {previous_report['created']}, {previous_report['setup']['papers']} papers. "
                if previous_report else "")
             + f"After: {after_report['created']}, {after_report['setup']['papers']} "
             f"papers (the held-out questions' papers added), load average per chunk {loads(after_report)}. "
             f"{len(shared)} questions in every run.", "",
             header, "|---|" + "---|" * (len(runs) + 1), *table(*scored), "",
             "By kind (correct/questions), " + " → ".join(["before"] + (["previous"] if previous_items else [])
                                                          + ["after"]) + ": " + ", ".join(
                 f"{k} " + " → ".join(f"{s['by_kind'].get(k, (0, 0))[0]}/{s['by_kind'].get(k, (0, 0))[1]}"
                                      for s in scored) for k in scored[-1]["by_kind"]) + "."]
    for prefix in dict.fromkeys(i.split("-", 1)[0] + "-" for i in only_after):
        group = [after_items[i] for i in only_after if i.startswith(prefix)]
        lines += ["", _held_line(prefix, score(group))]
        if previous_items and any(i in previous_items for i in only_after if i.startswith(prefix)):
            seen = [i for i in only_after if i.startswith(prefix) and i in previous_items]
            lines += [f"(previous run on the same {len(seen)}: " + _held_line(prefix, score(
                [previous_items[i] for i in seen])).split("after only): ", 1)[1].rstrip(".") + ")."]
    body = "\n".join(lines)
    print(body)
    if write:
        write_section("answers-issue11", "## Answers on the bundled model, issue 11 (`python -m assistant eval "
                      "--answers data/eval/questions.jsonl`; table by `python -m bench.answer_quality`)\n\n" + body)


if __name__ == "__main__":
    main(sys.argv[1:])
