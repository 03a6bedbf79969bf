import { describe, expect, it } from 'vitest';
import { CreateReportInput, TransitionInput, UploadRequestInput } from './report.js';
import { DOCUMENT_MAX_BYTES, PHOTO_MAX_BYTES, uploadLimitProblem } from '../uploads.js';
import { bucketKeys } from '../storage.js';

const valid = { category: 'voirie', location: { lat: 50.58, lng: 4.07 }, description: 'Un grand trou devant le numéro 12' };

describe('report schemas', () => {
  it('accepts a minimal report and fills defaults', () => {
    const r = CreateReportInput.parse(valid);
    expect(r.answers).toEqual({});
    expect(r.photos).toEqual([]);
    expect(r.locale).toBe('fr');
  });
  it('accepts an address instead of a map location', () => {
    expect(CreateReportInput.safeParse({ ...valid, location: undefined, address: 'Rue de la Station 12' }).success).toBe(true);
  });
  it('names the failing fields', () => {
    const r = CreateReportInput.safeParse({
      category: 'voirie',
      description: 'court',
      email: 'not-an-email',
      photos: ['../../etc/passwd'],
    });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['description', 'email', 'photos.0', 'location']));
  });
  it('refuses out-of-range coordinates and more than three photos', () => {
    expect(CreateReportInput.safeParse({ ...valid, location: { lat: 91, lng: 4 } }).success).toBe(false);
    const key = bucketKeys.upload('soignies', '2026-11-25', '0f8fad5b-d9cb-469f-a165-70867728950e', 'jpg');
    expect(CreateReportInput.safeParse({ ...valid, photos: [key, key, key, key] }).success).toBe(false);
    expect(CreateReportInput.safeParse({ ...valid, photos: [key] }).success).toBe(true);
  });
  it('limits uploads by type and size', () => {
    const photo = (contentType: string, size: number) => uploadLimitProblem(UploadRequestInput.parse({ contentType, size }));
    expect(photo('image/jpeg', 1000)).toBeUndefined();
    expect(photo('application/pdf', 1000)?.status).toBe(415);
    expect(photo('image/png', PHOTO_MAX_BYTES + 1)).toMatchObject({ status: 413, name: 'size' });
    // Documents joined to a permit request: PDF too, and larger.
    const doc = (contentType: string, size: number) => uploadLimitProblem({ purpose: 'document', contentType, size });
    expect(doc('application/pdf', PHOTO_MAX_BYTES + 1)).toBeUndefined();
    expect(doc('image/webp', 1000)?.status).toBe(415);
    expect(doc('application/pdf', DOCUMENT_MAX_BYTES + 1)?.status).toBe(413);
    expect(UploadRequestInput.safeParse({ purpose: 'video', contentType: 'video/mp4', size: 1 }).success).toBe(false);
  });
  it('requires a version on staff changes', () => {
    expect(TransitionInput.safeParse({ to: 'fixed' }).success).toBe(false);
    expect(TransitionInput.safeParse({ to: 'fixed', version: 3 }).success).toBe(true);
    expect(TransitionInput.safeParse({ to: 'teleported', version: 3 }).success).toBe(false);
  });
});
