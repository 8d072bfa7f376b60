"""The candidates' English terms nearest a concept in the embedder (a hyponym / field-word probe, not product code).
cd CODE && PYTHONPATH=. python neighbours.py TOPICS.jsonl id PHRASE [PHRASE ...]"""
import os
import sys

sys.path.insert(0, os.getcwd())
from assistant.chains.digest import learned, select  # noqa: E402

CAP = {}
_tr = select.translate_concepts


def tr(concepts, texts, embedder=None):
    CAP["texts"], CAP["embedder"] = texts, embedder
    return _tr(concepts, texts, embedder)


select.translate_concepts = tr


def main():
    from assistant.chains.digest import DigestRequest
    from assistant.chains.digest.semantic import vector_cache
    from assistant.eval.digests import load_topic_file
    from bench.digest_relevance import default_store, open_app

    header, topics = load_topic_file(sys.argv[1])
    t = next(t for t in topics if t.id == sys.argv[2])
    app = open_app(default_store())
    app.digest(DigestRequest(topic=t.topic, language=t.language, since=header.since, until=header.until,
                             max_papers=20), use_llm=False)
    df, surface, rel = {}, {}, {}
    for text in CAP["texts"]:
        terms = learned._en_terms(" \n ".join(s for _, s in text.sentences))
        for key, form in terms.items():
            df[key] = df.get(key, 0) + 1
            surface.setdefault(key, form)
            rel[key] = rel.get(key, 0) + (text.paper.arxiv_id in t.relevant)
    keys = [k for k in df if df[k] >= 1]
    cache = vector_cache(CAP["embedder"])
    sims = cache([surface[k] for k in keys]) @ cache(sys.argv[3:]).T
    best = sims.max(axis=1)
    order = sorted(range(len(keys)), key=lambda n: -best[n])[:40]
    for n in order:
        k = keys[n]
        print(f"{best[n]:.3f} df{df[k]:3} rel{rel[k]:2} {surface[k]}")


main()
