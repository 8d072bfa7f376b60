"""Inspect the candidates of a topic (dev32a, session 32): the concepts, and how many of the first 120 candidates
write each regex (title / abstract / TL;DR sentences), with the judged papers marked.
cd CODE && PYTHONPATH=. python insp.py 'topic|lang' REGEX [REGEX ...] [--show REGEX] [--judged id,id]"""
import json
import os
import re
import sys

sys.path.insert(0, os.getcwd())
from assistant.chains.digest import select  # noqa: E402

CAP = {}
_tr = select.translate_concepts


def tr(concepts, texts, embedder=None):
    out = _tr(concepts, texts, embedder)
    CAP["texts"] = list(texts)
    CAP["concepts"] = out
    return out


select.translate_concepts = tr


def main():
    from assistant.chains.digest import DigestRequest
    from bench.digest_relevance import default_store, open_app

    args = sys.argv[1:]
    spec = args.pop(0)
    show = None
    judged = set()
    if "--show" in args:
        i = args.index("--show"); show = args[i + 1]; args = args[:i] + args[i + 2:]
    topic, lang = spec.rsplit("|", 1)
    for line in open("/tmp/topics184.jsonl", encoding="utf-8"):
        d = json.loads(line)
        if d.get("topic") == topic:
            judged = set(d["relevant"])
    app = open_app(default_store())
    req = DigestRequest(topic=topic, language=lang, since="2026-06-01", until="2026-06-10", max_papers=20,
                        style="themed")
    d = app.digest(req, use_llm=False)
    print("concepts", d.concepts, "matching", d.matching)
    for c in CAP.get("concepts", []):
        print("  C", c.label, c.forms[:6], "learned", c.learned, "ctx", c.context[:3], "alt", [a.label for a in c.alternatives])
    listed = {p.id for p in d.papers}
    print("listed", [(p.id, "J" if p.id in judged else "-") for p in d.papers])
    texts = CAP.get("texts", [])[:120]
    print("pool", len(texts), "judged in pool", sum(t.paper.arxiv_id in judged for t in texts), "of", len(judged))
    for rx in args:
        hit = [t for t in texts if any(re.search(rx, s, re.I) for _, s in t.sentences)]
        print(f"  /{rx}/: {len(hit)} papers, judged {sum(t.paper.arxiv_id in judged for t in hit)}")
    for t in texts:
        mark = ("J" if t.paper.arxiv_id in judged else "-") + ("L" if t.paper.arxiv_id in listed else "-")
        if show and (t.paper.arxiv_id in judged or any(re.search(show, s, re.I) for _, s in t.sentences)):
            ss = [s for _, s in t.sentences if re.search(show, s, re.I)][:2]
            print(mark, t.paper.arxiv_id, t.paper.title[:70], "|", " || ".join(x[:150] for x in ss))


main()
