/**
 * The permit documents' fonts ship beside the JS of the bundles that draw them: after esbuild, a bundle whose code
 * names the regular face's file gets the .ttf files and their licence in `fonts/`, where
 * functions/src/documents/document-fonts.ts reads them. Deciding from the bundle itself keeps one
 * definition (the imports): whichever function renders PDFs gets the fonts, and no other bundle carries them.
 */
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import {
  BUNDLED_FONT_DIR,
  DOCUMENT_FONT_FILES,
  DOCUMENT_FONT_LICENCE,
  DOCUMENT_FONT_PACKAGE,
} from '../../functions/src/documents/document-font-files.js';
import { PROJECT_ROOT } from './paths.js';

/** The font package's folder relative to the project root, so the commands work in local and in Docker bundling alike. */
function fontPackageDir(): string {
  const fromFunctions = createRequire(resolve(PROJECT_ROOT, 'functions/package.json'));
  return relative(PROJECT_ROOT, dirname(fromFunctions.resolve(`${DOCUMENT_FONT_PACKAGE}/package.json`)));
}

/** Shell commands for NodejsFunction's `commandHooks.afterBundling` (the bundle is `index.mjs` in outputDir). */
export function copyDocumentFontsCommands(inputDir: string, outputDir: string): string[] {
  const from = `${inputDir}/${fontPackageDir()}`;
  const to = `${outputDir}/${BUNDLED_FONT_DIR}`;
  const files = [...Object.values(DOCUMENT_FONT_FILES).map((file) => `${from}/ttf/${file}`), `${from}/${DOCUMENT_FONT_LICENCE}`];
  const copy = `mkdir -p "${to}" && cp ${files.map((f) => `"${f}"`).join(' ')} "${to}/"`;
  return [`if grep -q "${DOCUMENT_FONT_FILES.regular}" "${outputDir}/index.mjs"; then ${copy}; fi`];
}
