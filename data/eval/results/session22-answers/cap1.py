"""cwd = checkout; QIDS=id,id python cap1.py: print prompts of some questions via the replay model."""
import json, os, sys
sys.path.insert(0, os.getcwd()); sys.path.insert(0, "/tmp/lead22")
import replay
orig = replay.ReplayModel.stream
def stream(self, messages, **kw):
    print("-----PROMPT-----"); print(messages[-1]["content"])
    out = list(orig(self, messages, **kw)); print("-----RAW-----", "".join(out)[:500]); yield from out
replay.ReplayModel.stream = stream
ids = set(os.environ["QIDS"].split(","))
lines = open("/tmp/lead22/q-all.jsonl").read().splitlines()
keep = [l for l in lines if '"question"' not in l or json.loads(l)["id"] in ids]
open("/tmp/lead22/q-cap.jsonl", "w").write("\n".join(keep) + "\n")
sys.argv = ["replay.py", "/tmp/lead22/recorded-all.json", "/tmp/lead22/q-cap.jsonl", "/tmp/lead22/cap1-out.json"]
replay.main()
