import os, sys, time, cProfile, pstats
sys.path.insert(0, os.getcwd())
from pathlib import Path
from assistant.eval.digests import load_topic_file
from bench.digest_relevance import default_store, open_app
from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest import select as S
header, topics = load_topic_file(Path(os.environ["TOPICS"]))
app = open_app(default_store())
ids = sys.argv[1].split(",")
def run(tid, size):
    t = next(x for x in topics if x.id == tid)
    req = DigestRequest(topic=t.topic, language=t.language, since=header.since, until=header.until, max_papers=size)
    t0 = time.perf_counter()
    S.pick_papers(req, store=app.store, retriever_factory=app.retriever, prompts_dir=app.settings.prompts_dir, min_relevance=app.settings.min_relevance,
                  embedder=app.embedder, concept_similarity=app.settings.digest_concept_similarity, candidates=app.settings.digest_candidates)
    return time.perf_counter() - t0
run("moe", 8)  # warm
pr = cProfile.Profile(); pr.enable()
for tid in ids: print(tid, round(run(tid, 8), 2), round(run(tid, 20), 2))
pr.disable()
pstats.Stats(pr).sort_stats("cumulative").print_stats(35)
