import { describe, expect, it } from 'vitest';
import { qrPath } from './qr-draw.js';

describe('qrPath', () => {
  it('draws each run of dark modules as one rectangle of the symbol', () => {
    const qr = qrPath('https://tandem.example/soignies/suivi/ABCD-1234')!;
    expect(qr.modules).toBe(33); // version 4 at level M for this length
    // The top-left finder pattern starts with a run of 7 dark modules on row 0.
    expect(qr.path.startsWith('M0 0h7v1h-7z')).toBe(true);
  });

  it('says so when a text is too long for any QR code instead of throwing', () => {
    expect(qrPath('x'.repeat(5000))).toBeUndefined();
  });
});
