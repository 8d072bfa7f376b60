"""every candidate that covers every concept (complete), with the gate it fails (if any) and its label. cwd = code.
   TOPICS=COPY.jsonl PYTHONPATH=. python gates.py OUT.json"""
import json, os, sys
sys.path.insert(0, os.getcwd())
from pathlib import Path
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest import select as S
from assistant.chains.digest.topic import topic_concepts
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.learned import translate_concepts
from assistant.chains.digest.relevance import coverage

header, topics = load_topic_file(Path(os.environ["TOPICS"]))
app = open_app(default_store())
import assistant.chains.digest.lexical as LX
_fr = LX.PaperText.focus_rows
def _fr2(self):
    out = _fr(self)
    t = next((i for i, (w, _) in enumerate(self.sentences) if w == "tldr"), None)
    return sorted(set(out) | ({t} if t is not None and os.environ.get("TLDR1") else set()))
LX.PaperText.focus_rows = _fr2
st = app.settings
out = {}
for t in topics:
    req = DigestRequest(topic=t.topic, language=t.language, since=t.since or header.since, until=t.until or header.until, max_papers=20)
    concepts = topic_concepts(t.topic, st.prompts_dir)
    if not concepts: continue
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
    rows = []
    for rank, ((p, sim), c) in enumerate(zip(pool, covers)):
        if not c.complete: continue
        if len(concepts) == 1:
            gate = "semantic1" if (not dense_ok and "semantic" in c.matched.values()) else ("notfocus1" if not c.named_as_focus() else "pass")
        else:
            gate = "notfocus" if not c.focused() else "pass"
        pid = p.arxiv_id
        rows.append({"id": pid, "label": "on" if pid in rel else ("off" if pid in rej else "unl"), "gate": gate, "rank": rank, "extra": rank >= n0,
                     "sim": round(sim, 4), "matched": c.matched, "mentions": c.mentions, "focus": c.focus, "together": c.together,
                     "stated": c.stated, "claimed": c.claimed, "head": c.head, "listed": sorted(c.listed), "similarity": c.similarity,
                     "roles": sorted(c.roles), "settings": sorted(c.settings), "titled": sorted(c.titled), "strength": round(c.strength(), 4),
                     "title": p.title[:100]})
    out[t.id] = {"topic": t.topic, "n": len(t.relevant), "pool": len(pool), "concepts": [c.label for c in concepts], "rows": rows}
    print(t.id, len(rows), flush=True)
Path(sys.argv[1]).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
