"""For judged topics: the candidates (texts handed to translate_concepts) and how many name the whole concept and
each of its words / pieces, on topic (judged) or not. cd CODE && PYTHONPATH=. python parts.py TOPICS.jsonl id[,id] [piece,piece]"""
import os
import sys

sys.path.insert(0, os.getcwd())
from assistant.chains.digest import learned, select  # noqa: E402
from assistant.chains.digest.lexical import lexical_field  # noqa: E402
from assistant.chains.digest.topic import Concept  # noqa: E402

CAP = {}
_tc = learned.translate_concepts


def tc(concepts, texts, embedder=None):
    CAP.setdefault("texts", texts)
    CAP.setdefault("concepts", concepts)
    return _tc(concepts, texts, embedder)


select.translate_concepts = tc


def main():
    from assistant.chains.digest import DigestRequest
    from assistant.eval.digests import load_topic_file
    from bench.digest_relevance import default_store, open_app

    header, topics = load_topic_file(sys.argv[1])
    ids = sys.argv[2].split(",")
    extra = sys.argv[3].split(",") if len(sys.argv) > 3 else []
    app = open_app(default_store())
    for t in topics:
        if t.id not in ids:
            continue
        CAP.clear()
        req = DigestRequest(topic=t.topic, language=t.language, since=header.since, until=header.until, max_papers=20)
        app.digest(req, use_llm=False)
        texts = CAP["texts"][:learned.TRANSLATE_POOL]
        rel = set(t.relevant)
        print("=" * 10, t.id, t.topic, len(texts), "candidates,", sum(x.paper.arxiv_id in rel for x in texts), "judged")
        probes = list(CAP["concepts"])
        for w in extra:
            probes.append(Concept(label=w, forms=(w,), loose=not any("\u4e00" <= ch <= "\u9fff" for ch in w)))
        for c in probes:
            named = [x for x in texts if lexical_field(c, x) is not None]
            focus = [x for x in named if any(lexical_field(c, x.row(i)) is not None for i in x.focus_rows())]
            print(f"  {c.label!r:40} named {len(named):3} (judged {sum(x.paper.arxiv_id in rel for x in named)})"
                  f"  in focus {len(focus):3} (judged {sum(x.paper.arxiv_id in rel for x in focus)})")


main()
