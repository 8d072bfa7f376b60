"""Per size, topic set (studied lines 2-246 / blind-written 247-270) and language: on-topic and off-topic papers
each selection run lists beyond / short of the other. Usage: python floors.py TOPICS.jsonl A.json[.gz] B.json[.gz]"""

import gzip
import json
import sys
from collections import Counter


def items(path: str) -> list[dict]:
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return json.load(f)["items"]


def main(topics: str, a_path: str, b_path: str) -> None:
    line = {json.loads(t)["id"]: n for n, t in enumerate(open(topics, encoding="utf-8"), 1) if n > 1}
    after = {(i["id"], i["max_papers"]): i for i in items(b_path)}
    net = Counter()
    for x in items(a_path):
        y = after[(x["id"], x["max_papers"])]
        key = (x["max_papers"], "blind" if line[x["id"]] >= 247 else "studied", x["language"])
        on = lambda d: set(d["ids"]) - set(d["off_topic_ids"])  # noqa: E731
        net[key + ("on lost",)] += len(on(x) - on(y))
        net[key + ("on gained",)] += len(on(y) - on(x))
        net[key + ("off dropped",)] += len(set(x["off_topic_ids"]) - set(y["off_topic_ids"]))
        net[key + ("off gained",)] += len(set(y["off_topic_ids"]) - set(x["off_topic_ids"]))
    for key in sorted(net):
        print(*key, net[key])


if __name__ == "__main__":
    main(*sys.argv[1:])
