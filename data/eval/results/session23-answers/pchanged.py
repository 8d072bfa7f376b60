"""pchanged.py A B: ids of questions whose prompts differ between replays A and B (prompt logs)."""
import json, sys
qs = [json.loads(l) for l in open('/tmp/lead23/q-all.jsonl') if '"question"' in l]
def load(t):
    return [json.loads(l)[-1]['content'] for l in open(f'/tmp/lead23/prompts-{t}.jsonl')]
a, b = load(sys.argv[1]), load(sys.argv[2])
diff = (set(a) - set(b)) | (set(b) - set(a))
ids = []
for q in qs:
    texts = [q['question']] + [t['question'] if isinstance(t, dict) else t for t in q.get('turns', [])]
    if any(any(t in p for t in texts if t) for p in diff):
        ids.append(q['id'])
print(len(ids), ' '.join(ids))
