#!/bin/sh
# ASAS timing of the selection: 5b872cf vs 3805298 (5b872cf + the speed change only), 143 topics, under the CPU lock
L=/tmp/dev28b/out/timed2.log
{ echo "locked $(date -u +%T)"; cat /proc/loadavg; ps -eo pid,ni,pcpu,etime,args --sort=-pcpu | head -6 | cut -c1-150; } >> $L
for step in A:wt0 S:wt5 A2:wt0 S2:wt5; do
  tag=${step%%:*}; dir=${step#*:}
  cd /tmp/dev28b/$dir && PYTHONPATH=. timeout 300 /work/main/.venv/bin/python /tmp/dev28b/digest_selection.py run /tmp/dev28b/topics143.jsonl /tmp/dev28b/out/timed2-$tag.json >> $L 2>&1
  { echo "$tag done $(date -u +%T)"; cat /proc/loadavg; ps -eo pid,ni,pcpu,etime,args --sort=-pcpu | head -3 | cut -c1-120; } >> $L
done
echo "end $(date -u +%T)" >> $L
