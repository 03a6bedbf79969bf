/**
 * The font family the permit documents are set in: DejaVu Sans (npm `dejavu-fonts-ttf`, Bitstream Vera licence with
 * public-domain DejaVu changes; its LICENSE travels with the files). It draws Latin with all its European extensions,
 * Greek, Cyrillic and more. Pure data, so the CDK bundling can read it without loading pdf-lib.
 */
export const DOCUMENT_FONT_PACKAGE = 'dejavu-fonts-ttf';

/** The faces the documents use, as file names in the package's `ttf/` folder. */
export const DOCUMENT_FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
} as const;

/** The licence file of the package, shipped beside the fonts. */
export const DOCUMENT_FONT_LICENCE = 'LICENSE';

/** In a Lambda bundle, the folder beside the bundle's JS that holds the font files (copied there after bundling). */
export const BUNDLED_FONT_DIR = 'fonts';
