import json, sys
for size in ("8", "20"):
    b = {r["topic"]: r for r in json.load(open(f"/tmp/d41a/pb-base-{size}.json"))}
    n = {r["topic"]: r for r in json.load(open(f"/tmp/d41a/pb-new-{size}.json"))}
    for t in b:
        bi = [p[0] for p in b[t].get("papers", [])]; ni = [p[0] for p in n[t].get("papers", [])]
        tag = "SAME" if bi == ni else "DIFF"
        print(f"@{size} {tag} {t!r} matching {b[t].get('matching')} -> {n[t].get('matching')} listed {len(bi)} -> {len(ni)} concepts {n[t].get('concepts')}")
        if bi != ni or (len(sys.argv) > 1 and sys.argv[1] == "all"):
            titles = {p[0]: p[1][:90] for p in b[t].get("papers", []) + n[t].get("papers", [])}
            for pid in dict.fromkeys(bi + ni):
                mark = "  " if pid in bi and pid in ni else "- " if pid in bi else "+ "
                print("     ", mark, pid, titles[pid])
