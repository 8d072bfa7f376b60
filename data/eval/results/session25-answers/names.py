import sys, json
from assistant.chains.compare import split_names, resolve_papers
from assistant.settings import Settings
from assistant.wiring import App
q = sys.argv[1]
names = split_names(q)
print("names", names)
app = App(settings=Settings(store_dir=sys.argv[2], _env_file=None))
found = {}
ids, un = resolve_papers(names, app.store, app.retriever(), found)
print(ids, un, found)
