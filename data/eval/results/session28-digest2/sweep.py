"""papers outside the candidate pool that name every concept (lexically) and pass the gates: labels. cwd = code."""
import json, os, sys
sys.path.insert(0, os.getcwd())
from pathlib import Path
from collections import Counter
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest import select as S
from assistant.chains.digest.topic import topic_concepts
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.learned import translate_concepts
from assistant.chains.digest.relevance import coverage, _named
from assistant.retrieval import recent_papers

header, topics = load_topic_file(Path(os.environ["TOPICS"]))
app = open_app(default_store())
st = app.settings
ALL = None
tot = Counter(); out = {}
for t in topics:
    req = DigestRequest(topic=t.topic, language=t.language, since=t.since or header.since, until=t.until or header.until, max_papers=20)
    concepts = topic_concepts(t.topic, st.prompts_dir)
    if not concepts: continue
    filters = req.filters(); k = max(st.digest_candidates, 60)
    if ALL is None:
        ALL = [(p, PaperText.of(p)) for p in recent_papers(app.store, filters, limit=None)]
    hits = S._retrieve(req, concepts, filters, app.retriever, k)
    papers = app.store.get_papers([pid for pid, _ in hits])
    pool = [(papers[pid], sim) for pid, sim in hits if pid in papers and S._admissible(papers[pid], req, filters)]
    texts = [PaperText.of(p) for p, _ in pool]
    concepts = translate_concepts(concepts, texts, app.embedder)
    extra = S._learned_hits(req, concepts, filters, app.retriever, k, {p.arxiv_id for p, _ in pool}, app.store)
    seen = {p.arxiv_id for p, _ in pool} | {p.arxiv_id for p, _ in extra}
    cand = [(p, tx) for p, tx in ALL if p.arxiv_id not in seen and all(_named(c, tx) for c in concepts)]
    covers = coverage(concepts, [tx for _, tx in cand], None, st.digest_concept_similarity, topic=t.topic)
    rel, rej = set(t.relevant), set(getattr(t, "rejected", []) or [])
    rows = []
    for (p, tx), c in zip(cand, covers):
        if not c.complete: continue
        ok = c.named_as_focus() if len(concepts) == 1 else c.focused()
        lab = "on" if p.arxiv_id in rel else ("off" if p.arxiv_id in rej else "unl")
        rows.append({"id": p.arxiv_id, "label": lab, "pass": ok, "matched": c.matched, "mentions": c.mentions, "title": p.title[:90]})
        if ok: tot[lab] += 1
    out[t.id] = rows
    print(t.id, len(cand), Counter(r["label"] for r in rows if r["pass"]), flush=True)
print("TOTAL", tot)
Path(sys.argv[1]).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
