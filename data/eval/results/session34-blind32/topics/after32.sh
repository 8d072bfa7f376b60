#!/bin/bash
# sleeps until 20:33:00 UTC, takes main's HEAD, makes the after worktree and runs run32.sh there
target=$(date -u -d 'today 20:33:00' +%s)
now=$(date +%s.%N)
sleep $(echo "$target - $now" | bc)
H=$(git -C /work/main rev-parse HEAD); T=$(date -u +%T.%N | cut -c1-12)
echo "main HEAD taken at $T UTC: $H" > /tmp/b32/after-head.txt
git -C /work/main log -1 --format='%h %cI %s' $H | cut -c1-300 >> /tmp/b32/after-head.txt
git -C /work/main worktree add --detach /work/blind32-after $H > /tmp/b32/after-wt.log 2>&1
/tmp/b32/run32.sh /work/blind32-after /tmp/b32/after.json /tmp/b32/after-run.log
echo finished $(date -u +%T)
