#!/bin/bash
# sleeps until 20:34:00 UTC, takes main's HEAD, makes the after worktree and runs run49.sh on it
target=$(date -u -d 'today 20:34:00' +%s)
now=$(date +%s.%N)
sleep $(echo "$target - $now" | bc)
H=$(git -C /work/main rev-parse HEAD); T=$(date -u +%T.%N | cut -c1-12)
echo "main HEAD taken at $T UTC: $H" > /tmp/b49/after-head.txt
git -C /work/main log -1 --format='%h %cI' $H >> /tmp/b49/after-head.txt
git -C /work/main worktree add --detach /work/blind49-after $H > /tmp/b49/after-wt.log 2>&1
/tmp/b49/run49.sh /work/blind49-after /tmp/b49/after.json /tmp/b49/after-run.log
echo finished $(date -u +%T) >> /tmp/b49/after-run.log
