#!/bin/sh
# brep.sh <chunk>: a live chunk's raw syntheses through 09bda91 (the before of unchanged prompts) and through the final
# code (the worktree: faithfulness), under the CPU lock
flock /tmp/cpu.lock sh -c "echo start \$(date -u +%T); for s in before:b wt:a; do REC=/tmp/cmp22/run/live-after-$1/eval-report.json QF=/tmp/cmp22/run/$1.jsonl timeout 400 /tmp/cmp22/rep.sh /tmp/cmp22/\${s%%:*} \${s##*:}$1; done; echo end \$(date -u +%T)"
