#!/bin/bash
# sleeps until 06:17:00 UTC, takes main's HEAD, makes the after worktree and runs run39.sh on it
target=$(date -u -d 'today 06:17:00' +%s)
now=$(date +%s.%N)
sleep $(echo "$target - $now" | bc)
H=$(git -C /work/main rev-parse HEAD); T=$(date -u +%T.%N | cut -c1-12)
echo "main HEAD taken at $T UTC: $H" > /tmp/b39/after-head.txt
git -C /work/main log -1 --format='%h %cI' $H >> /tmp/b39/after-head.txt
git -C /work/main worktree add --detach /work/blind39-after $H > /tmp/b39/after-wt.log 2>&1
/tmp/b39/run39.sh /work/blind39-after /tmp/b39/after.json /tmp/b39/after-run.log
echo finished $(date -u +%T) >> /tmp/b39/after-run.log
