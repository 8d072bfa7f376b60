#!/bin/sh
# one timed run of the twentieth group's six topics, inside the CPU lock: load and top processes logged at start and end
w=$1
now=$(date -u +%H%M)
if [ "$now" -ge 0205 ] && [ "$now" -le 0235 ]; then echo "$w skipped at $(date -u +%T): the blind after runs own 02:09-02:29" >> /tmp/dev28a/runs/timed.log; exit 0; fi
cd /tmp/dev28a/$w || exit 1
log=/tmp/dev28a/runs/timed.log
echo "$w $(git rev-parse --short HEAD) lock-held start $(date -u +%T) load $(cat /proc/loadavg)" >> $log
ps aux --sort=-%cpu | sed -n 2,5p | cut -c1-160 >> $log
PYTHONPATH=. timeout 300 /work/main/.venv/bin/python data/eval/results/digest_selection.py run /tmp/dev28a/topics143.jsonl /tmp/dev28a/runs/timed-$w.json --only gnn,ego-video,llm-persuasion,inverse-render,sports-video,code-switch 2>&1 | grep -v Warn >> $log
echo "$w end $(date -u +%T) load $(cat /proc/loadavg)" >> $log
ps aux --sort=-%cpu | sed -n 2,5p | cut -c1-160 >> $log
