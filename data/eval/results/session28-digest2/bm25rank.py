import os, sys, json
sys.path.insert(0, os.getcwd())
from pathlib import Path
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest.topic import topic_concepts, concept_queries
header, topics = load_topic_file(Path(os.environ["TOPICS"]))
T = {t.id: t for t in topics}
pairs = [l.split() for l in open(sys.argv[1])]
app = open_app(default_store())
for tid, pid in pairs:
    t = T[tid]
    req = DigestRequest(topic=t.topic, language=t.language, since=t.since or header.since, until=t.until or header.until, max_papers=20)
    r = app.retriever(req.filters())
    cs = topic_concepts(t.topic, app.settings.prompts_dir)
    out = []
    for q in concept_queries(t.topic, cs):
        hits = r.keyword(q, 3000)
        order = list(dict.fromkeys(n.node.metadata.get("arxiv_id") or n.node.node_id.split("#")[0] for n in hits))
        out.append(order.index(pid) if pid in order else None)
        r.candidates = 200
        fused = [x.arxiv_id for x in r.search_papers(q, 400)]
        out.append(("F", fused.index(pid) if pid in fused else None))
    print(tid, pid, out, flush=True)
