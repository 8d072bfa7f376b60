"""The numbers `learned.whole_or_pieces` decides on, per topic: candidates naming the whole phrase, each piece, both.
cd CODE && PYTHONPATH=. python pieces.py TOPICS.jsonl [id,id]"""
import os
import sys

sys.path.insert(0, os.getcwd())
from assistant.chains.digest import learned, select  # noqa: E402
from assistant.chains.digest.lexical import lexical_field  # noqa: E402

ROWS = []
_w = learned.whole_or_pieces


def w(c, learned_whole, texts):
    out = _w(c, learned_whole, texts) or learned_whole
    if True:
        named = [[lexical_field(p, t) is not None for t in texts] for p in c.pieces]
        whole = sum(lexical_field(learned_whole[0], t) is not None for t in texts)
        both = sum(a and b for a, b in zip(*named))
        ROWS.append((c.label, whole, [p.label for p in c.pieces], [sum(n) for n in named], both,
                     [x.label for x in out]))
    return out


learned.whole_or_pieces = w


def main():
    from assistant.chains.digest import DigestRequest
    from assistant.eval.digests import load_topic_file
    from bench.digest_relevance import default_store, open_app

    header, topics = load_topic_file(sys.argv[1])
    ids = sys.argv[2].split(",") if len(sys.argv) > 2 else None
    app = open_app(default_store())
    from assistant.chains.digest.topic import topic_concepts
    for t in topics:
        if ids and t.id not in ids:
            continue
        cs = topic_concepts(t.topic, None)
        if not (len(cs) == 1):
            continue
        ROWS.clear()
        req = DigestRequest(topic=t.topic, language=t.language, since=header.since, until=header.until, max_papers=8)
        app.digest(req, use_llm=False)
        for r in ROWS:
            print(t.id, *r)


main()
