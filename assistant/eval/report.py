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
                            With an extended question file (assistant/eval/answers.py: a corpus header, ids, kinds,
                            numbers, turns, ...) the answers part also has:
                            store {store, kept, corpus, papers, ingest_seconds, skipped} (a header's corpus, ingested
                             into a separate store), routing (how turns were answered), accuracy_answerable,
                            accuracy_unanswerable, decline_recall (refused or said "not reported" ÷ unanswerable),
                            false_refusals (answerable questions refused), refused_turns (earlier, unscored turns of
                             answerable follow-ups that were refused), wrong_numbers (answers delivering a wrong
                            number for an asked quantity), numbers {asked, right, wrong, missing}, forbidden_hits,
                            raw_forbidden_hits, prompt_tokens_p50, first_token_p50_ms, total_p50_ms (medians),
                            by_kind / by_language: {<kind|language>: {questions, correct, accuracy, refused, declined,
                             false_refusals, wrong_numbers, fabricated_citations}},
                            and per item: id, kind, question_language, declined, facts_missed, numbers [{metric,
                            accepted, status (right|wrong|missing), stated, conflicting}], wrong_numbers,
                            forbidden_hits, raw_forbidden_hits, prompt_tokens, standalone_query, turns, after
    translation             {papers, model, directions: {zh->en|en->zh: {texts, errors, numbers_total,
                             numbers_kept, number_preservation, terms_total, terms_kept, term_preservation,
                             round_trip_cosine, round_trip_cosine_min, mean_ms}}, items: [...]}
    digests                 {file, model (null without the overview), overview, since, until, store (as answers',
                             or null), missing_relevant_ids, topics, sizes,
                             overall: {<size>: {topics, papers, on_topic, precision (listed on-topic ÷ listed),
                              precision_macro, recall (mean of on-topic listed ÷ min(judged, size)),
                              topics_all_on_topic, empty, only_notes, purity, theme_members, in_other, overviews,
                              overview_defects, overviews_with_defects, repeated, unfinished_last, name_mismatches,
                              misattributed, invalid_citations, bare_citations, overview_sentences,
                              overview_fallbacks, errors, seconds_p50, seconds_max}},
                             items: [{id, topic, language, max_papers, relevant, papers, on_topic, precision, recall,
                                      reachable, off_topic_ids, ids, concepts, matching, only_note, notes, error,
                                      seconds, timings, cached_llm_replies, themes: [{name, named_by, size}],
                                      purity {themes, members, pure, other, impure, purity},
                                      overview: null | {sentences, repeated, unfinished_last, uncited,
                                      invalid_citations, name_mismatches, misattributed, bare_citations, problems,
                                      defects, text, dropped_by_checks, fallbacks, recited}}]}
                            (assistant/eval/digests.py)

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
    if "by_kind" in answers:
        lines += extended_markdown(answers, items=items)
        return lines
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


