"""The evaluation report: one dict, written as `eval-report.json` and `eval-report.md`.

JSON fields (a contract: `eval --json` prints the same object). Absent parts are `null`.

    version                 1
    created                 ISO timestamp (UTC)
    setup                   {store, papers, embedder, collection, llm, rrf_k, bm25_weight, candidates}
    retrieval               {papers, sampled, seed, k, sets: {<set>: {description, sections, queries,
                             modes: {dense|bm25|hybrid: {recall_at_1, recall_at_5, recall_at_10, mrr,
                             ndcg_at_10, p50_ms, p95_ms}}}}}
                            sets: zh->en, zh->paper, en->paper, en->zh (see assistant/eval/retrieval.py)
    answers                 {file, model, questions, answerable, unanswerable, answered, refused, errors, correct,
                             precision (correct ÷ answered), accuracy (correct ÷ all), citation_precision,
                             citation_recall, fact_hit_rate, refusal_precision, refusal_recall,
                             fabricated_citations (must be 0), raw_fabricated_citations,
                             latency: {p50_ms, p95_ms, mean_ms, first_token_p50_ms}, missing_expected_ids,
                             items: [{question, language, unanswerable, answered, refused, error, correct,
                                      expected_ids, cited_ids, citation_precision, citation_recall, facts_total,
                                      facts_hit, fabricated_citations, raw_fabricated_citations, total_ms,
                                      first_token_ms, answer}]}
    translation             {papers, model, directions: {zh->en|en->zh: {texts, errors, numbers_total,
                             numbers_kept, number_preservation, terms_total, terms_kept, term_preservation,
                             round_trip_cosine, round_trip_cosine_min, mean_ms}}, items: [...]}

Rates are in [0, 1] (null when undefined, e.g. no answered question); times are milliseconds.
"""

from __future__ import annotations

import json
from pathlib import Path

JSON_NAME = "eval-report.json"
MD_NAME = "eval-report.md"


def _f(value, digits: int = 3) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _cell(text: str, limit: int = 90) -> str:
    text = " ".join(str(text).split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def retrieval_markdown(retrieval: dict) -> list[str]:
    lines = [f"Store: {retrieval['papers']} papers; {retrieval['sampled']} sampled (seed {retrieval['seed']}); "
             f"top-{retrieval['k']} papers per query.", ""]
    for name, res in retrieval["sets"].items():
        lines += [f"**{name}** — {res['description']} ({res['queries']} queries; sections: "
                  f"{', '.join(res['sections'])})", "",
                  "| mode | R@1 | R@5 | R@10 | MRR | nDCG@10 | p50 ms | p95 ms |", "|---|---|---|---|---|---|---|---|"]
        for mode, r in res["modes"].items():
            lines.append(f"| {mode} | {r['recall_at_1']:.3f} | {r['recall_at_5']:.3f} | {r['recall_at_10']:.3f} | "
                         f"{r['mrr']:.3f} | {r['ndcg_at_10']:.3f} | {r['p50_ms']:.0f} | {r['p95_ms']:.0f} |")
        lines.append("")
    return lines


def answers_markdown(answers: dict, *, items: bool = True) -> list[str]:
    lat = answers["latency"]
    lines = [f"Questions: `{answers['file']}` ({answers['questions']}: {answers['answerable']} answerable, "
             f"{answers['unanswerable']} unanswerable). Model: {answers['model']}.", "",
             "| metric | value |", "|---|---|",
             f"| precision (correct ÷ answered) | {_f(answers['precision'])} |",
             f"| accuracy (correct ÷ all) | {_f(answers['accuracy'])} |",
             f"| citation precision | {_f(answers['citation_precision'])} |",
             f"| citation recall | {_f(answers['citation_recall'])} |",
             f"| fact hit rate | {_f(answers['fact_hit_rate'])} |",
             f"| refusal precision / recall | {_f(answers['refusal_precision'])} / {_f(answers['refusal_recall'])} |",
             f"| answered / refused / errors | {answers['answered']} / {answers['refused']} / {answers['errors']} |",
             f"| **fabricated citations** (delivered answers) | **{answers['fabricated_citations']}** |",
             f"| fabricated citations removed by the verifier | {answers['raw_fabricated_citations']} |",
             f"| latency p50 / p95 / mean | {lat['p50_ms'] / 1000:.1f} s / {lat['p95_ms'] / 1000:.1f} s / "
             f"{lat['mean_ms'] / 1000:.1f} s |",
             f"| first token p50 | {_f(lat['first_token_p50_ms'] and lat['first_token_p50_ms'] / 1000, 1)} s |",
             ""]
    if answers.get("missing_expected_ids"):
        lines += [f"Expected papers not in the store: {', '.join(answers['missing_expected_ids'])}.", ""]
    if items:
        lines += ["| question | unanswerable | refused | correct | cited | facts | fabricated | s |",
                  "|---|---|---|---|---|---|---|---|"]
        for i in answers["items"]:
            lines.append(f"| {_cell(i['question'], 60)} | {'yes' if i['unanswerable'] else ''} | "
                         f"{'yes' if i['refused'] else ''} | {'✓' if i['correct'] else '✗'} | "
                         f"{', '.join(i['cited_ids']) or '—'} | {i['facts_hit']}/{i['facts_total']} | "
                         f"{len(i['fabricated_citations'])} | {_f((i['total_ms'] or 0) / 1000, 1)} |")
        lines.append("")
    return lines


def translation_markdown(translation: dict) -> list[str]:
    lines = [f"{translation['papers']} papers, model {translation['model']}; each text translated there and back.",
             "", "| direction | texts | numbers kept | acronyms/names kept | round-trip cosine (mean / min) | "
             "mean s (both ways) |", "|---|---|---|---|---|---|"]
    for name, d in translation["directions"].items():
        lines.append(f"| {name} | {d['texts']} | {d['numbers_kept']}/{d['numbers_total']} "
                     f"({_f(d['number_preservation'])}) | {d['terms_kept']}/{d['terms_total']} "
                     f"({_f(d['term_preservation'])}) | {_f(d['round_trip_cosine'])} / "
                     f"{_f(d['round_trip_cosine_min'])} | {d['mean_ms'] / 1000:.1f} |")
    lines.append("")
    return lines


def to_markdown(report: dict) -> str:
    setup = report["setup"]
    lines = ["# Evaluation report", "",
             f"{report['created']} — store `{setup['store']}` ({setup['papers']} papers, embedder "
             f"{setup['embedder']}), LLM {setup['llm']}, RRF k={setup['rrf_k']}, BM25 weight "
             f"{setup['bm25_weight']}.", ""]
    if report.get("retrieval"):
        lines += ["## Retrieval", "", *retrieval_markdown(report["retrieval"])]
    if report.get("answers"):
        lines += ["## Answers", "", *answers_markdown(report["answers"])]
    if report.get("translation"):
        lines += ["## Translation", "", *translation_markdown(report["translation"])]
    return "\n".join(lines).rstrip() + "\n"


def write_report(report: dict, out_dir: str | Path) -> tuple[Path, Path]:
    """Write `eval-report.md` and `eval-report.json` into out_dir (created); returns both paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    json_path, md_path = out / JSON_NAME, out / MD_NAME
    json_path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    md_path.write_text(to_markdown(report), encoding="utf-8")
    return md_path, json_path
