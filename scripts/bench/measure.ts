/**
 * Runs a command and measures its wall time and the peak memory of its whole process tree.
 *
 * `getrusage(RUSAGE_CHILDREN)` would only report the largest single descendant, and
 * `/usr/bin/time` is not on every machine, so this reads `/proc` instead: every 250 ms it sums
 * the resident set (`VmRSS`) of the process and all its descendants, and it keeps each
 * process's own high-water mark (`VmHWM`), which the kernel tracks exactly. The peak reported
 * is the larger of the sampled tree sum and the largest single high-water mark, so a spike
 * shorter than the sampling interval in the main process is not missed.
 *
 * CPU time is taken two ways. The kernel adds a child's time to its parent's once the parent
 * waits for it, and a shell around the command reports that total exactly. But a process whose
 * parent exits without waiting for it is left to init, with its time: Pagefind's Node API kills
 * its indexing binary on `close()` and the build exits without waiting, so that total would
 * leave Pagefind out. The samples therefore also keep each process's own CPU time as last seen,
 * and the larger of the two sums is reported.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  /** Exit code; non-zero means the command failed. */
  code: number;
  wallMs: number;
  /** Peak resident memory of the process tree in bytes. */
  peakRssBytes: number;
  /**
   * User plus system CPU seconds of the whole tree. On a machine shared with other work this
   * varies far less than wall time, so it tells a real change from a busy neighbour.
   */
  cpuSeconds: number;
  /** Everything the command printed, stdout and stderr interleaved. */
  log: string;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Print the command's output as it runs. */
  echo?: boolean;
}

function statusField(pid: number, field: string): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    // The process ended between listing and reading.
    return undefined;
  }
}

/** The given process and all its descendants, from the parent ids in `/proc/<pid>/stat`. */
function processTree(root: number, cpuTicks: Map<number, number>): number[] {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // The command name may contain spaces and parentheses; fields resume after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const parent = Number(fields[1]);
    const list = children.get(parent) ?? [];
    list.push(Number(name));
    children.set(parent, list);
    // Fields 14 and 15 of the stat line (utime, stime): the process's own time, all threads.
    ticks.set(Number(name), Number(fields[11]) + Number(fields[12]));
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] as number) ?? []));
  for (const pid of tree) cpuTicks.set(pid, ticks.get(pid) ?? cpuTicks.get(pid) ?? 0);
  return tree;
}

// A shell runs the command and, once it has waited for it, prints its own `/proc/<pid>/stat`
// on descriptor 3: its children's CPU fields then hold the whole tree's user and system time.
const WRAPPER = '"$@"; code=$?; cat /proc/$$/stat >&3; exit $code';

/** Clock ticks per second of `/proc` CPU times; 100 on every Linux configuration in use. */
const CLOCK_TICKS = 100;

export function runMeasured(
  command: string,
  args: string[],
  options: RunOptions,
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('/bin/sh', ['-c', WRAPPER, 'measure', command, ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let stat = '';
    child.stdio[3]?.on('data', (chunk: Buffer) => (stat += chunk.toString()));
    const chunks: string[] = [];
    const collect = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
      chunks.push(chunk.toString());
      if (options.echo) stream.write(chunk);
    };
    child.stdout?.on('data', collect(process.stdout));
    child.stderr?.on('data', collect(process.stderr));

    let peakTree = 0;
    const highWater = new Map<number, number>();
    /** Each process's own CPU ticks, as last sampled. */
    const cpuTicks = new Map<number, number>();
    const sample = () => {
      if (child.pid === undefined) return;
      let sum = 0;
      for (const pid of processTree(child.pid, cpuTicks)) {
        sum += statusField(pid, 'VmRSS') ?? 0;
        const hwm = statusField(pid, 'VmHWM');
        if (hwm !== undefined) highWater.set(pid, Math.max(highWater.get(pid) ?? 0, hwm));
      }
      peakTree = Math.max(peakTree, sum);
    };
    const timer = setInterval(sample, 250);

    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      // Fields 16 and 17 of the stat line (cutime, cstime), counted after the command name.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const waited = Number(fields[13]) + Number(fields[14]);
      const sampled = [...cpuTicks.values()].reduce((sum, ticks) => sum + ticks, 0);
      resolve({
        cpuSeconds: Number.isFinite(waited) ? Math.max(waited, sampled) / CLOCK_TICKS : Number.NaN,
        code: code ?? 1,
        wallMs: performance.now() - start,
        peakRssBytes: Math.max(peakTree, ...highWater.values()),
        log: chunks.join(''),
      });
    });
  });
}
