"""Probe one or more judged topics: the concepts after learning, and how every labelled paper (and every listed
one) covers them. cd CODE && PYTHONPATH=. python probe.py TOPICS.jsonl id[,id] [size]"""
import os
import sys

sys.path.insert(0, os.getcwd())
from assistant.chains.digest import select  # noqa: E402

CAP = {}
_cov = select.coverage


def cov(concepts, texts, *a, **k):
    out = _cov(concepts, texts, *a, **k)
    CAP["concepts"], CAP["texts"], CAP["covers"] = concepts, texts, out
    return out


select.coverage = cov


def main():
    from assistant.chains.digest import DigestRequest
    from assistant.eval.digests import load_topic_file
    from bench.digest_relevance import default_store, open_app

    header, topics = load_topic_file(sys.argv[1])
    ids = sys.argv[2].split(",")
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    app = open_app(default_store())
    for t in topics:
        if t.id not in ids:
            continue
        req = DigestRequest(topic=t.topic, language=t.language, since=header.since, until=header.until, max_papers=size)
        d = app.digest(req, use_llm=False)
        print("=" * 10, t.id, t.topic, "matching", d.matching)
        for c in CAP["concepts"]:
            print("  C", repr(c.label), "head" if c.head else "", "loose" if c.loose else "", "setting" if c.setting else "",
                  "forms", c.forms[:10], "learned", c.learned, "ctx", c.context[:5])
        listed = [p.id for p in d.papers]
        rel = set(t.relevant)
        pos = {tx.paper.arxiv_id: i for i, tx in enumerate(CAP["texts"])}
        for pid in list(dict.fromkeys(list(t.relevant) + listed)):
            mark = ("L" if pid in listed else "-") + ("+" if pid in rel else " ")
            if pid not in pos:
                print(f"  {mark} {pid} NOT-IN-POOL")
                continue
            cv = CAP["covers"][pos[pid]]
            print(f"  {mark} {pid} rk{pos[pid]:3} {cv.matched} m{cv.mentions} f{cv.focus} tog{int(cv.together)} "
                  f"cl{int(cv.claimed)} foc{int(cv.focused()) if cv.complete else '-'} | {CAP['texts'][pos[pid]].paper.title[:70]}")


main()
