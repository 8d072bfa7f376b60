"""Which questions' model prompts differ between two replays (REPLAY_PROMPTS logs of data/eval/results/replay.py).

    python prompt_diff.py QUESTIONS.jsonl A.jsonl B.jsonl

A prompt is put to the question whose text (the longest such) its last message holds; prints the ids whose
prompt lists differ, and how many questions each log covers."""
import json
import sys
from collections import defaultdict


def load(path, questions):
    by_q = defaultdict(list)
    for line in open(path, encoding="utf-8"):
        messages = json.loads(line)
        user = messages[-1]["content"]
        qid = next((qid for text, qid in questions if text in user), "?")
        by_q[qid].append(json.dumps(messages, ensure_ascii=False))
    return by_q


def main():
    qfile, a_path, b_path = sys.argv[1:4]
    questions = []
    for line in open(qfile, encoding="utf-8"):
        if '"question"' in line and not line.startswith("#"):
            q = json.loads(line)
            questions.append((q["question"], q["id"]))
    questions.sort(key=lambda t: -len(t[0]))
    a, b = load(a_path, questions), load(b_path, questions)
    differ = sorted(q for q in set(a) | set(b) if a.get(q) != b.get(q))
    print(f"questions with prompts: {len(a)} / {len(b)}; differing: {len(differ)}")
    for q in differ:
        print(" ", q)


if __name__ == "__main__":
    main()
