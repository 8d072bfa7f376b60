"""Compare two digest_selection.py runs field by field (all but seconds, timings and cached LLM replies).

    python cmp50.py BEFORE.json AFTER.json
"""

import json
import sys

SKIP = {"seconds", "timings", "cached_llm_replies"}


def main(a_path: str, b_path: str) -> None:
    with open(a_path, encoding="utf-8") as fa, open(b_path, encoding="utf-8") as fb:
        a, b = json.load(fa), json.load(fb)
    same = 0
    for x, y in zip(a["items"], b["items"], strict=True):
        assert (x["id"], x["max_papers"]) == (y["id"], y["max_papers"])
        diff = [k for k in x if k not in SKIP and x.get(k) != y.get(k)] + [k for k in y if k not in x]
        if not diff:
            same += 1
            continue
        print(x["id"], x["max_papers"], "differs in", diff)
        for k in diff:
            print("   before:", json.dumps(x.get(k), ensure_ascii=False)[:400])
            print("   after: ", json.dumps(y.get(k), ensure_ascii=False)[:400])
    print(f"{same} of {len(a['items'])} digests identical (but {sorted(SKIP)})")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
