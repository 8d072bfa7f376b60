"""Per digest of a digest_selection.py run: concepts, 'matching', notes, listed papers (on topic or not), themes.

    python show50.py RUN.json
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

papers = mt.load_slice()
run = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
for it in run["items"]:
    print(f"== {it['id']} @{it['max_papers']}: {it['on_topic']}/{it['papers']} R{it['recall']} concepts {it['concepts']} "
          f"matching {it['matching']} only_note {it['only_note']} {it['seconds']}s")
    for n in it["notes"] or []:
        print("   note:", n)
    for pid in it["ids"]:
        mark = "x" if pid in it["off_topic_ids"] else "+"
        print(f"   {mark} {pid} {papers[pid]['title'][:110]}")
    for th in it.get("themes") or []:
        print("   theme:", json.dumps(th, ensure_ascii=False)[:200])
    print("   purity:", it.get("purity"))
