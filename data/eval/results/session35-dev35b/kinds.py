import sys, os, re, collections
sys.path.insert(0, os.getcwd())
from assistant.chains.digest import select, learned
from assistant.chains.digest.lexical import lexical_field
CAP = {}
_tc = select.translate_concepts
def tc(concepts, texts, embedder=None):
    CAP['texts'] = texts[:learned.TRANSLATE_POOL]; CAP['concepts'] = concepts
    return _tc(concepts, texts, embedder)
select.translate_concepts = tc
from assistant.chains.digest import DigestRequest
from bench.digest_relevance import default_store, open_app
app = open_app(default_store())
rx = re.compile(r"(?<![\w\-])generative\s+(?:([A-Za-z\-]+)\s+)?(models?|LLMs?)\b", re.I)
for spec in [l.rstrip('\n') for l in open(sys.argv[1]) if l.strip()]:
    topic, lang = spec.rsplit('|', 1)
    CAP.clear()
    app.digest(DigestRequest(topic=topic, language=lang, since="2026-06-01", until="2026-06-10", max_papers=8, style="themed"), use_llm=False)
    texts, concepts = CAP['texts'], CAP['concepts']
    others = [c for c in concepts if not c.kinds]
    base = [t for t in texts if all(lexical_field(c, t) is not None for c in others)] if others else texts
    words = collections.Counter()
    for t in base:
        seen = set()
        for _, s in t.sentences:
            for m in rx.finditer(s):
                seen.add((m.group(1) or '-').lower() + ' ' + m.group(2).lower().rstrip('s'))
        words.update(seen)
    mem = re.compile(r"\bLLMs?\b|large language models?", re.I)
    vis = re.compile(r"\b(?:image|images|visual|vision|video|videos|audio|speech|multimodal|multi-modal|diffusion)\b", re.I)
    m = sum(1 for t in base if any(mem.search(s) for _, s in t.sentences))
    v = sum(1 for t in base if any(vis.search(s) for _, s in t.sentences))
    print(f"{topic}: pool {len(texts)} base {len(base)} llm {m} ({m/max(len(base),1):.2f}) vis {v} {dict(words.most_common(4))}"); sys.stdout.flush()
