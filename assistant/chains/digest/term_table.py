"""A zh -> en term table learned offline from the corpus (issue 16): for a Chinese term (a jieba word or two adjacent
ones, `candidate_terms.zh_terms`), the English term (a word or two adjacent words, `candidate_terms.en_terms`, keyed
by the same stems) that the papers writing it in their Chinese fields write in their English title and abstract, and
few others do.

The digest learns a Chinese concept's English from its own candidates (`learned._learn`), which needs three of them
to write the Chinese word: a compound no TL;DR of the slice writes is never reached. Session 41's blind forty-seventh
group: 小样本学习 was empty (no candidate writes it, one writes 小样本; its ten judged papers write 'few-shot' and
'one-shot'), 大模型的时间推理 was read as 时间 · 推理 and listed time-series papers. Across the corpus's ~18k papers
outside the judged slice the pairs are there: the papers writing 小样本 write 'few-shot'.

A row passes floors on counts and on association (`PAIR_MIN_PAPERS`, `RECALL_MIN`, `PRECISION_MIN`, `LIFT_MIN`);
the English of a row is the term best associated with the Chinese one (Dice), so a frequent English word co-occurring
by chance ('model') is never it.

    python -m assistant.chains.digest.term_table CORPUS_FILES... --skip SLICE_FILES...  # rebuild term_table.json
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from functools import lru_cache
from pathlib import Path

from assistant.chains.digest.candidate_terms import en_terms, zh_terms
from assistant.chains.digest.common_terms import chinese_fields, corpus_papers
from assistant.lang import to_simplified

TABLE = Path(__file__).with_name("term_table.json")

ZH_MIN_PAPERS = 5  # a Chinese term in fewer papers than this is too rare to learn from
ZH_MAX_SHARE = 0.08  # ... and one in more than this share of papers is a broad word (方法 , 推理), no term to translate
EN_MIN_PAPERS = 5
PAIR_MIN_PAPERS = 5  # papers writing both
RECALL_MIN = 0.4  # share of the papers writing the Chinese term that write the English one
PRECISION_MIN = 0.05  # share of the papers writing the English term that write the Chinese one: low, a synonym takes
# the rest (of the papers writing 'few-shot', most write 少样本 and few 小样本)
LIFT_MIN = 10.0  # P(en | zh) / P(en): the English is not a frequent word that co-occurs with everything


def _paper_terms(paths: list[str], skip: set[str]) -> tuple[list[set[str]], list[dict[tuple[str, ...], str]]]:
    """For each distinct paper of the files (those whose id is in `skip` left out): its Chinese terms (title,
    TL;DR, motivation, method) and its English terms (title, abstract: stem key -> surface form)."""
    seen: set[str] = set(skip)
    zh: list[set[str]] = []
    en: list[dict[tuple[str, ...], str]] = []
    for paper in corpus_papers(paths):
        if paper.arxiv_id in seen or not paper.summary_usable:
            continue
        seen.add(paper.arxiv_id)
        zh.append({k[0] for k in zh_terms(chinese_fields(paper))})
        en.append(en_terms(" \n ".join([paper.title, paper.abstract])))
    return zh, en


def build(paths: list[str], skip: set[str] = frozenset()) -> dict[str, list]:
    """{Chinese term: [English term, papers writing both, recall, precision]} for the rows passing the floors."""
    zh, en = _paper_terms(paths, set(skip))
    n = len(zh)
    zh_df = Counter(t for terms in zh for t in terms)
    en_df = Counter(k for keys in en for k in keys)
    wanted = {t for t, c in zh_df.items() if ZH_MIN_PAPERS <= c <= ZH_MAX_SHARE * n}
    kept = [[k for k in keys if en_df[k] >= EN_MIN_PAPERS] for keys in en]
    papers: dict[str, list[int]] = {t: [] for t in wanted}
    for i, terms in enumerate(zh):
        for t in terms & wanted:
            papers[t].append(i)
    table = {}
    for t, rows in papers.items():
        counter: Counter = Counter()
        for i in rows:
            counter.update(kept[i])
        best = None
        for key, c in counter.items():
            recall, precision = c / zh_df[t], c / en_df[key]
            if c < PAIR_MIN_PAPERS or recall < RECALL_MIN or precision < PRECISION_MIN or \
                    recall * n / en_df[key] < LIFT_MIN:
                continue
            dice = 2 * c / (zh_df[t] + en_df[key])
            if best is None or (dice, len(key)) > best[0]:
                best = ((dice, len(key)), key, [c, round(recall, 3), round(precision, 3)])
        if best:
            table[t] = best[1:]
    # each row's English as most of its papers write it (the stems 'continu learn': 'continual learning')
    forms = Counter((key, terms[key]) for t, (key, _) in table.items() for i in papers[t] if key in (terms := en[i]))
    surface = {key: form for (key, form), _ in sorted(forms.items(), key=lambda x: (x[1], x[0][1]))}
    return {t: [surface[key], *counts] for t, (key, counts) in sorted(table.items())}


@lru_cache(maxsize=1)
def _table() -> dict[str, list]:
    return json.loads(TABLE.read_text(encoding="utf-8")) if TABLE.exists() else {}


def table_row(label: str) -> list | None:
    """The table's row for a Chinese term: [English term, papers writing both, recall, precision], or None."""
    return _table().get(to_simplified(label).strip())


def table_term(label: str) -> str | None:
    """The English term the table learned for a Chinese term, or None."""
    row = table_row(label)
    return row[0] if row else None


if __name__ == "__main__":
    args = sys.argv[1:]
    cut = args.index("--skip") if "--skip" in args else len(args)
    skip_paths = args[cut + 1:]
    start = time.time()
    result = build([p for p in args[:cut] if p not in skip_paths], {p.arxiv_id for p in corpus_papers(skip_paths)})
    rows = (f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}" for k, v in result.items())
    TABLE.write_text("{\n" + ",\n".join(rows) + "\n}\n", encoding="utf-8")  # a row a line
    print(f"{len(result)} rows in {time.time() - start:.0f} s")
