"""debug: a topic's concepts, listed papers, and judged papers' coverage (no LLM), at the cwd's code."""
import json, os, sys, time
sys.path.insert(0, os.getcwd())
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, ensure_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest import select as S
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.learned import translate_concepts
from assistant.chains.digest.relevance import coverage
from assistant.chains.digest.topic import topic_concepts

header, topics = load_topic_file(__import__("pathlib").Path(os.environ.get("TOPICS", "/tmp/h17d/topics9.jsonl")))
ids = sys.argv[1].split(",")
size = int(sys.argv[2]) if len(sys.argv) > 2 else 20
store = default_store(); ensure_store(store)
app = open_app(store)
for t in topics:
    if t.id not in ids: continue
    req = DigestRequest(topic=t.topic, language=t.language, since=t.since or header.since, until=t.until or header.until, max_papers=size)
    pd = app.settings.prompts_dir
    sel = S.pick_papers(req, store=app.store, retriever_factory=app.retriever, prompts_dir=pd, min_relevance=app.settings.min_relevance,
                        embedder=app.embedder, concept_similarity=app.settings.digest_concept_similarity, candidates=app.settings.digest_candidates)
    print("=" * 100); print(t.id, t.topic, "matching", sel.matching, "retrieved", sel.retrieved)
    for c in sel.concepts:
        print("  concept", repr(c.label), "head" if c.head else "", "loose" if c.loose else "", "forms", c.forms[:8], "learned", c.learned, "ctx", c.context[:4], "glossed", [sorted(g)[:4] for g in c.glossed], "alts", [a.label for a in c.alternatives])
    rel = set(t.relevant); rej = set(getattr(t, "rejected", []) or [])
    for p in sel.picked:
        tag = "ON " if p.paper.arxiv_id in rel else ("off" if p.paper.arxiv_id in rej else "unl")
        print(f"  {tag} {p.paper.arxiv_id} {p.relevance:.3f} {p.coverage.matched if p.coverage else ''} | {p.paper.title[:90]}")
    # judged papers not listed
    pool_ids = [p.arxiv_id for p in sel.pool]
    listed = {p.paper.arxiv_id for p in sel.picked}
    miss = [i for i in t.relevant if i not in listed]
    if miss:
        papers = app.store.get_papers(miss)
        texts = [PaperText.of(papers[i]) for i in miss if i in papers]
        covs = coverage(sel.concepts, texts, app.embedder, app.settings.digest_concept_similarity)
        for i, tx, cv in zip(miss, texts, covs):
            print(f"  MISS {i} rank {pool_ids.index(i) if i in pool_ids else None} complete={cv.complete} focused={cv.focused() if cv.complete else None} matched={cv.matched} focus={cv.focus} sims={cv.similarity} | {papers[i].title[:80]}")
