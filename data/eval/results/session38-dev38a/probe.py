"""Review probe (session 31, reused in 34, 35, 36: + how listed papers met narrow pieces, dev36a): digests of invented topics without LLM on the bench store (read-only): the concepts
(after learning), matching count, the listed papers (id, title, line) and selection seconds.
cd CODE && PYTHONPATH=. python probe.py OUT.json 'topic|lang' [...] [--size N]   (or --file topics.txt)"""
import json
import os
import sys
import time

sys.path.insert(0, os.getcwd())
from assistant.chains.digest import select  # noqa: E402

CAP = {}
_cov = select.coverage


def cov(concepts, texts, *a, **k):
    out = _cov(concepts, texts, *a, **k)
    CAP["concepts"] = concepts
    return out


select.coverage = cov

TRACE = {}
try:  # session 36 (dev36a): how each paper met a narrow piece (literal, by which gloss, or not)
    from assistant.chains.digest import narrow
    from assistant.chains.digest.lexical import stem_near
    from assistant.chains.digest.vocabulary import gloss_stems
    from assistant.lang import has_chinese
    _meets = narrow.meets_piece

    def meets(piece, text):
        got = _meets(piece, text)
        how = "no"
        if got:
            how = "yes"
            if has_chinese(piece) and not any(piece in s for s in text.flat()):
                gl = [g for g in gloss_stems(piece) if len(g) >= narrow.PIECE_GLOSS_MIN_CHARS
                      and any(stem_near(g, h) for h in text.stemsets())]
                how = "gloss:" + ",".join(gl)
        TRACE.setdefault(text.paper.arxiv_id, {})[piece] = how
        return got

    narrow.meets_piece = meets
except ImportError:
    pass


def desc(c):
    d = {"label": c.label, "forms": list(c.forms[:8])}
    for f in ("learned", "context", "required", "droppable"):
        v = getattr(c, f, ())
        if v:
            d[f] = list(v[:8])
    for f in ("head", "loose", "setting", "role"):
        if getattr(c, f, False):
            d[f] = True
    if c.glossed:
        d["glossed"] = [sorted(g)[:6] for g in c.glossed]
    if c.merged:
        d["merged"] = list(c.merged)
    if c.alternatives:
        d["alternatives"] = [desc(a) for a in c.alternatives]
    return d


def main():
    from assistant.chains.digest import DigestRequest
    from bench.digest_relevance import default_store, open_app

    args = sys.argv[2:]
    size = 8
    if "--size" in args:
        i = args.index("--size")
        size = int(args[i + 1])
        args = args[:i] + args[i + 2:]
    if "--file" in args:
        i = args.index("--file")
        args = args[:i] + [ln.rstrip("\n") for ln in open(args[i + 1], encoding="utf-8") if ln.strip()] + args[i + 2:]
    app = open_app(default_store())
    out = []
    for spec in args:
        topic, lang = spec.rsplit("|", 1)
        req = DigestRequest(topic=topic, language=lang, since="2026-06-01", until="2026-06-10", max_papers=size,
                            style="themed")
        CAP.clear()
        TRACE.clear()
        t0 = time.perf_counter()
        err = None
        try:
            d = app.digest(req, use_llm=False)
        except Exception:  # noqa: BLE001
            import traceback
            err = traceback.format_exc()
            d = None
        sec = round(time.perf_counter() - t0, 2)
        cons = [desc(c) for c in CAP.get("concepts", [])]
        if d is None:
            rec = {"topic": topic, "lang": lang, "error": err, "seconds": sec, "concepts_full": cons}
        else:
            rec = {"topic": topic, "lang": lang, "seconds": sec, "concepts": d.concepts, "matching": d.matching,
                   "concepts_full": cons,
                   "papers": [[p.id, p.title[:100], p.line[:160], p.concepts, TRACE.get(p.id, {})] for p in d.papers],
                   "error": d.error, "notes": d.notes, "timings": d.timings,
                   "concept_matches": getattr(d, "concept_matches", None)}
        out.append(rec)
        print(f"== {topic} ({lang}) {sec}s concepts={rec.get('concepts')} matching={rec.get('matching')}"
              f" err={(rec.get('error') or '')[-300:]}")
        for c in cons:
            print("   C", json.dumps(c, ensure_ascii=False)[:400])
        for p in rec.get("papers", []):
            print("    ", p[0], p[1][:90], p[4] if p[4] else "")
        sys.stdout.flush()
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)


main()
