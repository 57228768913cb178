import { open } from 'node:fs/promises';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');

export interface Decoded {
  text: string;
  /** Set when the bytes were not valid UTF-8 and were read as Windows-1252 instead. */
  fallback: boolean;
}

/** UTF-8 when valid, else Windows-1252 (a superset of Latin-1's printable range). */
export function decodeBytes(bytes: Uint8Array): Decoded {
  try {
    return { text: utf8.decode(bytes), fallback: false };
  } catch {
    return { text: cp1252.decode(bytes), fallback: true };
  }
}

export const FALLBACK_WARNING = 'not valid UTF-8, decoded as Windows-1252/Latin-1';

/** Reads the first bytes of a file, for format sniffing and binary detection. */
export async function readHead(path: string, bytes = 8192): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** NUL bytes or many control characters: not a text file we can read. */
export function looksBinary(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / head.length > 0.1;
}
