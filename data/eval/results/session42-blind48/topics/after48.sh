#!/bin/bash
# sleeps until 20:34:00 UTC, takes main's HEAD, makes the after worktree and runs run48.sh on it
target=$(date -u -d 'today 20:34:00' +%s)
now=$(date +%s.%N)
sleep $(echo "$target - $now" | bc)
H=$(git -C /work/main rev-parse HEAD); T=$(date -u +%T.%N | cut -c1-12)
echo "main HEAD taken at $T UTC: $H" > /tmp/b48/after-head.txt
git -C /work/main log -1 --format='%h %cI' $H >> /tmp/b48/after-head.txt
git -C /work/main worktree add --detach /work/blind48-after $H > /tmp/b48/after-wt.log 2>&1
/tmp/b48/run48.sh /work/blind48-after /tmp/b48/after.json /tmp/b48/after-run.log
echo finished $(date -u +%T) >> /tmp/b48/after-run.log
