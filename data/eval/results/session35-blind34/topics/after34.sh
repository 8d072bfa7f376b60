#!/bin/bash
# sleeps until 23:31:00 UTC, takes main's HEAD, makes the after worktree and runs run34.sh on it
target=$(date -u -d 'today 23:31:00' +%s)
now=$(date +%s.%N)
sleep $(echo "$target - $now" | bc)
H=$(git -C /work/main rev-parse HEAD); T=$(date -u +%T.%N | cut -c1-12)
echo "main HEAD taken at $T UTC: $H" > /tmp/b34/after-head.txt
git -C /work/main log -1 --format='%h %cI %s' $H | cut -c1-300 >> /tmp/b34/after-head.txt
git -C /work/main worktree add --detach /work/blind34-after $H > /tmp/b34/after-wt.log 2>&1
/tmp/b34/run34.sh /work/blind34-after /tmp/b34/after.json /tmp/b34/after-run.log
echo finished $(date -u +%T) >> /tmp/b34/after-run.log
