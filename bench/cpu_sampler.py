"""Where a command's CPU goes over time: its own process, its descendants, other processes, idle.

    python -m bench.cpu_sampler OUT.json -- python -m assistant ingest <corpus> --json

Every 0.5 s it reads the process tree's CPU ticks (/proc/<pid>/stat) and the machine's (/proc/stat); OUT.json
holds one row per sample: [seconds since start, parent ticks, descendants' ticks, machine busy ticks, machine
ticks] (100 ticks = one core-second). Used for issue 15's ingest runs: on a shared machine it tells a slower run
caused by other processes from one caused by the pipeline waiting (idle cores).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def tree_ticks(root: int) -> dict[int, int]:
    """utime + stime ticks of `root` and every descendant."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry))
    out, stack = {}, [root]
    while stack:
        pid = stack.pop()
        try:
            fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
            out[pid] = int(fields[11]) + int(fields[12])
        except OSError:
            pass
        stack += children.get(pid, [])
    return out


def machine_ticks() -> tuple[int, int]:
    """(busy, total) ticks over all cores since boot."""
    values = list(map(int, open("/proc/stat").readline().split()[1:]))
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


def summary(samples: list[list[float]], papers: int = 0) -> str:
    parent, kids = sum(s[1] for s in samples) / 100, sum(s[2] for s in samples) / 100
    busy, total = sum(s[3] for s in samples) / 100, sum(s[4] for s in samples) / 100
    wall = samples[-1][0] if samples else 0.0
    rate = f", {papers / wall:.1f} papers/s" if papers and wall else ""
    return (f"wall {wall:.0f} s{rate}; parent {parent:.0f} s, descendants {kids:.0f} s of CPU; "
            f"other processes {busy - parent - kids:.0f} core-s, idle {total - busy:.0f} core-s")


def main() -> None:
    out, command = sys.argv[1], sys.argv[2:]
    if command[:1] == ["--"]:
        command = command[1:]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    samples, last_tree, last_machine, started = [], {}, machine_ticks(), time.time()
    while proc.poll() is None:
        time.sleep(0.5)
        tree, now = tree_ticks(proc.pid), machine_ticks()
        parent = tree.get(proc.pid, 0) - last_tree.get(proc.pid, 0)
        kids = sum(v - last_tree.get(k, 0) for k, v in tree.items() if k != proc.pid)
        samples.append([round(time.time() - started, 1), parent, kids, now[0] - last_machine[0],
                        now[1] - last_machine[1]])
        last_tree, last_machine = tree, now
    with open(out, "w") as fh:
        json.dump(samples, fh)
    print(summary(samples))


if __name__ == "__main__":
    main()
