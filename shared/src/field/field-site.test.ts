import { describe, expect, it } from 'vitest';
import { FIELD_MANIFEST_FILE, FIELD_SW_FILE, fieldAppPath } from './field-site.js';

describe('field app site files', () => {
  it('puts the app at /{commune}/terrain/, its worker and manifest beside the page (the worker’s scope)', () => {
    expect(fieldAppPath('soignies')).toBe('/soignies/terrain/');
    expect(`${fieldAppPath('soignies')}${FIELD_SW_FILE}`).toBe('/soignies/terrain/sw.js');
    // A .json manifest: the same media type from the local server and from S3 (uploaded with the pages).
    expect(FIELD_MANIFEST_FILE).toMatch(/\.json$/);
  });
});
