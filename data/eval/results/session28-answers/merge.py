"""merge.py OUT DIR...: the items of several eval reports as one: summarize_extended, failures listed."""
import json, sys
sys.path.insert(0, "/work/main")
from assistant.eval.answers import summarize_extended
items = []
for d in sys.argv[2:]:
    r = json.load(open(f"{d}/eval-report.json"))
    items += (r["answers"] if "answers" in r else r)["items"]
s = summarize_extended(items)
n = len(items); right = sum(i["correct"] for i in items)
ans = [i for i in items if not i["unanswerable"]]; una = [i for i in items if i["unanswerable"]]
print(f"all {right}/{n}; answerable {sum(i['correct'] for i in ans)}/{len(ans)}; unanswerable {sum(i['correct'] for i in una)}/{len(una)}")
print({k: s[k] for k in ("decline_recall", "false_refusals", "wrong_numbers", "numbers", "forbidden_hits", "raw_forbidden_hits", "prompt_tokens_p50", "first_token_p50_ms", "total_p50_ms")})
fab = sum(len(i["fabricated_citations"]) for i in items); print("fabricated", fab)
for i in items:
    if not i["correct"]:
        print("WRONG", i["id"], "refused" if i["refused"] else "", "wrongnum" if i["wrong_numbers"] else "", "|", i["answer"][:160].replace("\n", " "))
json.dump({"answers": {"items": items, "summary": s}, "version": 1}, open(sys.argv[1], "w"), ensure_ascii=False)
