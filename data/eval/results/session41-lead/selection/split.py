"""P@8 / P@20 / recall of selection runs, the studied topics (topics.jsonl lines 2-246) and the blind-written ones
(lines 247-282) and the 44th-45th groups (283-294) apart. Usage (from a checkout): python split.py TOPICS.jsonl RUN.json[.gz] ..."""

import gzip
import json
import sys

from assistant.eval.digests import summarize_digests


def items(path: str) -> list[dict]:
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return json.load(f)["items"]


def main(topics: str, *runs: str) -> None:
    line = {json.loads(t)["id"]: n for n, t in enumerate(open(topics, encoding="utf-8"), 1) if n > 1}
    for run in runs:
        got = items(run)
        for name, keep in (("studied", lambda n: n < 247), ("blind38-43", lambda n: 247 <= n <= 282), ("blind44-45", lambda n: 283 <= n <= 294)):
            s = summarize_digests([i for i in got if keep(line[i["id"]])])
            print(run.split("/")[-1], name, " ".join(
                f"@{n} {s[n]['on_topic']}/{s[n]['papers']} P {s[n]['precision']:.3f} R {s[n]['recall']:.3f}"
                for n in ("8", "20")))


if __name__ == "__main__":
    main(*sys.argv[1:])
