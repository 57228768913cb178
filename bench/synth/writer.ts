import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname } from 'node:path';

const CHUNK_BYTES = 1 << 20;

export interface WriteStats {
  articles: number;
  bytes: number;
  seconds: number;
  /** CPU seconds the process spent meanwhile: the rate on a shared machine is articles/cpu. */
  cpuSeconds: number;
}

/**
 * Writes `count` records, one JSON line each, made on demand and flushed in ~1 MB chunks that
 * wait for the disk (backpressure): memory stays flat at any count.
 */
export async function writeJsonl(
  path: string,
  count: number,
  make: (n: number) => object,
  onProgress: (done: number, elapsedSeconds: number) => void,
): Promise<WriteStats> {
  await mkdir(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  const failed = once(out, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => {}); // observed below; keeps an early failure from going unhandled
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let chunk = '';
  let bytes = 0;
  let lastReport = started;
  const flush = async () => {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
    chunk = '';
  };
  for (let n = 1; n <= count; n++) {
    chunk += `${JSON.stringify(make(n))}\n`;
    if (chunk.length >= CHUNK_BYTES) await flush();
    const now = performance.now();
    if (now - lastReport >= 1000) {
      lastReport = now;
      onProgress(n, (now - started) / 1000);
    }
  }
  await flush();
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  onProgress(count, seconds);
  return { articles: count, bytes, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** "120,000/1,000,000 articles, 6,100/s, ETA 2m24s, rss 380 MB". */
export function progressLine(done: number, total: number, seconds: number): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const left = rate > 0 ? Math.round((total - done) / rate) : 0;
  const eta =
    left >= 60 ? `${Math.floor(left / 60)}m${String(left % 60).padStart(2, '0')}s` : `${left}s`;
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  const rss = fmt(process.memoryUsage.rss() / 1e6);
  return `${fmt(done)}/${fmt(total)} articles, ${fmt(rate)}/s, ETA ${eta}, rss ${rss} MB`;
}
