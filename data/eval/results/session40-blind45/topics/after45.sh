#!/bin/bash
# sleeps until 14:26:00 UTC, takes main's HEAD, makes the after worktree and runs run45.sh on it
target=$(date -u -d 'today 14:26:00' +%s)
now=$(date +%s.%N)
sleep $(echo "$target - $now" | bc)
H=$(git -C /work/main rev-parse HEAD); T=$(date -u +%T.%N | cut -c1-12)
echo "main HEAD taken at $T UTC: $H" > /tmp/b45/after-head.txt
git -C /work/main log -1 --format='%h %cI' $H >> /tmp/b45/after-head.txt
git -C /work/main worktree add --detach /work/blind45-after $H > /tmp/b45/after-wt.log 2>&1
/tmp/b45/run45.sh /work/blind45-after /tmp/b45/after.json /tmp/b45/after-run.log
echo finished $(date -u +%T) >> /tmp/b45/after-run.log
