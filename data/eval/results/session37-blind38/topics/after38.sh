#!/bin/bash
# sleeps until 06:17:00 UTC, takes main's HEAD, makes the after worktree and runs run38.sh on it
target=$(date -u -d 'today 06:17:00' +%s)
now=$(date +%s.%N)
sleep $(echo "$target - $now" | bc)
H=$(git -C /work/main rev-parse HEAD); T=$(date -u +%T.%N | cut -c1-12)
echo "main HEAD taken at $T UTC: $H" > /tmp/b38/after-head.txt
git -C /work/main log -1 --format='%h %cI' $H >> /tmp/b38/after-head.txt
git -C /work/main worktree add --detach /work/blind38-after $H > /tmp/b38/after-wt.log 2>&1
/tmp/b38/run38.sh /work/blind38-after /tmp/b38/after.json /tmp/b38/after-run.log
echo finished $(date -u +%T) >> /tmp/b38/after-run.log
