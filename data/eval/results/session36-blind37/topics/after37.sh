#!/bin/bash
# sleeps until 03:12:00 UTC, takes main's HEAD, makes the after worktree and runs run37.sh on it
target=$(date -u -d 'today 03:12:00' +%s)
now=$(date +%s.%N)
sleep $(echo "$target - $now" | bc)
H=$(git -C /work/main rev-parse HEAD); T=$(date -u +%T.%N | cut -c1-12)
echo "main HEAD taken at $T UTC: $H" > /tmp/b37/after-head.txt
git -C /work/main log -1 --format='%h %cI' $H >> /tmp/b37/after-head.txt
git -C /work/main worktree add --detach /work/blind37-after $H > /tmp/b37/after-wt.log 2>&1
/tmp/b37/run37.sh /work/blind37-after /tmp/b37/after.json /tmp/b37/after-run.log
echo finished $(date -u +%T) >> /tmp/b37/after-run.log
