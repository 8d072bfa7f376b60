#!/bin/bash
target=$(date -u -d 'today 17:35:00' +%s)
now=$(date +%s.%N)
sleep $(echo "$target - $now" | bc)
H=$(git -C /work/main rev-parse HEAD); T=$(date -u +%T.%N | cut -c1-12)
echo "main HEAD taken at $T UTC: $H" > /tmp/b30/after-head.txt
git -C /work/main log -1 --format='%h %cI %s' $H | cut -c1-300 >> /tmp/b30/after-head.txt
git -C /work/main worktree add --detach /work/blind30-after $H > /tmp/b30/after-wt.log 2>&1
/tmp/b30/run30.sh /work/blind30-after /tmp/b30/after.json /tmp/b30/after-run.log
echo finished $(date -u +%T)
