"""Print each candidate the selection hands the topic check, with its E5 score and whether routed."""
import sys, os, json
sys.path.insert(0, os.getcwd())
from assistant.chains.digest import topic_check as tc
_keep = tc.TopicCheck.keep
def keep(self, topic, items, want, paper_of=lambda i: i, strict=lambda i: False):
    ps = [paper_of(i) for i in items]
    sc = self.scores(topic, ps)
    lab = LABELS.get(topic, set())
    for i, p, s in zip(items, ps, sc):
        print(f"   {'R' if strict(i) else ' '} {s:.3f} {'ON ' if p.arxiv_id in lab else '   '}{p.arxiv_id} {p.title[:80]}")
    return _keep(self, topic, items, want, paper_of, strict)
tc.TopicCheck.keep = keep
LABELS = {}
for l in open('/tmp/topics317.jsonl', encoding='utf-8').read().splitlines()[1:]:
    d = json.loads(l); LABELS[d['topic']] = set(d['relevant'])
from assistant.chains.digest import DigestRequest
from assistant.chains.digest.select import pick_papers
from bench.digest_relevance import default_store, open_app
app = open_app(default_store())
for spec in sys.argv[1:]:
    topic, lang = spec.rsplit("|", 1)
    print("==", topic)
    req = DigestRequest(topic=topic, language=lang, since="2026-06-01", until="2026-06-10", max_papers=20)
    d = app.digest(req, use_llm=False)
    print("   concepts", d.concepts, d.concept_matches, "notes", d.notes)
    lab = LABELS.get(topic, set())
    for p in d.papers: print("   LISTED", "ON " if p.id in lab else "   ", p.id, p.title[:80])
