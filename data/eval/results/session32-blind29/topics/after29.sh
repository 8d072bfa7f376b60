#!/bin/sh
# at 14:35:00 UTC: take main's HEAD, make /work/blind29-after at it, run the six topics under the CPU lock
target=$(date -u -d '2026-12-06 14:35:00' +%s)
now=$(date +%s); [ $((target - now)) -gt 2 ] && sleep $((target - now - 2))
while [ "$(date +%s)" -lt "$target" ]; do sleep 0.05; done
T=$(date -u +%H:%M:%S.%3N); H=$(git -C /work/main rev-parse HEAD)
echo "HEAD of main taken at $T UTC: $H" > /tmp/b29/after-head.txt
git -C /work/main worktree add --detach /work/blind29-after "$H" >> /tmp/b29/after-head.txt 2>&1
cp /work/blind29-before/topics29.jsonl /work/blind29-after/topics29.jsonl
S=$(git -C /work/main rev-parse --short "$H")
/tmp/b29/run29.sh /work/blind29-after /tmp/b29/digest-topics-twenty-ninth-after-$S.json /tmp/b29/after-run.log
echo "finished $(date -u +%H:%M:%S) UTC" >> /tmp/b29/after-head.txt
