import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second in /proc/<pid>/stat (USER_HZ: 100 on every Linux this runs on). */
const TICKS_PER_SECOND = 100;

/** Which part of the system a process is, by its command line (arguments separated by NUL). */
const COMPONENTS: [string, RegExp][] = [
  ['API', /apps\/api\/src\/main\.js/],
  ['worker', /apps\/worker\/src\/main\.js/],
  ['Temporal server', /temporal\0server\0/],
  ['PostgreSQL', /(^|\/)postgres(\0|:)/],
  ['HAProxy', /(^|\/)haproxy\0/],
];
const DRIVER = 'benchmark driver';

interface ProcessReading {
  parent: number;
  commandLine: string;
  cpuSeconds: number;
}

function readProcesses(): Map<number, ProcessReading> {
  const processes = new Map<number, ProcessReading>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      // After the command name, which is in parentheses and may hold spaces: ppid is the 2nd field, utime and stime the 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      processes.set(pid, {
        parent: Number(fields[1]),
        commandLine,
        cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
      });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return processes;
}

/**
 * CPU seconds (user + system) used so far by each part of the system this benchmark started,
 * summed over its processes (PostgreSQL's backends count as PostgreSQL), read from /proc. Only
 * this process and its descendants count, so another PostgreSQL on the machine does not.
 * Two readings apart give where a run's CPU went.
 */
export function cpuSecondsByComponent(): Map<string, number> {
  const processes = readProcesses();
  const componentOf = new Map<number, string>([[process.pid, DRIVER]]);
  const resolve = (pid: number): string | undefined => {
    if (componentOf.has(pid)) return componentOf.get(pid);
    const reading = processes.get(pid);
    if (!reading || reading.parent <= 1) return undefined;
    const parent = resolve(reading.parent);
    if (parent === undefined) return undefined;
    const own = COMPONENTS.find(([, pattern]) => pattern.test(reading.commandLine))?.[0];
    const component = own ?? (parent === DRIVER ? 'other' : parent);
    componentOf.set(pid, component);
    return component;
  };
  const seconds = new Map<string, number>([DRIVER, ...COMPONENTS.map(([name]) => name), 'other'].map((name) => [name, 0]));
  for (const [pid, reading] of processes) {
    const component = resolve(pid);
    if (component !== undefined) seconds.set(component, seconds.get(component)! + reading.cpuSeconds);
  }
  return seconds;
}

/** What each part used between two readings, in CPU seconds. */
export function cpuSecondsBetween(before: Map<string, number>, after: Map<string, number>): Map<string, number> {
  return new Map([...after].map(([name, total]) => [name, Math.max(0, total - (before.get(name) ?? 0))]));
}
