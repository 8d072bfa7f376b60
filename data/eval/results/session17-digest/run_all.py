"""h17 helper: digests (no LLM, sizes 8/20) of groups 1..9 at the cwd's code; topics from /tmp/h17d/topics9.jsonl."""
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, os.getcwd())
from assistant.eval.digests import load_topic_file, run_digests
from bench.digest_relevance import default_store, ensure_store, open_app

out = Path(sys.argv[1])
only = sys.argv[2].split(",") if len(sys.argv) > 2 else None
header, topics = load_topic_file(Path("/tmp/h17d/topics9.jsonl"))
if only:
    topics = [t for t in topics if t.id in only]
store = default_store(); ensure_store(store)
app = open_app(store)
t0 = time.perf_counter()
items = run_digests(app, topics, header, use_llm=False, sizes=[8, 20])
head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
res = {"when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "head": head, "seconds": round(time.perf_counter() - t0, 1),
       "load": list(os.getloadavg()), "items": items}
out.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
print("done", res["seconds"], "s")
