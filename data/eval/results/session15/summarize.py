import json, sys
def load(p): return {i["id"]: i for i in json.load(open(p))["items"]}
def summary(d):
    ans = [i for i in d.values() if not i["unanswerable"]]; un = [i for i in d.values() if i["unanswerable"]]
    fab = sum(len(i["fabricated_citations"]) if isinstance(i.get("fabricated_citations"), list) else (i.get("fabricated_citations") or 0) for i in d.values())
    return (f"answerable {sum(bool(i['correct']) for i in ans)}/{len(ans)}, refusal {sum(bool(i['correct']) for i in un)}/{len(un)}, "
            f"wrong numbers {sum(1 for i in d.values() if i.get('wrong_numbers'))}, fabricated {fab}, "
            f"false refusals {sum(1 for i in ans if i['refused'])}; total {sum(bool(i['correct']) for i in d.values())}/{len(d)}")
base = load(sys.argv[1])
print("base:", summary(base))
prev = base
for p in sys.argv[2:]:
    d = load(p)
    print(p.split("/")[-1], summary(d))
    for k in d:
        if bool(prev[k]["correct"]) != bool(d[k]["correct"]) or prev[k]["answer"] != d[k]["answer"]:
            print(f"   {k}: {'right' if prev[k]['correct'] else 'WRONG'} -> {'right' if d[k]['correct'] else 'WRONG'}"
                  f"{'' if prev[k]['answer'] == d[k]['answer'] else ' (text differs)'}")
    prev = d
