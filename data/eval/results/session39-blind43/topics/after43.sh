#!/bin/bash
# sleeps until 11:45:00 UTC, takes main's HEAD, makes the after worktree and runs run43.sh on it
target=$(date -u -d 'today 11:45:00' +%s)
now=$(date +%s.%N)
sleep $(echo "$target - $now" | bc)
H=$(git -C /work/main rev-parse HEAD); T=$(date -u +%T.%N | cut -c1-12)
echo "main HEAD taken at $T UTC: $H" > /tmp/b43/after-head.txt
git -C /work/main log -1 --format='%h %cI' $H >> /tmp/b43/after-head.txt
git -C /work/main worktree add --detach /work/blind43-after $H > /tmp/b43/after-wt.log 2>&1
/tmp/b43/run43.sh /work/blind43-after /tmp/b43/after.json /tmp/b43/after-run.log
echo finished $(date -u +%T) >> /tmp/b43/after-run.log
