"""dev37b loss ledger: for every judged on-topic paper NOT listed in a topic's digest of 20, the stage it is lost at,
read from the selection's own intermediate results (select's functions wrapped, not re-implemented):
  a  not retrieved into the candidate pool (first pool + learned-form hits)
  b  in the pool, a concept not matched (which; `Coverage.matched` lacks it)
  c  matched but cut by a rule of `_covering` (focus: head / role / listed / recurrence; narrow; one-concept focus;
     one-concept semantic-only)
  d  passes every rule but ranked below the cut
cd CODE && PYTHONPATH=. flock /tmp/cpu.lock python ledger.py TOPICS.jsonl OUT.jsonl [--only id,id] [--size 20]"""
import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.getcwd())
from assistant.chains.digest import select  # noqa: E402
from assistant.chains.digest.narrow import covers_narrow  # noqa: E402

CAP: dict = {}
_cov, _covering, _retrieve, _learned = select.coverage, select._covering, select._retrieve, select._learned_hits


def coverage(concepts, texts, *a, **k):
    out = _cov(concepts, texts, *a, **k)
    CAP["concepts"], CAP["texts"], CAP["covers"], CAP["args"] = concepts, texts, out, (a, k)
    return out


def covering(*a, **k):
    out = _covering(*a, **k)
    CAP["out"] = [p.paper.arxiv_id for p in out]
    return out


def retrieve(*a, **k):
    out = _retrieve(*a, **k)
    CAP["first"] = [pid for pid, _ in out]
    return out


def learned_hits(*a, **k):
    out = _learned(*a, **k)
    CAP["extra"] = [p.arxiv_id for p, _ in out]
    return out


select.coverage, select._covering, select._retrieve, select._learned_hits = coverage, covering, retrieve, learned_hits


def focus_reason(cover) -> str:
    """Which clause of `Coverage.focused` fails (the order it tests them)."""
    if cover.head and not cover.focus.get(cover.head):
        return "focus:head-not-in-focus"
    if any(not cover.focus.get(label) for label in cover.roles):
        return "focus:role"
    if any(label in cover.listed and (label == cover.head or cover.head is None or not cover.focus.get(label))
           for label in cover.matched):
        return "focus:listed"
    return "focus:recurrence"


def stage(pid, concepts, texts, covers, out):
    ids = [t.paper.arxiv_id for t in texts]
    if pid not in ids:
        return "a", "", {}
    i = ids.index(pid)
    cover = covers[i]
    info = {"pool_rank": i, "matched": cover.matched, "sim": cover.similarity}
    if pid in out:
        info["out_rank"] = out.index(pid)
        return "d", "ranked below", info
    labels = [c.label for c in concepts]
    if not cover.complete:
        return "b", "missing:" + "|".join(lb for lb in labels if lb not in cover.matched), info
    if len(concepts) == 1 and "semantic" in cover.matched.values():
        return "c", "one-concept:semantic-only", info
    if len(concepts) > 1 and not cover.focused():
        return "c", focus_reason(cover), info
    if not covers_narrow(concepts, texts[i], cover.matched):
        return "c", "narrow", info
    if len(concepts) == 1 and not cover.named_as_focus():
        return "c", "one-concept:not-named-as-focus", info
    return "?", "not in out but passes replayed rules (dense fallback?)", info


def if_pooled(app, pid):
    """A paper retrieval missed: the stage it would reach were it in the pool (coverage over the pool + it, so the
    pool's statistics are the same; '?' = it would pass every rule)."""
    from assistant.chains.digest.lexical import PaperText
    papers = app.store.get_papers([pid])
    if pid not in papers:
        return {"if_pooled": "not in store"}
    texts = CAP["texts"] + [PaperText.of(papers[pid])]
    a, k = CAP["args"]
    covers = _cov(CAP["concepts"], texts, *a, **k)
    st, why, _ = stage(pid, CAP["concepts"], texts, covers, [])
    return {"if_pooled": st + " " + why}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("topics")
    ap.add_argument("out")
    ap.add_argument("--only", default="")
    ap.add_argument("--size", type=int, default=20)
    args = ap.parse_args()
    from assistant.chains.digest import DigestRequest
    from bench.digest_relevance import default_store, open_app

    only = set(filter(None, args.only.split(",")))
    app = open_app(default_store())
    lines = open(args.topics, encoding="utf-8").read().splitlines()
    rows = []
    for n, ln in enumerate(lines[1:], 2):
        d = json.loads(ln)
        if only and d["id"] not in only:
            continue
        CAP.clear()
        t0 = time.perf_counter()
        digest = app.digest(DigestRequest(topic=d["topic"], language=d["language"], since="2026-06-01",
                                          until="2026-06-10", max_papers=args.size, style="themed"), use_llm=False)
        secs = time.perf_counter() - t0
        listed = [p.id for p in digest.papers]
        concepts = CAP.get("concepts", [])
        head = {"line": n, "id": d["id"], "topic": d["topic"], "language": d["language"], "seconds": round(secs, 2),
                "concepts": [{"label": c.label, "forms": list(c.forms)[:12], "learned": list(c.learned)[:12]}
                             for c in concepts],
                "listed": listed, "relevant": d["relevant"], "first_pool": len(CAP.get("first", [])),
                "extra": len(CAP.get("extra", [])), "passing": len(CAP.get("out", []))}
        lost = []
        for pid in d["relevant"]:
            if pid in listed:
                continue
            if not concepts:
                lost.append({"id": pid, "stage": "a", "why": "no concepts (generic topic path)"})
                continue
            st, why, info = stage(pid, concepts, CAP["texts"], CAP["covers"], CAP.get("out", []))
            if st == "a":
                first = CAP.get("first", [])
                why = "not in first pool" if pid not in first else "in first pool but inadmissible/missing"
                info = if_pooled(app, pid)
            lost.append({"id": pid, "stage": st, "why": why, **info})
        head["lost"] = lost
        rows.append(head)
        print(n, d["id"], f"{secs:.1f}s", "lost", len(lost), " ".join(x["stage"] for x in lost), flush=True)
    with open(args.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
