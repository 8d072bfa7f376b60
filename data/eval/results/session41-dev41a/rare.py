import json, sys, re
from pathlib import Path
from assistant.chains.digest.topic import topic_concepts
from assistant.chains.digest.common_terms import share_in_papers, share_in_papers_zh, latin_key, rare_in_papers
from assistant.chains.digest.vocabulary import GENERIC_EN, GENERIC_ZH
from assistant.lang import has_chinese, jieba_segmenter
P = Path("prompts")
def words_of(topic):
    if has_chinese(topic):
        return [w for w in jieba_segmenter().lcut(topic) if re.match(r"[\u4e00-\u9fff]{2,}", w) and w not in GENERIC_ZH]
    return [w for w in re.findall(r"[A-Za-z][A-Za-z0-9\-]*", topic) if latin_key(w) and w.lower() not in GENERIC_EN]
def share(w): return share_in_papers_zh(w) if has_chinese(w) else share_in_papers(w)
def where(w, cs):
    k = w if has_chinese(w) else latin_key(w)
    def inside(text):
        if has_chinese(w): return w in text
        have = set(latin_key(text.replace(' ', '-')).split('_'))
        return all(p in have for p in k.split('_'))
    def conc(c):
        if c.alternatives: return 'alt' if any(conc(a)=='req' for a in c.alternatives) else None
        if inside(c.label) or any(inside(f) for f in c.forms): return 'req'
        if any(inside(x) for x in c.context): return 'ctx'
        return None
    r = [conc(c) for c in cs]
    return 'req' if 'req' in r else 'alt' if 'alt' in r else 'ctx' if 'ctx' in r else 'DROP'
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
for i in range(1, len(lines)):
    t = json.loads(lines[i]) if lines[i].startswith("{") else {"topic": lines[i].split("|")[0], "id": "-"}
    ws = words_of(t["topic"])
    if not ws: continue
    cs = topic_concepts(t["topic"], P)
    low = min(share(w) for w in ws)
    rarest = [w for w in ws if share(w) == low]
    st = {w: where(w, cs) for w in rarest}
    flag = '!!' if all(v in ('ctx', 'DROP') for v in st.values()) else '  '
    print(flag, i + 1, t["id"], repr(t["topic"]), st, "|", " · ".join(c.label + (f"[ctx {c.context[0]}]" if c.context else "") for c in cs))
