import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFormatSchema } from './export-formats';

describe('export formats', () => {
  it('accepts csv and jsonl, as format= names them, and nothing else', () => {
    expect(EXPORT_FORMATS).toEqual(['csv', 'jsonl']);
    expect(exportFormatSchema.parse('jsonl')).toBe('jsonl');
    expect(exportFormatSchema.safeParse('xlsx').success).toBe(false);
  });
});
