"""Score a saved eval report again with the current scorer and question file (no model, no store):
    .venv/bin/python data/eval/results/rescore.py REPORT.json data/eval/questions.jsonl OUT_DIR"""
import json
import sys
from pathlib import Path

from assistant.eval.answers import load_question_file, rescore
from assistant.eval.report import write_report

report = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
report["answers"] = rescore(report["answers"], load_question_file(sys.argv[2])[1])
report["answers"]["rescored_from"] = sys.argv[1]
print(write_report(report, sys.argv[3]))
