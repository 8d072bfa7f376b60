import json, sys, statistics as st
d = json.load(open(sys.argv[1])); items = d["answers"]["items"] if "answers" in d else d["items"]
right = [i for i in items if i["correct"]]
print(f"{len(right)}/{len(items)} right; wrong numbers {sum(1 for i in items if i.get('wrong_numbers'))}; fabricated {sum(i.get('fabricated_citations') or 0 for i in items)}")
pt = [i["prompt_tokens"] for i in items if i.get("prompt_tokens")]
ft = [i["first_token_ms"] for i in items if i.get("first_token_ms")]
tt = [i["total_ms"] for i in items if i.get("total_ms")]
print(f"prompt p50 {st.median(pt) if pt else None}  first token p50 {(st.median(ft)/1000) if ft else '-'}s  total p50 {st.median(tt)/1000:.1f}s  max {max(tt)/1000:.1f}s  sum {sum(tt)/1000:.0f}s")
for i in items:
    syn = i["answer"]
    print(f"{'OK ' if i['correct'] else 'BAD'} {i['id']:34s} cited={len(i['cited_ids'])} facts {i['facts_hit']}/{i['facts_total']} wn={i.get('wrong_numbers')} pt={i.get('prompt_tokens')} t={(i.get('total_ms') or 0)/1000:.1f}s missed={i['facts_missed'][:2] if not i['correct'] else ''}")
import re
routed = halves = 0; lines = []
for i in items:
    a = i["answer"]
    if not a.lstrip().startswith("|"):
        lines.append(f"  {i['id']}: not routed to compare (single answer)"); continue
    routed += 1
    table = [l for l in a.splitlines() if l.startswith("|")]
    n = len(table) - 2
    syn = "\n".join(l for l in a.splitlines() if not l.startswith("|")).strip()
    cited = {int(x) for x in re.findall(r"\[(\d+)\]", syn)}
    ok = cited >= set(range(1, n + 1))
    halves += ok
    if not ok:
        lines.append(f"  {i['id']}: synthesis cites {sorted(cited)} of {n}: {syn[:150]!r}")
print(f"routed to compare {routed}/{len(items)}; synthesis citing every compared paper {halves}/{routed}")
print("\n".join(lines))
