"""The readings that differ between two `readings.py` outputs: python rdiff.py A.json B.json"""
import json
import sys

a = json.load(open(sys.argv[1], encoding="utf-8"))
b = json.load(open(sys.argv[2], encoding="utf-8"))
for k in a:
    if a[k] != b.get(k):
        print("CHANGED", k)
        print("   a:", [(c["label"], c["head"], c["setting"], c["forms"][:6], c["context"][:4]) for c in a[k]])
        print("   b:", [(c["label"], c["head"], c["setting"], c["forms"][:6], c["context"][:4]) for c in b[k]])
