#!/bin/sh
# the 41 prompt-changed questions live: after (1b80bd5) then before (d5d2825), each half under its own hold of the lock
for run in "after a" "after b" "qwt a" "qwt b"; do
  set -- $run
  now=$(date -u +%H%M); [ $now -ge 0430 ] && { echo "skip $run $now"; continue; }
  flock /tmp/cpu.lock timeout 1500 /tmp/lead23/live.sh /tmp/lead23/$1 $1-$2 /tmp/lead23/q-live-$2.jsonl
done
