"""For each concept whose label is a member (not the first form) of a glossary entry: among the candidates that pass
the selection's gates, how many write the label itself (its own forms) and how many match only by the entry's other
forms, with the judged labels. cwd = code.  PYTHONPATH=. python members.py [ID ...]"""
import json, os, sys
sys.path.insert(0, os.getcwd())
from pathlib import Path
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest import select as S
from assistant.chains.digest.topic import topic_concepts, _same_term, Concept
from assistant.chains.digest.vocabulary import _entries
from assistant.chains.digest.lexical import PaperText, lexical_field
from assistant.chains.digest.learned import translate_concepts
from assistant.chains.digest.relevance import coverage

header, topics = load_topic_file(Path(os.environ.get("TOPICS", "/tmp/topics161.jsonl")))
ids = set(sys.argv[1:])
app = open_app(default_store())
st = app.settings
ents = _entries(st.prompts_dir)
for t in topics:
    if ids and t.id not in ids:
        continue
    concepts0 = topic_concepts(t.topic, st.prompts_dir)
    members = []
    for c in concepts0:
        e = next((e for e in ents if any(_same_term(f, c.label) for f in e.forms)), None)
        if e is None or c.alternatives:
            continue
        if any(f and _same_term(f, c.label) for f in (e.zh[:1] + e.en[:1])):
            continue
        members.append(c.label)
    if not members:
        continue
    req = DigestRequest(topic=t.topic, language=t.language, since=t.since or header.since, until=t.until or header.until, max_papers=20)
    filters = req.filters(); k = max(st.digest_candidates, 60)
    hits = S._retrieve(req, concepts0, filters, app.retriever, k)
    papers = app.store.get_papers([pid for pid, _ in hits])
    pool = [(papers[pid], sim) for pid, sim in hits if pid in papers and S._admissible(papers[pid], req, filters)]
    texts = [PaperText.of(p) for p, _ in pool]
    concepts = translate_concepts(concepts0, texts, app.embedder)
    covers = coverage(concepts, texts, app.embedder, st.digest_concept_similarity, topic=t.topic)
    rel = set(t.relevant)
    for c in concepts:
        if c.label not in members:
            continue
        own = Concept(label=c.label, forms=tuple(f for f in c.forms if _same_term(f, c.label)))
        n_all = n_own = 0; on_own = on_oth = p_own = p_oth = 0
        for (p, sim), cov, tx in zip(pool, covers, texts):
            if not lexical_field(c, tx):
                continue
            n_all += 1
            is_own = lexical_field(own, tx) is not None
            n_own += is_own
            ok = cov.complete and (cov.focused() if len(concepts) > 1 else cov.named_as_focus())
            if ok:
                if is_own:
                    p_own += 1; on_own += p.arxiv_id in rel
                else:
                    p_oth += 1; on_oth += p.arxiv_id in rel
        print(f"{t.id:18} {c.label!r:28} own forms {own.forms} | name all {n_all} own {n_own} | pass own {p_own} (on {on_own}) other-only {p_oth} (on {on_oth}) | judged {len(rel)}", flush=True)
