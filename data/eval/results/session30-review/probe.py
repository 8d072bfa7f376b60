"""Review probe (session 30): digests of invented topics, without LLM, on the bench store; concepts, listed papers,
theme names, seconds. cd CODE && PYTHONPATH=. python probe.py OUT.json 'topic|lang' ['topic|lang' ...] [--size N]"""
import json
import os
import sys
import time

sys.path.insert(0, os.getcwd())


def main():
    from assistant.chains.digest import DigestRequest
    from bench.digest_relevance import default_store, open_app

    args = sys.argv[2:]
    size = 8
    if "--size" in args:
        i = args.index("--size")
        size = int(args[i + 1])
        args = args[:i] + args[i + 2:]
    app = open_app(default_store())
    out = []
    for spec in args:
        topic, lang = spec.rsplit("|", 1)
        req = DigestRequest(topic=topic, language=lang, since="2026-06-01", until="2026-06-10", max_papers=size,
                            style="themed")
        t0 = time.perf_counter()
        err = None
        try:
            d = app.digest(req, use_llm=False)
        except Exception as e:  # noqa: BLE001
            import traceback
            err = traceback.format_exc()
            d = None
        sec = round(time.perf_counter() - t0, 2)
        if d is None:
            rec = {"topic": topic, "lang": lang, "error": err, "seconds": sec}
        else:
            rec = {"topic": topic, "lang": lang, "seconds": sec, "concepts": d.concepts, "matching": d.matching,
                   "papers": [[p.id, p.title[:90], p.concepts] for p in d.papers],
                   "themes": [[t.name, t.named_by, t.terms, t.items] for t in d.themes],
                   "error": d.error, "notes": d.notes, "timings": d.timings}
        out.append(rec)
        print(f"== {topic} ({lang}) {sec}s concepts={rec.get('concepts')} matching={rec.get('matching')}"
              f" err={(rec.get('error') or '')[-300:]}")
        for p in rec.get("papers", []):
            print("   ", p[0], p[1][:80])
        for t in rec.get("themes", []):
            print("    T", t[0], t[2], t[3])
        sys.stdout.flush()
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)


main()
