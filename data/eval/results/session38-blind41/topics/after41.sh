#!/bin/bash
# sleeps until 09:00:00 UTC, takes main's HEAD, makes the after worktree and runs run41.sh on it
target=$(date -u -d 'today 09:00:00' +%s)
now=$(date +%s.%N)
sleep $(echo "$target - $now" | bc)
H=$(git -C /work/main rev-parse HEAD); T=$(date -u +%T.%N | cut -c1-12)
echo "main HEAD taken at $T UTC: $H" > /tmp/b41/after-head.txt
git -C /work/main log -1 --format='%h %cI' $H >> /tmp/b41/after-head.txt
git -C /work/main worktree add --detach /work/blind41-after $H > /tmp/b41/after-wt.log 2>&1
/tmp/b41/run41.sh /work/blind41-after /tmp/b41/after.json /tmp/b41/after-run.log
echo finished $(date -u +%T) >> /tmp/b41/after-run.log
