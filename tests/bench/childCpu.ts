import { existsSync, readFileSync } from 'node:fs';

// USER_HZ, the unit of /proc/<pid>/stat's times, is 100 on every Linux.
const MS_PER_TICK = 10;

/**
 * The CPU time (user plus system, in milliseconds) of every child process this process has waited
 * for so far, and of the children they waited for; null where /proc cannot tell (not Linux).
 *
 * Node reports a process's own use (process.resourceUsage), never its children's. Linux adds a
 * child's CPU time, with that of the children it waited for, to the parent's `cutime` and `cstime`
 * when the parent waits for it; spawnSync waits, so the difference of two readings around a
 * spawnSync is the CPU time of the process tree it ran (npm, its shell, Node), the figure a busy
 * machine feels, which wall time mixes with everyone else's load. Only children that are waited
 * for count: Chromium's browser process leaves its renderers to the system, and their time is
 * lost. The counts are clock ticks of 10 ms.
 */
export function childrenCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // Counted from after the command name (in brackets, and it may hold spaces), cutime and cstime,
  // fields 16 and 17, come 14th and 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * MS_PER_TICK;
}
