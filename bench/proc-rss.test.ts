import { describe, expect, it } from 'vitest';
import { parseProcStatus, readProcMemory, sampleRss } from './proc-rss';

const STATUS = `Name:\tnode
VmPeak:\t 1234567 kB
VmHWM:\t  204800 kB
VmRSS:\t  102400 kB
Threads:\t11
`;

describe('parseProcStatus', () => {
  it('reads VmRSS and VmHWM in MB', () => {
    expect(parseProcStatus(STATUS)).toEqual({ rssMb: 100, hwmMb: 200 });
  });

  it('is null for a status without memory lines (a kernel thread, a zombie)', () => {
    expect(parseProcStatus('Name:\tkworker\nState:\tZ (zombie)\n')).toBeNull();
  });
});

describe('sampleRss on this process', () => {
  it('reports a peak at least the RSS at the start, and growth when memory is taken', async () => {
    const sampler = sampleRss(process.pid, 5);
    const held = Buffer.alloc(64 * 1024 * 1024, 1); // touched, so resident
    await new Promise((r) => setTimeout(r, 30));
    const s = sampler.stop();
    expect(held[held.length - 1]).toBe(1);
    expect(s.startMb).toBeGreaterThan(10);
    expect(s.peakMb).toBeGreaterThanOrEqual(s.startMb + 50);
    expect(s.growthMb).toBeGreaterThan(50);
  });

  it('reads nothing of a process that does not exist', () => {
    expect(readProcMemory(2 ** 22 + 1)).toBeNull();
  });
});
