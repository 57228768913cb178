import type { ReferenceLabels } from '@/lib/schema/article';

/** One article as a parser read it, before normalisation; every field optional but location. */
export interface RawArticle {
  /** Where it came from, for messages: `file:line`, `file#item`, or the file alone. */
  location: string;
  format: string;
  id?: string | null;
  title?: string | null;
  body?: string | null;
  lead?: string | null;
  url?: string | null;
  source?: string | null;
  language?: string | null;
  authors?: string[];
  date?: string | number | null;
  /** Set when the parser already separated a related-links block. */
  related?: string[];
  labels?: ReferenceLabels | null;
}

export type ParseItem =
  | { kind: 'article'; article: RawArticle }
  | { kind: 'skip'; input: string; reason: string }
  | { kind: 'warning'; message: string };

export interface ParseOptions {
  /** `--map field=column`: our field name → the input's column/key (dotted paths allowed). */
  map: Record<string, string>;
}

export interface InputFile {
  path: string;
  /** Path as shown in messages (relative to cwd when possible). */
  display: string;
  size: number;
}

export type Parser = (file: InputFile, options: ParseOptions) => AsyncIterable<ParseItem>;

export interface SkippedInput {
  input: string;
  reason: string;
}