def extended_markdown(answers: dict, *, items: bool = True) -> list[str]:
    """The extended figures (a question file with kinds, numbers, conversations)."""
    nums = answers["numbers"]
    store = answers.get("store")
    lines = []
    if store:
        lines += [f"Corpus: {', '.join(store['corpus'])} -> {store['papers']} papers in a separate store "
                  f"(`{store['store']}`{', kept' if store['kept'] else ', removed afterwards'}; ingest "
                  f"{store['ingest_seconds']} s). Conversation turns: `{answers.get('routing')}`.", ""]
    lines += ["| metric | value |", "|---|---|",
              f"| accuracy on answerable questions | {_f(answers['accuracy_answerable'])} |",
              f"| refusal recall (refused ÷ unanswerable) | {_f(answers['refusal_recall'])} |",
              f"| decline recall (refused or 'not reported' ÷ unanswerable) | {_f(answers['decline_recall'])} |",
              f"| false refusals (answerable questions refused) | {answers['false_refusals']} |",
              f"| earlier turns refused (not scored; answerable follow-ups) | {answers.get('refused_turns', 0)} |",
              f"| **answers with a delivered wrong number** | **{answers['wrong_numbers']}** |",
              f"| asked numbers right / wrong / missing | {nums['right']} / {nums['wrong']} / {nums['missing']} "
              f"(of {nums['asked']}) |",
              f"| forbidden text delivered (injection) | {answers['forbidden_hits']} |",
              f"| median prompt tokens | {_f(answers['prompt_tokens_p50'], 0)} |",
              f"| median first token / total | {_f(_s(answers['first_token_p50_ms']), 1)} s / "
              f"{_f(_s(answers['total_p50_ms']), 1)} s |", ""]
    for title, groups in (("kind", answers["by_kind"]), ("language", answers["by_language"])):
        lines += [f"| {title} | questions | correct | accuracy | refused | declined | false refusals | wrong numbers |"
                  " fabricated |", "|---|---|---|---|---|---|---|---|---|"]
        for name, g in groups.items():
            lines.append(f"| {name} | {g['questions']} | {g['correct']} | {_f(g['accuracy'])} | {g['refused']} | "
                         f"{g['declined']} | {g['false_refusals']} | {g['wrong_numbers']} | "
                         f"{g['fabricated_citations']} |")
        lines.append("")
    if items:
        lines += ["| id | kind | question | correct | refused | cited | facts | numbers (stated) | s |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for i in answers["items"]:
            numbers = "; ".join(f"{n['status']}" + (f" ({', '.join(n['stated'])})" if n["stated"] else "")
                                for n in i["numbers"]) or "—"
            lines.append(f"| {i['id'] or '—'} | {i['kind']} | {_cell(i['question'], 50)} | "
                         f"{'✓' if i['correct'] else '✗'} | {'yes' if i['refused'] else ''} | "
                         f"{', '.join(i['cited_ids']) or '—'} | {i['facts_hit']}/{i['facts_total']} | "
                         f"{_cell(numbers, 40)} | {_f((i['total_ms'] or 0) / 1000, 1)} |")
        lines.append("")
    return lines


def _s(ms):
    return ms / 1000 if ms is not None else None


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


def digests_markdown(digests: dict, *, items: bool = True) -> list[str]:
    store = digests.get("store")
    papers = f", {store['papers']} papers in a separate store" if store else ""
    llm = f"Model: {digests['model']} (theme names, overview)" if digests["overview"] else \
        "No LLM (keyword theme names, no overview)"
    lines = [f"Topics: `{digests['file']}` ({digests['topics']} topics, {digests['since'] or '…'}.."
             f"{digests['until'] or '…'}{papers}). {llm}.", ""]
    if digests.get("missing_relevant_ids"):
        lines += [f"Judged papers not in the store: {', '.join(digests['missing_relevant_ids'])}.", ""]
    lines += ["| size | precision@N (macro) | recall | topics all on topic | 'only N' | purity (members) | "
              "overviews with defects (defects) | repeated / unfinished / name / misattributed / invalid / bare | "
              "s p50 / max |", "|---|---|---|---|---|---|---|---|---|"]
    for size, o in digests["overall"].items():
        lines.append(f"| {size} | {_f(o['precision'])} ({_f(o['precision_macro'])}) | {_f(o['recall'])} | "
                     f"{o['topics_all_on_topic']}/{o['topics']} | {o['only_notes']} | {_f(o['purity'])} "
                     f"({o['theme_members']}) | {o['overviews_with_defects']}/{o['overviews']} ({o['overview_defects']})"
                     f" | {o['repeated']} / {o['unfinished_last']} / {o['name_mismatches']} / {o['misattributed']} / "
                     f"{o['invalid_citations']} / {o.get('bare_citations', 0)} | {_f(o['seconds_p50'], 1)} / "
                     f"{_f(o['seconds_max'], 1)} |")
    lines.append("")
    if items:
        lines += ["| topic | lang | size | judged | listed | on topic | precision | recall | purity | overview sentences "
                  "(from the lines) | overview defects | s |", "|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for i in digests["items"]:
            ov = i["overview"]
            sentences = "—" if ov is None else f"{ov['sentences']} ({ov.get('fallbacks', 0)})"
            lines.append(f"| {i['id']} | {i['language']} | {i['max_papers']} | {i['relevant']} | {i['papers']} | "
                         f"{i['on_topic']} | {_f(i['precision'])} | {_f(i['recall'])} | {_f(i['purity']['purity'])} | "
                         f"{sentences} | {'—' if ov is None else ov['defects']} | {_f(i['seconds'], 1)} |")
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
    if report.get("digests"):
        lines += ["## Digests", "", *digests_markdown(report["digests"])]
    return "\n".join(lines).rstrip() + "\n"


def write_report(report: dict, out_dir: str | Path) -> tuple[Path, Path]:
    """Write `eval-report.md` and `eval-report.json` into out_dir (created); returns both paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    json_path, md_path = out / JSON_NAME, out / MD_NAME
    json_path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    md_path.write_text(to_markdown(report), encoding="utf-8")
    return md_path, json_path
