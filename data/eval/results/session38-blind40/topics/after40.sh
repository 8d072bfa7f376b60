#!/bin/bash
# sleeps until 09:00:00 UTC, takes main's HEAD, makes the after worktree and runs run40.sh on it
target=$(date -u -d 'today 09:00:00' +%s)
now=$(date +%s.%N)
sleep $(echo "$target - $now" | bc)
H=$(git -C /work/main rev-parse HEAD); T=$(date -u +%T.%N | cut -c1-12)
echo "main HEAD taken at $T UTC: $H" > /tmp/b40/after-head.txt
git -C /work/main log -1 --format='%h %cI' $H >> /tmp/b40/after-head.txt
git -C /work/main worktree add --detach /work/blind40-after $H > /tmp/b40/after-wt.log 2>&1
/tmp/b40/run40.sh /work/blind40-after /tmp/b40/after.json /tmp/b40/after-run.log
echo finished $(date -u +%T) >> /tmp/b40/after-run.log
