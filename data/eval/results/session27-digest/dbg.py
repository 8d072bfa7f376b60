"""debug: a topic's concepts, listed papers, and judged papers' coverage (no LLM), at the cwd's code (from session17's dbg.py):
    cd CODE && TOPICS=COPY.jsonl PYTHONPATH=. python PATH/TO/dbg.py ID[,ID] [SIZE] [EXTRA_ID,...]"""
import os, sys
sys.path.insert(0, os.getcwd())
from pathlib import Path
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest import select as S
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.relevance import coverage, listed_only

header, topics = load_topic_file(Path(os.environ.get("TOPICS", "/tmp/dev16/topics.jsonl")))
ids = sys.argv[1].split(",")
size = int(sys.argv[2]) if len(sys.argv) > 2 else 20
extra = sys.argv[3].split(",") if len(sys.argv) > 3 else []
app = open_app(default_store())
for t in topics:
    if t.id not in ids: continue
    req = DigestRequest(topic=t.topic, language=t.language, since=t.since or header.since, until=t.until or header.until, max_papers=size)
    sel = S.pick_papers(req, store=app.store, retriever_factory=app.retriever, prompts_dir=app.settings.prompts_dir, min_relevance=app.settings.min_relevance,
                        embedder=app.embedder, concept_similarity=app.settings.digest_concept_similarity, candidates=app.settings.digest_candidates)
    print("=" * 100); print(t.id, t.topic, "matching", sel.matching, "retrieved", sel.retrieved)
    for c in sel.concepts:
        print("  concept", repr(c.label), "head" if c.head else "", "loose" if c.loose else "", "setting" if c.setting else "", "coord" if c.coordinated else "", "forms", c.forms[:10], "learned", c.learned, "ctx", c.context[:4], "glossed", [sorted(g)[:4] for g in c.glossed], "alts", [a.label for a in c.alternatives])
    rel = set(t.relevant); rej = set(getattr(t, "rejected", []) or [])
    for p in sel.picked:
        tag = "ON " if p.paper.arxiv_id in rel else ("off" if p.paper.arxiv_id in rej else "unl")
        print(f"  {tag} {p.paper.arxiv_id} {p.relevance:.3f} {p.coverage.matched if p.coverage else ''} | {p.paper.title[:90]}")
    pool_ids = [p.arxiv_id for p in sel.pool]
    listed = {p.paper.arxiv_id for p in sel.picked}
    miss = [i for i in list(t.relevant) + extra if i not in listed]
    if miss:
        papers = app.store.get_papers(miss)
        texts = [PaperText.of(papers[i]) for i in miss if i in papers]
        covs = coverage(sel.concepts, texts, app.embedder, app.settings.digest_concept_similarity, topic=t.topic)
        for i, tx, cv in zip([i for i in miss if i in papers], texts, covs):
            print(f"  MISS {i} rank {pool_ids.index(i) if i in pool_ids else None} complete={cv.complete} focused={cv.focused() if cv.complete else None} "
                  f"nf={cv.named_as_focus() if cv.complete else None} matched={cv.matched} focus={cv.focus} ment={cv.mentions} listed={set(cv.listed)} sims={cv.similarity} | {papers[i].title[:70]}")
