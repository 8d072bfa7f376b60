"""Candidates of the fiftieth group only: make_topics.py's lexical rule and hybrid top 50 for its six topics.

    PYTHONPATH=. python data/eval/results/session43-blind50/topics/propose50.py STORE OUT.json
    python data/eval/results/session43-blind50/topics/propose50.py --lexical-only OUT.json   # lexical lists only
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

IDS = ["super-res", "novel-view", "xling-consistency", "arabic-nlp", "clinical-notes", "scalable-oversight"]


def main(store: Path, out: Path) -> None:
    papers = mt.load_slice()
    search = mt.hybrid_search(store)
    result = {}
    for key in IDS:
        topic, _lang, _concepts, forms = mt.PROPOSE[key]
        lex = mt.lexical(papers, forms)
        hyb = search(topic)
        result[key] = {"lexical": lex, "hybrid": hyb}
        print(f"{key:20s} lexical {len(lex):3d}  hybrid-only {len(set(hyb) - set(lex)):3d}  "
              f"proposed {len(set(lex) | set(hyb)):3d}  hybrid in lexical {len(set(hyb) & set(lex))}")
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


def lexical_only(out: Path) -> None:
    papers = mt.load_slice()
    result = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    for key in IDS:
        lex = mt.lexical(papers, mt.PROPOSE[key][3])
        result.setdefault(key, {"hybrid": []})["lexical"] = lex
        print(f"{key:20s} lexical {len(lex):3d}")
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1] == "--lexical-only":
        lexical_only(Path(sys.argv[2]))
    else:
        main(Path(sys.argv[1]).expanduser(), Path(sys.argv[2]))
