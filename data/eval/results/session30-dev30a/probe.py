"""Per candidate of a topic: concepts after learning, coverage, gate and label. cwd = code.
   TOPICS=FILE PYTHONPATH=. python probe.py ID [ID ...]  (prints; --all lists every candidate that matches a concept)"""
import json, os, sys
sys.path.insert(0, os.getcwd())
from pathlib import Path
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest import select as S
from assistant.chains.digest.topic import topic_concepts
from assistant.chains.digest.lexical import PaperText, naming_rows
from assistant.chains.digest.learned import translate_concepts
from assistant.chains.digest.relevance import coverage

header, topics = load_topic_file(Path(os.environ.get("TOPICS", "/tmp/topics161.jsonl")))
ids = [a for a in sys.argv[1:] if not a.startswith("--")]
app = open_app(default_store())
st = app.settings
for t in topics:
    if t.id not in ids:
        continue
    req = DigestRequest(topic=t.topic, language=t.language, since=t.since or header.since, until=t.until or header.until, max_papers=20)
    concepts = topic_concepts(t.topic, st.prompts_dir)
    filters = req.filters(); k = max(st.digest_candidates, 60)
    hits = S._retrieve(req, concepts, filters, app.retriever, k)
    papers = app.store.get_papers([pid for pid, _ in hits])
    pool = [(papers[pid], sim) for pid, sim in hits if pid in papers and S._admissible(papers[pid], req, filters)]
    texts = [PaperText.of(p) for p, _ in pool]
    concepts = translate_concepts(concepts, texts, app.embedder)
    extra = S._learned_hits(req, concepts, filters, app.retriever, k, {p.arxiv_id for p, _ in pool}, app.store)
    n0 = len(pool)
    pool += extra; texts += [PaperText.of(p) for p, _ in extra]
    covers = coverage(concepts, texts, app.embedder, st.digest_concept_similarity, topic=t.topic)
    dense_ok = len(concepts) == 1 and not any(c.complete for c in covers)
    rel, rej = set(t.relevant), set(getattr(t, "rejected", []) or [])
    print("=====", t.id, t.topic, "pool", n0, "+", len(extra), "dense_ok", dense_ok)
    for c in concepts:
        print("  concept", repr(c.label), "head" if c.head else "", "forms", c.forms[:10], "learned", c.learned, "glossed", c.glossed, "ctx", c.context, "merged", c.merged)
    for rank, ((p, sim), c, tx) in enumerate(zip(pool, covers, texts)):
        lab = "ON " if p.arxiv_id in rel else ("rej" if p.arxiv_id in rej else "unl")
        if not (c.matched or p.arxiv_id in rel or "--all" in sys.argv):
            continue
        if len(concepts) == 1:
            gate = "dense" if not c.complete and dense_ok and sim >= 0.3 else ("semantic1" if (not dense_ok and "semantic" in c.matched.values()) else ("incomplete" if not c.complete else ("notfocus1" if not c.named_as_focus() else "PASS")))
        else:
            gate = "incomplete" if not c.complete else ("notfocus" if not c.focused() else "PASS")
        print(f" {rank:3} {lab} {gate:10} sim{sim:.2f} {p.arxiv_id} {c.matched} m{c.mentions} f{c.focus} | {p.title[:80]}")
        if "--rows" in sys.argv and c.matched:
            for cc in concepts:
                for i in sorted(naming_rows(cc, tx))[:3]:
                    print("        ", cc.label, "<", tx.sentences[i][0], tx.sentences[i][1][:160])
