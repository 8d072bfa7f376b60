import sys, os
sys.path.insert(0, os.getcwd())
from assistant.settings import Settings
from assistant.wiring import App
s = Settings(llm_mode="local", store_dir=sys.argv[1], _env_file=None)
app = App(settings=s)
r = app.retriever()
dense, keyword = r._lists("PARSE")
print("K", [(n.node.node_id[:14], round(n.score, 3)) for n in keyword[:8]])
print("D", [(n.node.node_id[:14], round(n.score, 3)) for n in dense[:8]])
