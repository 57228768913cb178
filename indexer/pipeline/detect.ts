import { extname } from 'node:path';
import { decodeBytes, looksBinary, readHead } from '@/indexer/parsers/decode';
import type { InputFile } from './types';

export const FORMATS = [
  'jsonl',
  'json',
  'csv',
  'tsv',
  'text',
  'html',
  'feed',
  'reuters',
  'timeml',
] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

const BY_EXTENSION: Record<string, Format | 'xml'> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.rss': 'feed',
  '.atom': 'feed',
  '.sgm': 'reuters',
  '.sgml': 'reuters',
  '.tml': 'timeml',
  '.xml': 'xml',
};

function sniffMarkup(head: string): Format | null {
  const h = head.slice(0, 4096).toLowerCase();
  if (/<reuters[\s>]|<lewis[\s>]/.test(h)) return 'reuters';
  if (/<timeml[\s>]/.test(h)) return 'timeml';
  if (/<rss[\s>]|<feed[\s>]|<rdf:rdf[\s>]/.test(h)) return 'feed';
  if (/<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]/.test(h)) return 'html';
  return null;
}

export type Detection = { format: Format } | { skip: string };

/** Format from extension, confirmed or decided by the content's first bytes. */
export function detectFormat(path: string, headBytes: Uint8Array): Detection {
  if (headBytes.length === 0) return { skip: 'empty file' };
  if (looksBinary(headBytes)) return { skip: 'binary file, not a text format we read' };
  const head = decodeBytes(headBytes)
    .text.replace(/^\uFEFF/, '')
    .trimStart();
  const byExt = BY_EXTENSION[extname(path).toLowerCase()];
  if (byExt === 'json') {
    // A ".json" file that is really one object per line.
    return { format: /^\{[^\n]*\}\s*\n\s*\{/.test(head) ? 'jsonl' : 'json' };
  }
  if (byExt === 'xml') {
    const sniffed = sniffMarkup(head);
    return sniffed ? { format: sniffed } : { skip: 'XML of an unknown kind (use --format)' };
  }
  if (byExt) return { format: byExt };
  if (head.startsWith('<')) {
    const sniffed = sniffMarkup(head);
    if (sniffed) return { format: sniffed };
  }
  if (head.startsWith('[')) return { format: 'json' };
  if (head.startsWith('{')) return { format: /^\{[^\n]*\}\s*\n/.test(head) ? 'jsonl' : 'json' };
  return { skip: `unknown format (extension "${extname(path) || 'none'}"; use --format)` };
}

/** Reads the head of a file and detects its format, or takes the `--format` the user forced. */
export async function detectFile(file: InputFile, forced: Format | undefined): Promise<Detection> {
  const head = await readHead(file.path);
  if (!forced) return detectFormat(file.path, head);
  return looksBinary(head)
    ? { skip: 'binary file, not a text format we read' }
    : { format: forced };
}
