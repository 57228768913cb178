import { open } from 'node:fs/promises';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/**
 * Windows-1252's 0x80-0x9F block (curly quotes, dashes, €). Node's own 'windows-1252' decoder
 * treats it as Latin-1 control characters, so we map it ourselves; 0x81/0x8D/0x8F/0x90/0x9D
 * are unassigned and stay as they are.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const part = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(
      ...Array.from(part, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return out;
}

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
    return { text: decodeCp1252(bytes), fallback: true };
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
