"""Summarise a ledger (ledger.py's JSONL): lost judged papers per stage, per language, per group; per-reason counts.
python ledger_sum.py LEDGER.jsonl [--table OUT.tsv]"""
import json
import sys
from collections import Counter, defaultdict

sys.path.insert(0, ".")
from bench.digest_topics import FIRST, GROUPS  # noqa: E402

GROUP = {t: "first20" for t in FIRST}
for n, (ids, name, _) in enumerate(GROUPS, 1):
    for t in ids:
        GROUP[t] = name


def main():
    rows = [json.loads(ln) for ln in open(sys.argv[1], encoding="utf-8")]
    lost = [(r, x) for r in rows for x in r["lost"]]
    rel = sum(len(r["relevant"]) for r in rows)
    print(f"topics {len(rows)}; judged {rel}; listed on topic {rel - len(lost)}; lost {len(lost)}")
    st = Counter(x["stage"] for _, x in lost)
    print("per stage:", dict(sorted(st.items())))
    for lang in ("zh", "en"):
        c = Counter(x["stage"] for r, x in lost if r["language"] == lang)
        print(f"  {lang}: judged {sum(len(r['relevant']) for r in rows if r['language'] == lang)}", dict(sorted(c.items())))
    why = Counter((x["stage"], x["why"].split(":")[0] if x["stage"] == "b" else x["why"]) for _, x in lost)
    print("per reason:")
    for (s, w), n in sorted(why.items()):
        print(f"  {s} {w}: {n}")
    # stage b: which concept missing, how many concepts the topic has
    nb = Counter("one-concept" if len(r["concepts"]) == 1 else "multi" for r, x in lost if x["stage"] == "b")
    print("b by topic shape:", dict(nb))
    na = Counter("one-concept" if len(r["concepts"]) == 1 else "multi" for r, x in lost if x["stage"] == "a")
    print("a by topic shape:", dict(na))
    # topics losing most
    per = sorted(((len(r["lost"]), r["id"], r["topic"], Counter(x["stage"] for x in r["lost"])) for r in rows),
                 reverse=True)
    print("topics losing most:")
    for n, i, t, c in per[:30]:
        print(f"  {n:3d} {i} {t} {dict(c)}")
    g = defaultdict(Counter)
    for r, x in lost:
        g[GROUP.get(r["id"], "?")][x["stage"]] += 1
    print("blind groups:")
    for name in ("thirty-sixth", "thirty-seventh"):
        ids = [r for r in rows if GROUP.get(r["id"]) == name]
        print(f"  {name}: judged {sum(len(r['relevant']) for r in ids)}", dict(sorted(g[name].items())))
    if "--table" in sys.argv:
        with open(sys.argv[sys.argv.index("--table") + 1], "w", encoding="utf-8") as f:
            f.write("topic_id\tlanguage\tgroup\tpaper\tstage\twhy\tpool_rank\tmatched\n")
            for r, x in lost:
                f.write(f"{r['id']}\t{r['language']}\t{GROUP.get(r['id'], '?')}\t{x['id']}\t{x['stage']}\t{x['why']}\t"
                        f"{x.get('pool_rank', '')}\t{json.dumps(x.get('matched', {}), ensure_ascii=False)}\n")


if __name__ == "__main__":
    main()
