"""dev36b study: digests of topics (judged ids from a topics file, or 'topic|lang' specs) without the LLM on the bench
store, with a trace of the near-forms step (`learned._near_written`): the nearest candidates (cosine, id, label, title)
and the terms considered (papers, similarity, narrow).
cd CODE && PYTHONPATH=. python study.py OUT.json [--topics FILE --ids a,b] ['topic|lang' ...] [--size N]"""
import json
import os
import sys
import time

sys.path.insert(0, os.getcwd())
from assistant.chains.digest import learned  # noqa: E402

TRACE = []
try:
    from assistant.chains.digest import near_forms as nf  # noqa: E402
    _orig = nf.near_forms

    def traced(concept, texts, embedder, others=()):
        out = _orig(concept, texts, embedder, others)
        near = nf.nearest_candidates(concept, texts, embedder)
        counts, surface, focused = {}, {}, set()
        for _, t in near:
            every, focus = nf.paper_terms(t)
            focused |= focus
            for k, f in every.items():
                counts[k] = counts.get(k, 0) + 1
                surface.setdefault(k, f)
        keys = [k for k, n in counts.items() if n >= nf.TERM_PAPERS and k in focused]
        terms = []
        if keys:
            cache = nf.vector_cache(embedder)
            forms = [surface[k] for k in keys]
            sims = cache(forms) @ cache([concept.label])[0]
            terms = sorted(([surface[k], counts[k], round(float(s), 3), nf._narrow(surface[k])]
                            for k, s in zip(keys, sims)), key=lambda x: -x[2])[:25]
        TRACE.append({"concept": concept.label, "learned": list(out), "n_texts": len(texts),
                      "near": [[round(s, 3), t.paper.arxiv_id, t.paper.title[:80]] for s, t in near],
                      "terms": terms})
        return out
    learned.near_forms = traced
except ImportError:
    pass


def main():
    from assistant.chains.digest import DigestRequest
    from bench.digest_relevance import default_store, open_app

    args = sys.argv[2:]
    size = 8
    if "--size" in args:
        i = args.index("--size")
        size = int(args[i + 1])
        args = args[:i] + args[i + 2:]
    specs = []
    if "--topics" in args:
        i = args.index("--topics")
        path = args[i + 1]
        args = args[:i] + args[i + 2:]
        ids = None
        if "--ids" in args:
            j = args.index("--ids")
            ids = set(args[j + 1].split(","))
            args = args[:j] + args[j + 2:]
        for ln in open(path, encoding="utf-8").read().splitlines()[1:]:
            d = json.loads(ln)
            if ids is None or d["id"] in ids:
                specs.append((d["topic"], d["language"], d["id"], set(d["relevant"]), set(d.get("rejected", []))))
    if "--file" in args:
        i = args.index("--file")
        args = args[:i] + [ln.rstrip("\n") for ln in open(args[i + 1], encoding="utf-8") if ln.strip()] + args[i + 2:]
    for spec in args:
        topic, lang = spec.rsplit("|", 1)
        specs.append((topic, lang, None, set(), set()))
    app = open_app(default_store())
    out = []
    for topic, lang, tid, rel, rej in specs:
        req = DigestRequest(topic=topic, language=lang, since="2026-06-01", until="2026-06-10", max_papers=size,
                            style="themed")
        TRACE.clear()
        t0 = time.perf_counter()
        d = app.digest(req, use_llm=False)
        sec = round(time.perf_counter() - t0, 2)
        lab = lambda pid: "ON" if pid in rel else ("off" if pid in rej else "?")  # noqa: E731
        for tr in TRACE:
            for row in tr["near"]:
                row.insert(2, lab(row[1]))
        rec = {"id": tid, "topic": topic, "lang": lang, "seconds": sec, "concepts": d.concepts, "matching": d.matching,
               "papers": [[p.id, lab(p.id), p.title[:90]] for p in d.papers], "relevant": sorted(rel),
               "notes": d.notes, "trace": list(TRACE)}
        out.append(rec)
        print(json.dumps({k: rec[k] for k in ("id", "topic", "concepts", "matching", "seconds")}, ensure_ascii=False))
        for p in rec["papers"]:
            print("   ", p)
        for tr in TRACE:
            print("  TRACE", tr["concept"], "->", tr["learned"])
            for row in tr["near"]:
                print("     near", row)
            for row in tr["terms"][:12]:
                print("     term", row)
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
