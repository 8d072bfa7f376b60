#!/bin/bash
# sleeps until 23:27:00 UTC, takes main's HEAD, makes the after worktree and runs run50.sh on it
target=$(date -u -d 'today 23:27:00' +%s)
now=$(date +%s.%N)
sleep $(echo "$target - $now" | bc)
H=$(git -C /work/main rev-parse HEAD); T=$(date -u +%T.%N | cut -c1-12)
echo "main HEAD taken at $T UTC: $H" > /tmp/b50/after-head.txt
git -C /work/main log -1 --format='%h %cI' $H >> /tmp/b50/after-head.txt
git -C /work/main worktree add --detach /work/blind50-after $H > /tmp/b50/after-wt.log 2>&1
/tmp/b50/run50.sh /work/blind50-after /tmp/b50/after.json /tmp/b50/after-run.log
echo finished $(date -u +%T) >> /tmp/b50/after-run.log
