"""dev36a (session 36): replay the captured selections (`capture.py`) with a paper filter, at sizes 8 and 20, and
score them against the labels. cd CODE && PYTHONPATH=. python offline.py CAP.pkl TOPICS.jsonl VARIANT [--show]
VARIANT: base | narrow (assistant.chains.digest.narrow.meets_narrow_pieces on every concept) | others below."""
import json
import os
import pickle
import re
import sys

sys.path.insert(0, os.getcwd())
from assistant.chains.digest.lexical import PaperText  # noqa: E402
from assistant.eval.digests import score_selection  # noqa: E402


def norm(t):
    return re.sub(r"\W+", " ", t.lower()).strip()


def listed(out, keep, size):
    seen, ids = set(), []
    for paper, rel, cov in out:
        if not keep(paper, cov):
            continue
        k = norm(paper.title)
        if k in seen or paper.arxiv_id in seen:
            continue
        seen.update({k, paper.arxiv_id})
        ids.append(paper.arxiv_id)
        if len(ids) >= size:
            break
    return ids


def make_filter(variant, concepts):
    if variant == "base":
        return lambda p, c: True
    import assistant.chains.digest.narrow as nw
    texts = {}

    def text(p):
        if p.arxiv_id not in texts:
            texts[p.arxiv_id] = PaperText.of(p)
        return texts[p.arxiv_id]
    if variant == "narrow":
        return lambda p, c: all(nw.meets_narrow_pieces(k, text(p), c.matched.get(k.label) if c else None) for k in concepts)
    if variant == "focus2":  # every concept in title/tldr/keywords or >= 2 sentences (multi-concept topics)
        def f(p, c):
            if c is None or len(concepts) < 2:
                return True
            return all(how in ("title", "tldr", "keywords") or c.mentions.get(lab, 0) >= 2
                       for lab, how in c.matched.items())
        return f
    if variant in ("focus2-head", "focus2-other"):  # the same for the head concept only / the other concepts only
        head = next((k.label for k in concepts if k.head), None)

        def g(p, c):
            if c is None or len(concepts) < 2:
                return True
            return all(how in ("title", "tldr", "keywords") or c.mentions.get(lab, 0) >= 2
                       for lab, how in c.matched.items() if (lab == head) == (variant == "focus2-head"))
        return g
    if variant == "focus2-one":  # one-concept topics: title/tldr/keywords or >= 2 sentences (not a focus sentence)
        def h(p, c):
            if c is None or len(concepts) != 1:
                return True
            return all(how in ("title", "tldr", "keywords", "dense", "semantic") or c.mentions.get(lab, 0) >= 2
                       for lab, how in c.matched.items())
        return h
    raise SystemExit(variant)


def main():
    cap = pickle.load(open(sys.argv[1], "rb"))
    labels = {r["id"]: r for n, ln in enumerate(open(sys.argv[2], encoding="utf-8")) if n and ln.strip()
              for r in [json.loads(ln)]}
    variant = sys.argv[3]
    show = "--show" in sys.argv
    tot = {8: [0, 0, 0, []], 20: [0, 0, 0, []]}
    base_tot = {8: [0, 0, 0, []], 20: [0, 0, 0, []]}
    changed = []
    for tid, rec in cap.items():
        lab = labels.get(tid)
        rel = lab["relevant"] if lab else []
        rej = set(lab.get("rejected", [])) if lab else set()
        keep = make_filter(variant, rec["concepts"])
        for size in (8, 20):
            a = listed(rec["out"], lambda p, c: True, size)
            b = listed(rec["out"], keep, size)
            for t, ids in ((base_tot, a), (tot, b)):
                s = score_selection(ids, rel, size)
                t[size][0] += s["on_topic"]
                t[size][1] += s["papers"]
                t[size][2] += s["papers"] == 0
                if s["recall"] is not None:
                    t[size][3].append(s["recall"])
            if a != b:
                sa, sb = score_selection(a, rel, size), score_selection(b, rel, size)
                dropped = [i for i in a if i not in b]
                added = [i for i in b if i not in a]
                tag = lambda i: i + ("+" if i in rel else "-" if i in rej else "?")  # noqa: E731
                changed.append((tid, size, f"{sa['on_topic']}/{sa['papers']} -> {sb['on_topic']}/{sb['papers']}",
                                [tag(i) for i in dropped], [tag(i) for i in added], rec["topic"]))
    for size in (8, 20):
        for name, t in (("base", base_tot), (variant, tot)):
            on, n, empty, recs = t[size]
            print(f"@{size} {name:8} P={on}/{n}={on / max(n, 1):.4f} empty={empty} recall={sum(recs) / max(len(recs), 1):.4f}")
    print(len(changed), "changed digests")
    for row in changed:
        print(" ", row[0], f"@{row[1]}", row[2], "dropped", " ".join(row[3]), "added", " ".join(row[4]), "|", row[5])
    if show:
        pass


main()
