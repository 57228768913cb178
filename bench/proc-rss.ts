import { readFileSync } from 'node:fs';

export interface ProcMemory {
  /** Resident set size now, MB. */
  rssMb: number;
  /** The kernel's high-water mark of the resident set since the process started, MB. */
  hwmMb: number;
}

const KB_LINE = (name: string) => new RegExp(`^${name}:\\s+(\\d+)\\s+kB$`, 'm');

/** VmRSS and VmHWM of a /proc/<pid>/status text, in MB (null when either line is missing). */
export function parseProcStatus(text: string): ProcMemory | null {
  const rss = KB_LINE('VmRSS').exec(text)?.[1];
  const hwm = KB_LINE('VmHWM').exec(text)?.[1];
  if (rss === undefined || hwm === undefined) return null;
  return { rssMb: Number(rss) / 1024, hwmMb: Number(hwm) / 1024 };
}

export function readProcMemory(pid: number): ProcMemory | null {
  try {
    return parseProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return null; // exited between two samples
  }
}

export interface RssSample {
  /** RSS at the first sample, MB. */
  startMb: number;
  /** The largest RSS or high-water mark seen, MB. */
  peakMb: number;
  /** Largest RSS seen minus the RSS at the start, MB. */
  growthMb: number;
}

/**
 * Samples a process's memory every `everyMs` until stopped. VmHWM keeps the true peak between
 * samples, so the peak holds even when the process spikes and exits before the next read.
 */
export function sampleRss(pid: number, everyMs = 100): { stop: () => RssSample } {
  const first = readProcMemory(pid);
  const startMb = first?.rssMb ?? NaN;
  let maxRss = first?.rssMb ?? 0;
  let maxHwm = first?.hwmMb ?? 0;
  const read = () => {
    const m = readProcMemory(pid);
    if (!m) return;
    maxRss = Math.max(maxRss, m.rssMb);
    maxHwm = Math.max(maxHwm, m.hwmMb);
  };
  const timer = setInterval(read, everyMs);
  return {
    stop: () => {
      read();
      clearInterval(timer);
      return { startMb, peakMb: Math.max(maxRss, maxHwm), growthMb: maxRss - startMb };
    },
  };
}
