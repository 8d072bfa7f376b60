#!/bin/bash
# sleeps until 23:27:00 UTC, takes main's HEAD, makes the after worktree and runs run51.sh on it
target=$(date -u -d 'today 23:27:00' +%s)
now=$(date +%s.%N)
sleep $(echo "$target - $now" | bc)
H=$(git -C /work/main rev-parse HEAD); T=$(date -u +%T.%N | cut -c1-12)
echo "main HEAD taken at $T UTC: $H" > /tmp/b51/after-head.txt
git -C /work/main log -1 --format='%h %cI' $H >> /tmp/b51/after-head.txt
git -C /work/main worktree add --detach /work/blind51-after $H > /tmp/b51/after-wt.log 2>&1
/tmp/b51/run51.sh /work/blind51-after /tmp/b51/after.json /tmp/b51/after-run.log
echo finished $(date -u +%T) >> /tmp/b51/after-run.log
