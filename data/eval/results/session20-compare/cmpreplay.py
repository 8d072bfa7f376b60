import json, sys
a = {i["id"]: i for i in json.load(open(sys.argv[1]))["items"]}
b = {i["id"]: i for i in json.load(open(sys.argv[2]))["items"]}
for k in ("correct",):
    print(sys.argv[1], sum(i["correct"] for i in a.values()), "->", sys.argv[2], sum(i["correct"] for i in b.values()))
print("wrong numbers", sum(1 for i in a.values() if i.get("wrong_numbers")), "->", sum(1 for i in b.values() if i.get("wrong_numbers")))
print("fabricated", sum(i.get("fabricated_citations") or 0 for i in a.values()), "->", sum(i.get("fabricated_citations") or 0 for i in b.values()))
print("false refusals", sum(1 for i in a.values() if i.get("refused") and not i.get("unanswerable")), "->", sum(1 for i in b.values() if i.get("refused") and not i.get("unanswerable")))
for q in a:
    if a[q]["correct"] != b[q]["correct"]:
        print(("LOST " if a[q]["correct"] else "GAINED ") + q)
    elif a[q]["answer"] != b[q]["answer"]:
        print("changed text, same verdict:", q, "(right)" if b[q]["correct"] else "(wrong)")
