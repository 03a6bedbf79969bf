import { bucketKeyPatterns } from './storage.js';

/** Photo upload limits, enforced three times: in the browser, in the presigned policy, and on submit. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTO_MAX_COUNT = 3;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];
/** The browser resizes photos so that their longer side is at most this many pixels. */
export const PHOTO_MAX_SIDE_PX = 1600;

/** Magic numbers: what a file really is, whatever it claims. */
export function sniffImageType(head: Uint8Array): PhotoType | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47) return 'image/png';
  if (
    head[0] === 0x52 &&
    head[1] === 0x49 &&
    head[2] === 0x46 &&
    head[3] === 0x46 &&
    head[8] === 0x57 &&
    head[9] === 0x45 &&
    head[10] === 0x42 &&
    head[11] === 0x50
  )
    return 'image/webp';
  return undefined;
}

/** Documents joined to a permit request (insurance certificate, site plan): PDF or a photo of it. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const UPLOAD_PURPOSES = ['photo', 'document'] as const;
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number];

/** What a document really is (PDF starts with %PDF-), whatever it claims. */
export function sniffDocumentType(head: Uint8Array): DocumentType | undefined {
  if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46 && head[4] === 0x2d) return 'application/pdf';
  const img = sniffImageType(head);
  return img === 'image/jpeg' || img === 'image/png' ? img : undefined;
}

/** The limits of each upload purpose: enforced in the browser, in the presigned policy and on submit. */
export const UPLOAD_LIMITS: Record<
  UploadPurpose,
  { maxBytes: number; types: readonly string[]; sniff: (head: Uint8Array) => string | undefined; what: string }
> = {
  photo: { maxBytes: PHOTO_MAX_BYTES, types: PHOTO_TYPES, sniff: sniffImageType, what: 'a JPEG, PNG or WebP photo' },
  document: { maxBytes: DOCUMENT_MAX_BYTES, types: DOCUMENT_TYPES, sniff: sniffDocumentType, what: 'a PDF, JPEG or PNG document' },
};

/** Why an upload request breaks its purpose's limits (415 for the type, 413 for the size), or undefined. */
export function uploadLimitProblem(input: {
  purpose: UploadPurpose;
  contentType: string;
  size: number;
}): { status: 413 | 415; name: string; reason: string } | undefined {
  const limits = UPLOAD_LIMITS[input.purpose];
  if (!limits.types.includes(input.contentType))
    return { status: 415, name: 'contentType', reason: `only ${limits.what}: one of ${limits.types.join(', ')}` };
  if (input.size > limits.maxBytes) return { status: 413, name: 'size', reason: `at most ${limits.maxBytes} bytes` };
  return undefined;
}

export function extensionOf(type: string): 'jpg' | 'png' | 'webp' | 'pdf' {
  return type === 'application/pdf' ? 'pdf' : extensionFor(type as PhotoType);
}

/** The type a stored file is served as, from its key's extension (set from its checked magic bytes when kept). */
export function storedContentType(key: string): PhotoType | 'application/pdf' | undefined {
  const ext = /\.([a-z]+)$/.exec(key)?.[1];
  return ext === 'jpg'
    ? 'image/jpeg'
    : ext === 'png'
      ? 'image/png'
      : ext === 'webp'
        ? 'image/webp'
        : ext === 'pdf'
          ? 'application/pdf'
          : undefined;
}

/** Upload object keys: commune first, then a random id; the extension follows the declared type. */
export const UPLOAD_KEY_PATTERN = bucketKeyPatterns.upload();
export function extensionFor(type: PhotoType): 'jpg' | 'png' | 'webp' {
  return type === 'image/jpeg' ? 'jpg' : type === 'image/png' ? 'png' : 'webp';
}
