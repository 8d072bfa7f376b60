"""P@8 / P@20 / recall of selection runs, by part of topics.jsonl: studied (lines 2-246), blind38-43 (247-282),
blind44-45 (283-294), blind46-47 (295-306), blind48-49 (307-318), blind50-51 (319-330, this session's groups when present).
Usage (from a checkout): python split.py TOPICS.jsonl RUN.json[.gz] ..."""

import gzip
import json
import sys

from assistant.eval.digests import summarize_digests

PARTS = (("studied", 2, 246), ("blind38-43", 247, 282), ("blind44-45", 283, 294), ("blind46-47", 295, 306),
         ("blind48-49", 307, 318), ("blind50-51", 319, 330))


def items(path: str) -> list[dict]:
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return json.load(f)["items"]


def main(topics: str, *runs: str) -> None:
    line = {json.loads(t)["id"]: n for n, t in enumerate(open(topics, encoding="utf-8"), 1) if n > 1}
    for run in runs:
        got = items(run)
        for name, lo, hi in PARTS:
            part = [i for i in got if lo <= line.get(i["id"], 0) <= hi]
            if not part:
                continue
            s = summarize_digests(part)
            print(run.split("/")[-1], name, " ".join(
                f"@{n} {s[n]['on_topic']}/{s[n]['papers']} P {s[n]['precision']:.3f} R {s[n]['recall']:.3f}"
                for n in ("8", "20")))


if __name__ == "__main__":
    main(*sys.argv[1:])
