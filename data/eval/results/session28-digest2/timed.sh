#!/bin/sh
# ABA timing of the selection: 5b872cf (session start) vs a86fd9d (this session's two commits), 143 topics, under the CPU lock
L=/tmp/dev28b/out/timed.log
{ echo "locked $(date -u +%T)"; cat /proc/loadavg; ps -eo pid,ni,pcpu,etime,args --sort=-pcpu | head -6 | cut -c1-150; } >> $L
for step in A:wt0 B:wt4 A2:wt0; do
  tag=${step%%:*}; dir=${step#*:}
  cd /tmp/dev28b/$dir && PYTHONPATH=. timeout 300 /work/main/.venv/bin/python /tmp/dev28b/digest_selection.py run /tmp/dev28b/topics143.jsonl /tmp/dev28b/out/timed-$tag.json >> $L 2>&1
  { echo "$tag done $(date -u +%T)"; cat /proc/loadavg; } >> $L
done
{ echo "end $(date -u +%T)"; ps -eo pid,ni,pcpu,etime,args --sort=-pcpu | head -6 | cut -c1-150; } >> $L
