/** The one CSV writer lives in shared (the staff app writes client-side downloads with it too): shared/src/csv.ts. */
export { CSV_BOM, CSV_CONTENT_TYPE, csvCell, csvDocument, csvFile, csvRow, type CsvValue } from '@tandem/shared';
