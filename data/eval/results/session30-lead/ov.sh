#!/bin/sh
# usage: ov.sh WORKTREE STORE OUTDIR
cd $1 && ASSISTANT_EVAL_STORE_DIR=$2 PYTHONPATH=. timeout 2400 /work/main/.venv/bin/python -m assistant -v eval --digests data/eval/topics.jsonl --digest-max 8,20 --digest-topics moe,gui-agent,llm-distill,world-model,speculative-decoding,llm-mt,text2sql,fact-check --out $3
