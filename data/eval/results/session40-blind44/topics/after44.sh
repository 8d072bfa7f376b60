#!/bin/bash
# sleeps until 14:26:00 UTC, takes main's HEAD, makes the after worktree and runs run44.sh on it
target=$(date -u -d 'today 14:26:00' +%s)
now=$(date +%s.%N)
sleep $(echo "$target - $now" | bc)
H=$(git -C /work/main rev-parse HEAD); T=$(date -u +%T.%N | cut -c1-12)
echo "main HEAD taken at $T UTC: $H" > /tmp/b44/after-head.txt
git -C /work/main log -1 --format='%h %cI' $H >> /tmp/b44/after-head.txt
git -C /work/main worktree add --detach /work/blind44-after $H > /tmp/b44/after-wt.log 2>&1
/tmp/b44/run44.sh /work/blind44-after /tmp/b44/after.json /tmp/b44/after-run.log
echo finished $(date -u +%T) >> /tmp/b44/after-run.log
