#!/bin/bash
# sleeps until 17:22:00 UTC, takes main's HEAD, makes the after worktree and runs run47.sh on it
target=$(date -u -d 'today 17:22:00' +%s)
now=$(date +%s.%N)
sleep $(echo "$target - $now" | bc)
H=$(git -C /work/main rev-parse HEAD); T=$(date -u +%T.%N | cut -c1-12)
echo "main HEAD taken at $T UTC: $H" > /tmp/b47/after-head.txt
git -C /work/main log -1 --format='%h %cI' $H >> /tmp/b47/after-head.txt
git -C /work/main worktree add --detach /work/blind47-after $H > /tmp/b47/after-wt.log 2>&1
/tmp/b47/run47.sh /work/blind47-after /tmp/b47/after.json /tmp/b47/after-run.log
echo finished $(date -u +%T) >> /tmp/b47/after-run.log
