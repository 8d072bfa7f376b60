import sys, os
sys.path.insert(0, os.getcwd())
from assistant.settings import Settings
from assistant.wiring import App
from assistant.chains.compare import resolve_papers
s = Settings(llm_mode="local", store_dir=sys.argv[1], _env_file=None)
app = App(settings=s)
for i in range(3):
    hits = app.retriever().search_papers("PARSE", 5)
    print([(h.arxiv_id, round(h.score, 4), round(h.dense_similarity, 3)) for h in hits])
    print(resolve_papers(["PARSE", "AVIS"], app.store, app.retriever()))
