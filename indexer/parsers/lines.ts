import { createReadStream } from 'node:fs';
import { decodeBytes } from './decode';

export interface Line {
  number: number;
  text: string;
  fallback: boolean;
}

/**
 * Streams a file line by line from raw bytes, decoding each line on its own so one badly
 * encoded line falls back to Windows-1252 without touching the others. Memory stays at one
 * chunk plus the longest line.
 */
export async function* readLines(path: string): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let number = 0;
  for await (const chunk of createReadStream(path, {
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>) {
    let start = 0;
    let nl: number;
    while ((nl = chunk.indexOf(10, start)) !== -1) {
      const piece = chunk.subarray(start, nl);
      const bytes = pending.length ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      number++;
      const { text, fallback } = decodeBytes(bytes);
      yield { number, text: text.endsWith('\r') ? text.slice(0, -1) : text, fallback };
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length) {
    number++;
    const { text, fallback } = decodeBytes(Buffer.concat(pending));
    yield { number, text: text.endsWith('\r') ? text.slice(0, -1) : text, fallback };
  }
}
