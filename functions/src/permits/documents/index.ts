/** Permit documents: the authorisation (for the holder) and the poster (for the site), as PDF bytes. */
export { renderAuthorisationPdf, AUTHORISATION_TITLES } from './authorisation-pdf.js';
export { renderPosterPdf, POSTER_HEADLINES, EVENT_TRAFFIC_NOTE, SCAN_INVITATION } from './poster-pdf.js';
export { documentFileName, type PermitDocumentInput, type PermitDocumentType, type PosterVariant } from './document-input.js';
export {
  formatFrenchDate,
  formatFrenchPeriod,
  formatFrenchPeriodLines,
  formatFrenchTime,
  formatShortDate,
} from '../../documents/french-dates.js';
export { formatEuros, formatFee } from '../../documents/french-money.js';
export { pdfSafeText } from '../../documents/pdf-text.js';
