"""The candidate pool's counts behind session 22's two pool rules (`learned.modifier_is_point`, `learned.phrase_apart`):
for each topic given, the 120 candidates the concepts learn from (captured from `select.pick_papers`), and per concept
how many name a modifier in focus, the head's term, both, a loose phrase in one sentence, or its words beside the head.
No LLM; run from a checkout:

    cd CODE && TOPICS=topics.jsonl PYTHONPATH=. python pool.py llm-culture,spatial-vlm,vln,ml-surrogate
"""

import os
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, os.getcwd())

from assistant.chains.digest import learned, select  # noqa: E402
from assistant.chains.digest.lexical import lexical_field  # noqa: E402
from assistant.chains.digest.request import DigestRequest  # noqa: E402
from assistant.chains.digest.topic import Concept  # noqa: E402
from assistant.eval.digests import load_topic_file  # noqa: E402
from bench.digest_relevance import default_store, ensure_store, open_app  # noqa: E402

header, topics = load_topic_file(Path(os.environ.get("TOPICS", "data/eval/topics.jsonl")))
store = default_store()
ensure_store(store)
app = open_app(store)
seen = {}
original = learned.translate_concepts


def spy(concepts, texts, embedder=None):
    seen["texts"], seen["concepts"] = texts[:learned.TRANSLATE_POOL], concepts
    return original(concepts, texts, embedder)


select.translate_concepts = spy


def count(concept, texts):
    return [lexical_field(concept, t) is not None for t in texts]


for t in topics:
    if t.id not in sys.argv[1].split(","):
        continue
    req = DigestRequest(topic=t.topic, language=t.language, since=header.since, until=header.until, max_papers=20)
    select.pick_papers(req, store=app.store, retriever_factory=app.retriever, prompts_dir=app.settings.prompts_dir,
                       min_relevance=app.settings.min_relevance, embedder=app.embedder,
                       concept_similarity=app.settings.digest_concept_similarity,
                       candidates=app.settings.digest_candidates)
    texts, rel = seen["texts"], set(t.relevant)
    print(t.id, len(texts), "candidates;", sum(x.paper.arxiv_id in rel for x in texts), "judged on topic")
    head = next((c for c in seen["concepts"] if c.head), None)
    for c in seen["concepts"]:
        print(" concept", c.label, c.context, "in focus" if c.context_in_focus else "")
        if c.context_in_focus and c.context:
            point = Concept(label=c.context[0], forms=(c.context[0],), loose=True, head=True)
            stated = [any(lexical_field(point, x.row(i)) is not None for i in x.focus_rows()) for x in texts]
            named = count(replace(c, context=(), context_in_focus=False), texts)
            print("  modifier in focus", sum(stated), "of them naming the term", sum(a and b for a, b in zip(stated, named)),
                  "term named", sum(named))
        if c.loose and not c.head and head is not None:
            words = c.label.split()
            headed = count(head, texts)
            together = count(c, texts)
            last = count(Concept(label=words[-1], forms=(words[-1],), loose=True), texts)
            print("  head named", sum(headed), "with the phrase in one sentence",
                  sum(a and b for a, b in zip(headed, together)), "with its last word", sum(a and b for a, b in zip(headed, last)))
