import { describe, expect, it } from 'vitest';
import { stripBidiControls } from './bidi-controls';

describe('stripBidiControls', () => {
  it('removes embeddings, overrides and isolates', () => {
    const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(stripBidiControls(`Oil ${controls}prices`)).toBe('Oil prices');
    expect(stripBidiControls('Invoice \u202Egpj.exe')).toBe('Invoice gpj.exe');
  });

  it('keeps implicit marks and right-to-left text', () => {
    const arabic = 'أسعار النفط\u200F (OPEC)\u200E \u061C';
    expect(stripBidiControls(arabic)).toBe(arabic);
  });
});
