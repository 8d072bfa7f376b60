"""dev37a precision ledger (session 37): for every paper listed in a topic's digest of 20 that is NOT in the topic's
relevant list, how each concept was met, read from the selection's own intermediate results (dev37b's ledger.py way:
select's functions wrapped, not re-implemented):
  per concept: Coverage.matched field, the sentences naming it (lexical.naming_rows: field + index), which forms
  occur in them as written (own label / other own forms = glossary / learned), focus, mentions.
Class (first that applies):
  v   a concept matched only semantically / densely
  iv  a concept named only by learned forms (no own form written in its naming sentences)
  i   a multi-word Latin concept whose naming sentences write none of its forms as a phrase (words apart / split)
  ii  a concept named only outside title / TL;DR / keywords (abstract sentences: a passing mention)
  iii every concept in title / TL;DR / keywords by its own forms (another sense, or a lenient label)
cd CODE && PYTHONPATH=. flock /tmp/cpu.lock python offledger.py TOPICS.jsonl OUT.jsonl [--only id,id] [--judged J]"""
import argparse
import json
import os
import re
import sys
import time

sys.path.insert(0, os.getcwd())
from assistant.chains.digest import select  # noqa: E402
from assistant.chains.digest.lexical import naming_rows  # noqa: E402
from assistant.lang import has_chinese, to_simplified  # noqa: E402

CAP: dict = {}
_cov = select.coverage


def coverage(concepts, texts, *a, **k):
    out = _cov(concepts, texts, *a, **k)
    CAP["concepts"], CAP["texts"], CAP["covers"] = concepts, texts, out
    return out


select.coverage = coverage


def written(form: str, sentence: str) -> bool:
    """The form as a phrase in the sentence (Chinese: a substring without spaces; Latin: whole words, any case)."""
    if has_chinese(form):
        return re.sub(r"[\s\-–]+", "", form) in re.sub(r"[\s\-–]+", "", to_simplified(sentence))
    words = [re.escape(w) for w in re.split(r"[\s\-–]+", form.lower()) if w]
    return bool(words) and re.search(r"\b" + r"[\s\-–]+".join(words), sentence.lower()) is not None


def concept_info(concept, text, cover) -> dict:
    rows = sorted(naming_rows(concept, text))
    own = concept.forms or (concept.label,)
    info = {"label": concept.label, "matched": cover.matched.get(concept.label), "rows": [], "focus":
            cover.focus.get(concept.label), "mentions": cover.mentions.get(concept.label)}
    for i in rows:
        where, s = text.sentences[i]
        info["rows"].append({
            "i": i, "field": where,
            "label": written(concept.label, s),
            "own": [f for f in own if written(f, s)][:3],
            "learned": [f for f in concept.learned if f not in own and written(f, s)][:3],
            "text": s[:160]})
    return info


def classify(infos: list[dict]) -> str:
    for c in infos:
        if c["matched"] in ("semantic", "dense") or (c["matched"] and not c["rows"]):
            return "v"
    for c in infos:
        if c["rows"] and not any(r["own"] for r in c["rows"]) and any(r["learned"] for r in c["rows"]):
            return "iv"
    for c in infos:
        multi = not has_chinese(c["label"]) and len(c["label"].split()) >= 2
        if multi and c["rows"] and not any(r["own"] or r["learned"] for r in c["rows"]):
            return "i"
    for c in infos:
        if c["rows"] and all(r["field"] == "abstract" for r in c["rows"]):
            return "ii"
    return "iii"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("topics")
    ap.add_argument("out")
    ap.add_argument("--only", default="")
    ap.add_argument("--judged", default="")
    ap.add_argument("--all", action="store_true", help="every listed paper, on topic too (field 'on')")
    args = ap.parse_args()
    from assistant.chains.digest import DigestRequest
    from bench.digest_relevance import default_store, open_app

    p_yes = {}
    if args.judged:
        for line in open(args.judged, encoding="utf-8"):
            d = json.loads(line)
            p_yes[(d["topic_id"], d["paper"])] = d["p_yes"]
    only = set(filter(None, args.only.split(",")))
    app = open_app(default_store())
    lines = open(args.topics, encoding="utf-8").read().splitlines()
    with open(args.out, "w", encoding="utf-8") as fh:
        for n, ln in enumerate(lines[1:], 2):
            d = json.loads(ln)
            if only and d["id"] not in only:
                continue
            CAP.clear()
            t0 = time.perf_counter()
            digest = app.digest(DigestRequest(topic=d["topic"], language=d["language"], since="2026-06-01",
                                              until="2026-06-10", max_papers=20, style="themed"), use_llm=False)
            listed = [p.id for p in digest.papers]
            concepts = CAP.get("concepts", [])
            ids = [t.paper.arxiv_id for t in CAP.get("texts", [])]
            rel, rej = set(d["relevant"]), set(d.get("rejected", []))
            for rank, pid in enumerate(listed):
                if pid in rel and not args.all:
                    continue
                row = {"line": n, "topic_id": d["id"], "topic": d["topic"], "language": d["language"], "paper": pid,
                       "rank": rank, "labelled": "rejected" if pid in rej else "never proposed",
                       "p_yes": p_yes.get((d["id"], pid)), "n_concepts": len(concepts), "on": pid in rel}
                if pid in ids:
                    i = ids.index(pid)
                    text, cover = CAP["texts"][i], CAP["covers"][i]
                    row["title"] = text.paper.title
                    row["concepts"] = [concept_info(c, text, cover) for c in concepts]
                    row["class"] = classify(row["concepts"])
                    row["loose"] = [c.label for c in concepts if c.loose]
                else:
                    row["class"] = "v"
                    row["why"] = "not in the coverage pool (generic path?)"
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(n, d["id"], f"{time.perf_counter() - t0:.1f}s", flush=True)


if __name__ == "__main__":
    main()
