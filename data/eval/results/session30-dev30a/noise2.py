"""The pool of a topic (retrieval + learned hits) alone and after other topics in one process. cwd = code.
   PYTHONPATH=. python noise2.py ID [N_BEFORE]"""
import os, sys
sys.path.insert(0, os.getcwd())
from pathlib import Path
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest import select as S
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.learned import translate_concepts

header, topics = load_topic_file(Path("/tmp/topics161.jsonl"))
want = sys.argv[1]; before = int(sys.argv[2]) if len(sys.argv) > 2 else 30
app = open_app(default_store()); st = app.settings


def pool_of(t):
    req = DigestRequest(topic=t.topic, language=t.language, since=t.since or header.since, until=t.until or header.until, max_papers=20)
    concepts = S.topic_concepts(t.topic, st.prompts_dir)
    filters = req.filters(); k = 100
    hits = S._retrieve(req, concepts, filters, app.retriever, k)
    papers = app.store.get_papers([pid for pid, _ in hits])
    pool = [(papers[pid], sim) for pid, sim in hits if pid in papers and S._admissible(papers[pid], req, filters)]
    texts = [PaperText.of(p) for p, _ in pool]
    concepts = translate_concepts(concepts, texts, app.embedder)
    extra = S._learned_hits(req, concepts, filters, app.retriever, k, {p.arxiv_id for p, _ in pool}, app.store)
    return [p.arxiv_id for p, _ in pool], [p.arxiv_id for p, _ in extra], [(c.label, c.learned) for c in concepts]

target = next(t for t in topics if t.id == want)
a = pool_of(target)
for t in topics[:before]:
    if t.id != want and t.topic:
        pool_of(t)
b = pool_of(target)
print("pool", len(a[0]), len(b[0]), "same order", a[0] == b[0], "extra", len(a[1]), len(b[1]), a[1] == b[1])
print("learned", a[2], b[2])
if a[0] != b[0]:
    print(" only first:", set(a[0]) - set(b[0]), "only second:", set(b[0]) - set(a[0]))
