/**
 * The bytes of the documents' font faces, read once per process on first use. In a Lambda bundle they sit in
 * `fonts/` beside the bundle's JS (copied there by the CDK bundling); from the source tree (tests, local
 * runtime, bench) they are read from the npm package.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_FONT_DIR, DOCUMENT_FONT_FILES, DOCUMENT_FONT_PACKAGE } from './document-font-files.js';

export type FontFace = keyof typeof DOCUMENT_FONT_FILES;

/** The folder holding the .ttf files: the bundled copy if there is one, else the package's. */
export function documentFontDir(): string {
  const bundled = fileURLToPath(new URL(`./${BUNDLED_FONT_DIR}/`, import.meta.url));
  if (existsSync(join(bundled, DOCUMENT_FONT_FILES.regular))) return bundled;
  try {
    const resolvePackage = createRequire(import.meta.url).resolve;
    return join(dirname(resolvePackage(`${DOCUMENT_FONT_PACKAGE}/package.json`)), 'ttf');
  } catch {
    throw new Error(`The document fonts are missing: neither ${bundled} nor the ${DOCUMENT_FONT_PACKAGE} package is there`);
  }
}

let faces: Record<FontFace, Uint8Array> | undefined;

/** The .ttf bytes of each face (read on the first call, then kept). */
export function documentFontBytes(): Record<FontFace, Uint8Array> {
  if (!faces) {
    const dir = documentFontDir();
    const read = (face: FontFace) => new Uint8Array(readFileSync(join(dir, DOCUMENT_FONT_FILES[face])));
    faces = { regular: read('regular'), bold: read('bold'), italic: read('italic') };
  }
  return faces;
}
