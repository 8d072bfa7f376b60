"""Log, for every glossed Chinese concept _learn sees, each gloss stem's writers among the candidates and the share
of them whose Chinese text writes the concept's word. Usage: cd CODE && PYTHONPATH=. python senses.py TOPICS OUT.json [--only-zh]"""
import json, os, sys, re
sys.path.insert(0, os.getcwd())
from assistant.chains.digest import learned
from assistant.chains.digest.candidate_terms import dictionary_words
from assistant.chains.digest.lexical import stem_near
from assistant.chains.digest.vocabulary import GENERIC_ZH
from assistant.lang import has_chinese, jieba_segmenter, to_simplified

LOG = []
CUR = {}
_learn = learned._learn

def learn(concept, texts, to_en):
    out = _learn(concept, texts, to_en)
    if concept.glossed and to_en:
        words = [w for w in dictionary_words(jieba_segmenter().lcut(to_simplified(concept.label))) if len(w) >= 2 and w not in GENERIC_ZH]
        chinese = [re.sub(r"\s+", "", "".join(s for s in t.flat() if has_chinese(s))) for t in texts]
        rec = {"topic": CUR.get("topic"), "label": concept.label, "learned": list(out), "words": []}
        for word, group in zip(words, concept.glossed):
            wr = [word in zh for zh in chinese]
            stems = {}
            for g in sorted(group):
                hold = [i for i, t in enumerate(texts) if any(stem_near(g, s) for s, (_, sent) in zip(t.stemsets(), t.sentences) if not has_chinese(sent))]
                stems[g] = [len(hold), sum(wr[i] for i in hold)]
            rec["words"].append({"word": word, "zh_writers": sum(wr), "stems": stems})
        if out:
            key = tuple(re.findall(r"[a-z]+", out[0].lower()))
            hold = [i for i, t in enumerate(texts) if out[0].lower() in " ".join(s for _, s in t.sentences).lower()]
            rec["learned_writers"] = [len(hold), sum(any(w in chinese[i] for w in words) for i in hold)]
        LOG.append(rec)
    return out

learned._learn = learn

def main():
    from assistant.chains.digest import DigestRequest
    from bench.digest_relevance import default_store, open_app
    topics = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")][1:]
    app = open_app(default_store())
    for t in topics:
        lang = t.get("language") or t.get("lang")
        if "--only-zh" in sys.argv and lang != "zh":
            continue
        CUR["topic"] = t["topic"]
        req = DigestRequest(topic=t["topic"], language=lang, since="2026-06-01", until="2026-06-10", max_papers=8, style="themed")
        app.digest(req, use_llm=False)
    json.dump(LOG, open(sys.argv[2], "w"), ensure_ascii=False, indent=1)

main()
